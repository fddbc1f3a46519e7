package cn.investpromo.report;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import org.jspecify.annotations.Nullable;

/**
 * The words of a report in its language, from {@code report/labels*.properties}; shared
 * by every renderer.
 */
public final class ReportLabels {

	private final ResourceBundle bundle;

	private final ReportLanguage language;

	private final Period.Kind kind;

	private ReportLabels(ReportLanguage language, Period.Kind kind) {
		this.language = language;
		this.kind = kind;
		this.bundle = ResourceBundle.getBundle("report.labels", language.locale(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** The words of a monthly report. */
	public static ReportLabels of(ReportLanguage language) {
		return new ReportLabels(language, Period.Kind.MONTH);
	}

	/**
	 * The words of the model's report: "本季度", "上年同期" … where a monthly report says "本月",
	 * "上年同月".
	 */
	public static ReportLabels of(ReportModel model) {
		return of(model.heading());
	}

	/** The words of the report of this heading. */
	public static ReportLabels of(ReportHeading heading) {
		return new ReportLabels(heading.language(), heading.period().kind());
	}

	/**
	 * The period as a title names it: 2019年7月, 2019年第三季度, 2019年上半年, 2019年 (July 2019, Q3
	 * 2019, H1 2019, 2019).
	 */
	public String periodName(Period period) {
		int year = period.year();
		int index = period.index();
		if (this.language.english()) {
			return switch (period.kind()) {
				case MONTH ->
					period.first().getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
							+ " " + year;
				case QUARTER -> "Q" + index + " " + year;
				case HALF_YEAR -> "H" + index + " " + year;
				case YEAR -> String.valueOf(year);
			};
		}
		return switch (period.kind()) {
			case MONTH -> year + "年" + index + "月";
			case QUARTER -> year + "年第" + "一二三四".charAt(index - 1) + "季度";
			case HALF_YEAR -> year + "年" + ((index == 1) ? "上" : "下") + "半年";
			case YEAR -> year + "年";
		};
	}

	public ReportLanguage language() {
		return this.language;
	}

	/**
	 * The label under {@code key}; for a report of a quarter, half-year or year its
	 * variant under {@code key.quarter} (…), else under {@code key.period}, where there
	 * is one.
	 */
	public String get(String key) {
		return get(this.bundle, key);
	}

	/**
	 * The label under {@code key} in another bundle of report words (the PDF's own), with
	 * the same variants.
	 */
	public String get(ResourceBundle words, String key) {
		if (this.kind != Period.Kind.MONTH) {
			for (String variant : List.of(key + "." + this.kind.key(), key + ".period")) {
				if (words.containsKey(variant)) {
					return words.getString(variant);
				}
			}
		}
		return words.getString(key);
	}

	/** The label under {@code key} with its {0}, {1} … placeholders filled. */
	public String format(String key, Object... args) {
		return new MessageFormat(get(key), this.language.locale()).format(args);
	}

	/**
	 * An amount band's label: "1亿元以上", or in English "CNY 100 million or more", "CNY 1
	 * billion or more" (an English reader counts in millions and billions, not in 亿).
	 */
	public String band(BigDecimal atLeastYi) {
		if (!this.language.english()) {
			return format("band.atLeast", atLeastYi.stripTrailingZeros().toPlainString());
		}
		return format("band.atLeast", Money.cnyRound(atLeastYi.multiply(BigDecimal.valueOf(10_000))));
	}

	/** The label of a headline figure. */
	public String kpi(KpiKind kind) {
		return get("kpi." + kind.key());
	}

	/**
	 * A 位次 as tables show it: the number, or "—" for a row without one (the scope itself,
	 * a region without figures).
	 */
	public String rank(@Nullable Integer rank) {
		return (rank != null) ? rank.toString() : get("report.none");
	}

	/** A change of 位次: "上升2位", "下降1位", "持平", or "—" without a 位次 now or before. */
	public String rankChange(@Nullable Integer rank, @Nullable Integer change) {
		if (rank == null || change == null) {
			return get("report.none");
		}
		if (change == 0) {
			return get("rank.same");
		}
		return format((change > 0) ? "rank.up" : "rank.down", Math.abs(change));
	}

	/**
	 * The line under a table of headline figures that says how many items left
	 * {@code kpi}'s value blank in each period, and how its changes treat them
	 * ("参会企业数未填：本月1场、上月1场……"); null when none did.
	 */
	public @Nullable String unreportedNote(Kpi kpi) {
		Comparison.Unreported blank = kpi.values().unreported();
		if (!blank.any()) {
			return null;
		}
		String item = kpi.kind().amount() ? "unreported.projects" : "unreported.events";
		long[] counts = { blank.month(), blank.previousMonth(), blank.sameMonthLastYear(), blank.ytd(),
				blank.ytdLastYear() };
		String[] periods = { "compare.month", "compare.previousMonth", "compare.sameMonthLastYear", "compare.ytd",
				"compare.ytdLastYear" };
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] > 0) {
				parts.add(format(item, get(periods[i]), counts[i]));
			}
		}
		return format("unreported.kpi." + kpi.kind().key(), String.join(this.language.english() ? ", " : "、", parts));
	}

	/**
	 * The line under a breakdown that says which rows leave out items without the value
	 * and how many ("其中3个项目未填投资额（黄金珠宝1个、现代服务业2个），不计入协议投资额"); null when no row does.
	 * @param kpi the figure: {@link KpiKind#ATTENDEES}, {@link KpiKind#ENTERPRISES} or
	 * {@link KpiKind#AMOUNT_WAN}
	 * @param rows each row's name and its items without the value, in the table's order
	 */
	public @Nullable String unreportedRows(KpiKind kpi, List<Map.Entry<String, Long>> rows) {
		String item = kpi.amount() ? "unreported.projects" : "unreported.events";
		List<String> parts = new ArrayList<>();
		long total = 0;
		for (Map.Entry<String, Long> row : rows) {
			if (row.getValue() > 0) {
				parts.add(format(item, row.getKey(), row.getValue()));
				total += row.getValue();
			}
		}
		if (total == 0) {
			return null;
		}
		return format("unreported.rows." + kpi.key(), total, String.join(this.language.english() ? "; " : "、", parts));
	}

	/** A breakdown row's region name, marked 本级 when the row is the scope itself. */
	public String regionName(RegionFigures row) {
		return regionName(row.name(), row.self());
	}

	/** A landing row's region name, marked 本级 when the row is the scope itself. */
	public String regionName(LandingFigures row) {
		return regionName(row.regionName(), row.self());
	}

	/**
	 * A region's name as a table or chart row shows it: "S（本级）" for the scope itself,
	 * wherever it is shown.
	 */
	public String regionName(String name, boolean self) {
		return self ? format("report.selfSuffix", name) : name;
	}

}
