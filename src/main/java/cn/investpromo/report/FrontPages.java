package cn.investpromo.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import cn.investpromo.report.FrontPage.Direction;
import cn.investpromo.report.FrontPage.Highlight;
import cn.investpromo.report.FrontPage.Tile;
import cn.investpromo.report.FrontPage.Unit;
import cn.investpromo.report.TargetProgress.TargetFigures;
import cn.investpromo.target.TargetIndicator;

/**
 * Chooses the front page from the figures (issue 9): six tiles — 新签约项目, 协议投资额, 亿元以上项目,
 * 招商活动 with 参会人数, 到位资金, 年度目标完成 (the last only where targets are set) — and up to three
 * 本月要点, said through the narrative's sentence patterns so that they read as its sentences
 * do.
 */
final class FrontPages {

	private final Figures figures;

	private final Facts facts;

	private final Sentences say;

	private final Narrative narrative;

	private final TileTexts texts;

	FrontPages(Figures figures) {
		this.figures = figures;
		this.facts = new Facts(figures);
		this.say = new Sentences(figures.heading());
		this.narrative = new Narrative(figures);
		this.texts = new TileTexts(this.say, figures.heading().language().english());
	}

	FrontPage frontPage(RiseColour rise) {
		return new FrontPage(tiles(), highlights(), rise);
	}

	private List<Tile> tiles() {
		List<Tile> tiles = new ArrayList<>();
		Comparison projects = this.facts.kpi(KpiKind.PROJECTS);
		tiles.add(yearOnYear("projects", projects, Unit.COUNT, "unit.projects", null));
		Comparison amount = this.facts.kpi(KpiKind.AMOUNT_WAN);
		long without = Objects.requireNonNull(this.facts.kpi(KpiKind.PROJECTS_WITHOUT_AMOUNT).month()).longValue();
		tiles.add(yearOnYear("amountWan", amount, Unit.WAN, "unit.yi",
				(without > 0) ? this.say.say("tile.withoutAmount", without) : null));
		tiles.add(yearOnYear("projectsOver1Yi", this.facts.kpi(KpiKind.PROJECTS_OVER_1YI), Unit.COUNT, "unit.projects",
				null));
		Comparison attendees = this.facts.kpi(KpiKind.ATTENDEES);
		String people;
		if (Objects.requireNonNull(this.facts.kpi(KpiKind.EVENTS).month()).signum() == 0) {
			people = null;
		}
		else if (attendees.month() == null) {
			people = this.say.say("tile.attendeesUnknown");
		}
		else if (attendees.unreported().month() > 0) {
			people = this.say.say("tile.attendeesBlank", attendees.month().toPlainString(),
					attendees.unreported().month());
		}
		else {
			people = this.say.say("tile.attendees", attendees.month().toPlainString());
		}
		tiles.add(yearOnYear("events", this.facts.kpi(KpiKind.EVENTS), Unit.COUNT, "unit.events", people));
		tiles.add(funds());
		targets().ifPresent(tiles::add);
		return List.copyOf(tiles);
	}

	/**
	 * A figure of the period with its change against the same period last year: none when
	 * unknown or against zero.
	 */
	private Tile yearOnYear(String key, Comparison values, Unit unit, String unitKey, @Nullable String detail) {
		Optional<BigDecimal> change = (values.month() == null) ? Optional.empty() : values.yearOnYearPercent();
		Direction direction = change.map((p) -> switch (p.signum()) {
			case 1 -> Direction.UP;
			case -1 -> Direction.DOWN;
			default -> Direction.FLAT;
		}).orElse(Direction.NONE);
		String changeText = change.map((p) -> this.say.say("tile.yearOnYear", this.texts.change(p)))
			.orElseGet(() -> this.say.say("tile.yearOnYear.none"));
		return new Tile(key, this.say.say("tile." + key), values.month(), unit, this.texts.value(values.month(), unit),
				this.say.say(unitKey), change.orElse(null), changeText, direction, detail, null);
	}

	/**
	 * 到位资金 of the year to date: the ledgers give no same period of last year to compare
	 * it with, so its change line says which projects it covers instead.
	 */
	private Tile funds() {
		FundsArrived funds = this.figures.funds();
		String span = this.say.yearToDate(this.figures.heading().month());
		BigDecimal value = (funds.projectsWithFunds() > 0) ? funds.totalWan() : null;
		String detail = (funds.projectsWithFunds() < funds.projects())
				? this.say.say("tile.fundsReported", funds.projects(), funds.projectsWithFunds()) : null;
		return new Tile("fundsArrivedWan", this.say.say("tile.fundsArrivedWan"), value, Unit.WAN,
				this.texts.value(value, Unit.WAN), this.say.say("unit.yi"), null, this.say.say("tile.fundsSpan", span),
				Direction.NONE, detail, null);
	}

	/**
	 * The completion of the agreed-investment target (of the first target set, where that
	 * one is not), against 序时进度: its gap in points and its light.
	 */
	private Optional<Tile> targets() {
		List<TargetFigures> targets = this.figures.targets().targets();
		if (targets.isEmpty()) {
			return Optional.empty();
		}
		TargetFigures target = targets.stream()
			.filter((t) -> t.indicator() == TargetIndicator.AMOUNT)
			.findFirst()
			.orElse(targets.get(0));
		Direction direction = switch (target.schedule()) {
			case AHEAD -> Direction.UP;
			case BEHIND -> Direction.DOWN;
			case ON_SCHEDULE -> Direction.FLAT;
		};
		String gap = this.say.say("tile.gap." + switch (target.schedule()) {
			case AHEAD -> "ahead";
			case BEHIND -> "behind";
			case ON_SCHEDULE -> "onSchedule";
		} + (this.figures.targets().elapsedPercent().compareTo(BigDecimal.valueOf(100)) >= 0 ? ".yearEnd" : ""),
				target.gapPoints().abs().toPlainString());
		String which = this.texts.targetDetail(target, this.figures.targets().elapsedPercent());
		return Optional.of(new Tile("targets", this.texts.targetLabel(target), target.completionPercent(), Unit.PERCENT,
				target.completionPercent().toPlainString(), this.say.say("unit.percent"), target.gapPoints(), gap,
				direction, which, target.light()));
	}

	/**
	 * The main event and its signings, the largest project, and the targets behind
	 * schedule.
	 */
	private List<Highlight> highlights() {
		List<Highlight> lines = new ArrayList<>();
		this.facts.mainEvent().ifPresent((event) -> {
			Narrative.Sentence line = this.narrative.new Sentence().add("highlight.mainEvent",
					this.say.day(Objects.requireNonNull(event.date())), event.event(), event.projects());
			this.narrative.signings(line, event);
			lines.add(new Highlight("mainEvent", line.clause()));
		});
		this.facts.largestProject()
			.ifPresent((top) -> lines.add(new Highlight("largestProject", this.say.say("highlight.largestProject",
					top.name(), this.say.amount(top.amountWan()), top.regionName()))));
		TargetProgress targets = this.figures.targets();
		if (!targets.targets().isEmpty()) {
			String key = Narrative.summaryKey(targets).replace("targets.", "highlight.");
			Narrative.Sentence line = this.narrative.new Sentence().add(key, targets.targets().size(),
					this.facts.behind().size());
			this.facts.furthestBehind()
				.ifPresent((t) -> line.add("highlight.furthest", this.say.say("target." + t.indicator().key()),
						t.completionPercent().toPlainString(), t.gapPoints().abs().toPlainString(),
						targets.elapsedPercent().toPlainString()));
			lines.add(new Highlight("targets", line.clause()));
		}
		return List.copyOf(lines);
	}

}
