package cn.investpromo.report;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The front page (issue 9): the headline figures a director takes in at a glance, as
 * tiles with their change against the same period last year, and up to three 本月要点 chosen
 * from the model; computed once by {@link FrontPages}, the three renderers only lay it
 * out.
 *
 * @param tiles four to six tiles, in reading order
 * @param highlights at most three lines: the period's main event and its signings, the
 * largest project, the largest gap to a target
 * @param riseColour the colour rises are shown in; falls take the other
 */
public record FrontPage(List<Tile> tiles, List<Highlight> highlights, RiseColour riseColour) {

	/**
	 * Which way a tile's change goes; {@link #NONE} when there is no change to show
	 * (unknown, or against zero).
	 */
	public enum Direction {

		UP, DOWN, FLAT, NONE;

		/** Its name in the JSON. */
		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		/** The arrow printed before the change: ▲, ▼, or nothing. */
		public String arrow() {
			return switch (this) {
				case UP -> "▲";
				case DOWN -> "▼";
				case FLAT, NONE -> "";
			};
		}

	}

	/** What a tile's figure is counted in. */
	public enum Unit {

		COUNT, WAN, PERCENT,
		/** 万美元 (SPEC §2.9), as they stand. */
		USD_WAN;

		/** Its name in the JSON. */
		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * One headline figure.
	 *
	 * @param key its JSON name: projects, amountWan, projectsOver1Yi, events,
	 * fundsArrivedWan, targets
	 * @param label what it is, in the report's language
	 * @param value the figure in {@code unit}; null when unknown (every item left it
	 * blank)
	 * @param valueText the figure as shown: "14.30", "12", or 未填 / n/a when unknown
	 * @param unitText the unit as shown after the figure: 亿元, 个, %
	 * @param changePercent the change against the same period last year in percent (for
	 * the targets tile: the gap to 序时进度 in points); null when there is none to show
	 * @param changeText the change as shown, without its arrow: "同比 +200.0%", "同比 —",
	 * "欠序时进度15.4个百分点"
	 * @param direction the change's direction, which decides its arrow and colour
	 * @param detail a second line: what the figure covers or leaves out ("参会285人",
	 * "3个项目未填投资额"); null for none
	 * @param light for the targets tile, the target's light, which colours its change
	 * instead of the direction
	 */
	public record Tile(String key, String label, @Nullable BigDecimal value, Unit unit, String valueText,
			String unitText, @Nullable BigDecimal changePercent, String changeText, Direction direction,
			@Nullable String detail, TargetProgress.@Nullable Light light) {
	}

	/**
	 * One 本月要点 line.
	 *
	 * @param key what it says: mainEvent, largestProject or targets
	 * @param text the line in the report's language
	 */
	public record Highlight(String key, String text) {
	}

}
