package cn.investpromo.report;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
	 * What has a report's heading (the model): the words know it only as this, so that
	 * they do not depend on the model that holds them.
	 */
	public interface Holder {

		ReportHeading heading();

	}

	/**
	 * The words of a report (its model): "本季度", "上年同期" … where a monthly report says
	 * "本月", "上年同月".
	 */
	public static ReportLabels of(Holder report) {
		return of(report.heading());
	}

	/** The words of the report of this heading. */
	public static ReportLabels of(ReportHeading heading) {
		return new ReportLabels(heading.language(), heading.period().kind());
	}

	/** The words of a report of this period's kind. */
	public static ReportLabels of(ReportLanguage language, Period.Kind kind) {
		return new ReportLabels(language, kind);
	}

	/**
	 * The period as a title names it: 2019年7月, 2019年第三季度, 2019年上半年, 2019年 (July 2019, Q3
	 * 2019, H1 2019, 2019).
	 */
	public String periodName(Period period) {
		String year = String.valueOf(period.year());
		int index = period.index();
		return switch (period.kind()) {
			case MONTH -> format("period.name.month", year, String.valueOf(index),
					period.first().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
			case QUARTER -> format("period.name.quarter", year,
					String.valueOf(this.bundle.getString("period.quarterNumbers").charAt(index - 1)));
			case HALF_YEAR -> format("period.name.half-year." + index, year);
			case YEAR -> format("period.name.year", year);
		};
	}

	/**
	 * The report's title, which the PDF and the workbook print: 招远市招商引资工作月度报告, or
	 * "Zhaoyuan (招远市): Investment Promotion Monthly Report"; a quarter's, half-year's or
	 * year's for such a report.
	 */
	public String title(String scopeName) {
		return format("report.title", scopeName);
	}

	/**
	 * The report's title with its period, as a mail or a robot's message names the
	 * report: 招远市招商引资工作月度报告（2019年7月）, or "Zhaoyuan (招远市): Investment Promotion Monthly
	 * Report (July 2019)".
	 */
	public String title(String scopeName, Period period) {
		ReportLabels words = (period.kind() == this.kind) ? this : of(this.language, period.kind());
		return words.format("report.title.dated", words.title(scopeName), words.periodName(period));
	}

	/** Items of a list in the report's language: 甲、乙、丙, or "a, b, c". */
	public String join(List<String> items) {
		return String.join(this.bundle.getString("list.separator"), items);
	}

	/** Items of a list as a sentence names them: 甲、乙、丙, or "a, b and c". */
	public String enumerate(List<String> items) {
		if (items.size() < 2) {
			return join(items);
		}
		return join(items.subList(0, items.size() - 1)) + this.bundle.getString("list.separator.last")
				+ items.get(items.size() - 1);
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

	/**
	 * The heading of the largest projects: 投资额前十项目 with ten rows, 投资额前9项目 with nine ("Top
	 * 10 projects", "Top 9 projects"), so that it never promises rows it lacks.
	 */
	public String topProjectsTitle(int rows) {
		return (rows == 10) ? get("section.topProjects") : format("section.topProjects.count", rows);
	}

	/**
	 * Ahead of or behind 序时进度; at the year's end (序时进度 100 %) whether the annual target
	 * was met: 超额完成, 完成, 未完成 — never "欠进度" for a year that is over.
	 */
	public String schedule(TargetProgress.Schedule schedule, BigDecimal elapsedPercent) {
		boolean yearOver = elapsedPercent.compareTo(BigDecimal.valueOf(100)) >= 0;
		return get("schedule." + schedule.name() + (yearOver ? ".yearEnd" : ""));
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
		return format("unreported.kpi." + kpi.kind().key(), join(parts));
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
		return format("unreported.rows." + kpi.key(), total, String.join(get("list.separator.rows"), parts));
	}

	/** A breakdown row's region name, 市本级 (…) when the row is the scope itself. */
	public String regionName(RegionFigures row) {
		return regionName(row.name(), row.self());
	}

	/** A landing row's region name, 市本级 (…) when the row is the scope itself. */
	public String regionName(LandingFigures row) {
		return regionName(row.regionName(), row.self());
	}

	/**
	 * A region's name as a table or chart row shows it: {@link #selfName} for the scope
	 * itself, wherever it is shown.
	 */
	public String regionName(String name, boolean self) {
		return self ? selfName(name) : name;
	}

	/**
	 * The one name of the scope's own level (本级) in every table, chart, list and
	 * sentence: 市本级, 县本级 … ("City level", "County level" …), from the kind of region the
	 * scope's name says it is.
	 * @param scopeName the scope's name as the report prints it: 招远市, or "Zhaoyuan (招远市)"
	 */
	public String selfName(String scopeName) {
		return get("self." + selfLevel(scopeName));
	}

	/**
	 * The kind of region the scope's name says it is (city, county, district, town,
	 * province, other): the one decision behind every name of 本级.
	 * @param scopeName the scope's name as the report prints it: 招远市, or "Zhaoyuan (招远市)"
	 */
	static String selfLevel(String scopeName) {
		String name = scopeName;
		// an English name carries the Chinese in brackets: "Zhaoyuan (招远市)"
		if (name.endsWith(")") && name.lastIndexOf('(') >= 0) {
			name = name.substring(name.lastIndexOf('(') + 1, name.length() - 1);
		}
		return name.endsWith("市") ? "city" : (name.endsWith("县") || name.endsWith("旗")) ? "county" : name.endsWith("区")
				? "district"
				: (name.endsWith("镇") || name.endsWith("乡")) ? "town" : name.endsWith("省") ? "province" : "other";
	}

}
