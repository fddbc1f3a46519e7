package cn.investpromo.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import cn.investpromo.region.RegionCatalog;
import cn.investpromo.report.FundsArrived.FundsSource;
import cn.investpromo.report.TargetProgress.TargetFigures;

/**
 * The paragraph of plain sentences that opens a report (SPEC §5), written from the model's figures: headline figures
 * with their changes, the leading industry and region, landing progress, funds arrived, annual targets and rejected
 * rows. A change against zero is left out rather than written as "—"; a change that rounds to zero is "持平".
 */
final class Narrative {

	private final Figures figures;

	private final ReportLabels labels;

	Narrative(Figures figures) {
		this.figures = figures;
		this.labels = ReportLabels.of(figures.heading());
	}

	private boolean monthly() {
		return this.figures.heading().period().kind() == Period.Kind.MONTH;
	}

	String text() {
		return this.figures.heading().language().english() ? english() : chinese();
	}

	// --- Chinese ---

	private String chinese() {
		StringBuilder text = new StringBuilder();
		int m = this.figures.heading().month().getMonthValue();
		String when = this.labels.periodName(this.figures.heading().period());
		String thisPeriod = monthly() ? "本月" : "本期";
		Comparison events = kpi(KpiKind.EVENTS);
		Comparison attendees = kpi(KpiKind.ATTENDEES);
		Comparison projects = kpi(KpiKind.PROJECTS);
		Comparison amount = kpi(KpiKind.AMOUNT_WAN);
		text.append(when).append("，").append(this.figures.heading().scope().name());
		if (events.month().signum() > 0) {
			text.append("举办招商活动").append(whole(events.month())).append("场");
			if (positive(attendees.month())) {
				text.append("，参会").append(whole(attendees.month())).append("人");
				if (attendees.unreported().month() > 0) {
					text.append("（其中").append(attendees.unreported().month()).append("场未填参会人数）");
				}
			}
		}
		else {
			text.append("未举办招商活动");
		}
		if (projects.month().signum() > 0) {
			text.append("；新签约项目").append(whole(projects.month())).append("个");
			text.append(zhChange("，同比", projects.yearOnYearPercent()));
			long without = kpi(KpiKind.PROJECTS_WITHOUT_AMOUNT).month().longValue();
			if (without == projects.month().longValue()) {
				text.append("，均未填报协议投资额");
			}
			else {
				text.append("，协议投资额").append(yi(amount.month())).append("亿元");
				text.append(zhChange("，环比", amount.monthOnMonthPercent()));
				text.append(zhChange("，同比", amount.yearOnYearPercent()));
				if (without > 0) {
					text.append("（其中").append(without).append("个项目未填投资额）");
				}
			}
			BigDecimal average = kpi(KpiKind.AVERAGE_WAN).month();
			if (positive(average)) {
				text.append("，平均单体规模").append(yi(average)).append("亿元");
			}
			bigProjects().ifPresent((band) -> text.append("，其中").append(band.atLeastYi().toPlainString())
				.append("亿元以上项目")
				.append(whole(band.projects().month()))
				.append("个"));
		}
		else {
			text.append("；").append(thisPeriod).append("无新签约项目");
		}
		text.append("。");
		if (m > 1) {
			text.append("1-").append(m).append("月累计签约项目").append(whole(projects.ytd())).append("个");
			if (!noAmountsYearToDate(projects)) {
				text.append("，协议投资额").append(yi(amount.ytd())).append("亿元");
				text.append(zhChange("，同比", amount.ytdPercent()));
			}
			text.append("。");
		}
		leadIndustry().ifPresent((lead) -> {
			text.append("分产业看，").append(lead.name()).append("协议投资额最高，为").append(yi(lead.amountWan()))
				.append("亿元，占").append(lead.sharePercent().toPlainString()).append("%");
			leadRegion().ifPresent((r) -> text.append("；分地区看，").append(regionName(r)).append("签约额居首，为")
				.append(yi(r.amountWan()))
				.append("亿元"));
			text.append("。");
		});
		LandingFigures landing = this.figures.landing().total();
		if (landing.total() > 0) {
			text.append("近12个月签约的").append(landing.total()).append("个项目中，已开工").append(landing.started())
				.append("个");
			landing.startRatePercent().ifPresent((rate) -> text.append("，开工率").append(rate.toPlainString()).append("%"));
			text.append("，已投产").append(landing.inProduction()).append("个");
			landing.productionRatePercent()
				.ifPresent((rate) -> text.append("，投产率").append(rate.toPlainString()).append("%"));
			text.append("。");
		}
		if (landing.newStarts() > 0 || landing.newProduction() > 0) {
			text.append(thisPeriod).append("新开工项目").append(landing.newStarts()).append("个，新投产项目").append(landing.newProduction())
				.append("个。");
		}
		FundsArrived funds = this.figures.funds();
		if (funds.totalWan().signum() > 0) {
			text.append((m > 1) ? "1-" + m + "月" : m + "月").append("签约项目到位资金").append(yi(funds.totalWan()))
				.append("亿元");
			mainSource(funds).ifPresent((source) -> text.append("，其中").append(sourceName(source))
				.append("资金")
				.append(yi(source.amountWan()))
				.append("亿元，占")
				.append(source.sharePercent().toPlainString())
				.append("%"));
			text.append("。");
		}
		List<String> targets = new ArrayList<>();
		for (TargetFigures target : this.figures.targets().targets()) {
			String line = "完成全年" + targetName(target) + "目标的" + target.completionPercent().toPlainString() + "%，";
			line += switch (target.schedule()) {
				case AHEAD -> "超序时进度" + target.gapPoints().abs().toPlainString() + "个百分点";
				case BEHIND -> "欠序时进度" + target.gapPoints().abs().toPlainString() + "个百分点";
				case ON_SCHEDULE -> "与序时进度持平";
			};
			targets.add(line);
		}
		if (!targets.isEmpty()) {
			text.append("对照年度目标，").append(String.join("；", targets)).append("（序时进度")
				.append(this.figures.targets().elapsedPercent().toPlainString())
				.append("%）。");
		}
		long rejected = this.figures.dataQuality().totals().rejected();
		if (rejected > 0) {
			text.append("台账中有").append(rejected).append("行因数据问题未能导入，详见数据质量表。");
		}
		return text.toString();
	}

	/** "签约项目" from "签约项目（个）": the indicator's label without its unit. */
	private String targetName(TargetFigures target) {
		String label = this.labels.get("target." + target.indicator().key());
		int unit = label.indexOf(this.figures.heading().language().english() ? " (" : "（");
		return (unit > 0) ? label.substring(0, unit) : label;
	}

	private static String zhChange(String lead, Optional<BigDecimal> percent) {
		if (percent.isEmpty()) {
			return ""; // a change against zero says nothing
		}
		BigDecimal p = percent.get();
		if (p.signum() == 0) {
			return lead + "持平";
		}
		return lead + ((p.signum() > 0) ? "增长" : "下降") + p.abs().toPlainString() + "%";
	}

	// --- English ---

	private String english() {
		StringBuilder text = new StringBuilder();
		int m = this.figures.heading().month().getMonthValue();
		String monthName = this.figures.heading().month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		Comparison events = kpi(KpiKind.EVENTS);
		Comparison attendees = kpi(KpiKind.ATTENDEES);
		Comparison projects = kpi(KpiKind.PROJECTS);
		Comparison amount = kpi(KpiKind.AMOUNT_WAN);
		RegionRef scope = this.figures.heading().scope();
		// "All ledgers (covering …)" is a title; inside the sentence it reads "all ledgers (covering …)"
		String subject = scope.code().equals(RegionCatalog.CHINA_CODE)
				? scope.name().substring(0, 1).toLowerCase(Locale.ENGLISH) + scope.name().substring(1) : scope.name();
		text.append("In ").append(this.labels.periodName(this.figures.heading().period())).append(", ").append(subject);
		if (events.month().signum() > 0) {
			text.append(" held ").append(plural(events.month(), "promotion event"));
			if (positive(attendees.month())) {
				text.append(" with ").append(whole(attendees.month())).append(" attendees");
				long blank = attendees.unreported().month();
				if (blank > 0) {
					text.append(" (").append(blank).append((blank == 1) ? " event" : " events")
						.append(" did not report attendees)");
				}
			}
		}
		else {
			text.append(" held no promotion events");
		}
		if (projects.month().signum() > 0) {
			text.append(" and signed ").append(plural(projects.month(), "project"));
			text.append(enChange(", ", projects.yearOnYearPercent(), " year on year"));
			long without = kpi(KpiKind.PROJECTS_WITHOUT_AMOUNT).month().longValue();
			if (without == projects.month().longValue()) {
				text.append(", none of them with an agreed investment amount");
			}
			else {
				text.append(", with agreed investment of ").append(cny(amount.month()));
				text.append(enChange(", ", amount.monthOnMonthPercent(), monthly() ? " on the previous month" : " on the previous period"));
				text.append(enChange(", ", amount.yearOnYearPercent(), " year on year"));
				if (without > 0) {
					text.append(" (").append(without).append(" of them without an amount)");
				}
			}
			BigDecimal average = kpi(KpiKind.AVERAGE_WAN).month();
			if (positive(average)) {
				text.append("; the average project was ").append(cny(average));
			}
			bigProjects().ifPresent((band) -> text.append(", and ")
				.append(whole(band.projects().month()))
				.append(" of ")
				.append(cny(band.atLeastYi().multiply(BigDecimal.valueOf(10_000))))
				.append(" or more"));
		}
		else {
			text.append(" and signed no projects");
		}
		text.append(".");
		if (m > 1) {
			text.append(" January to ").append(monthName).append(": ").append(plural(projects.ytd(), "project"));
			if (!noAmountsYearToDate(projects)) {
				text.append(", ").append(cny(amount.ytd()));
				text.append(enChange(", ", amount.ytdPercent(), " on last year"));
			}
			text.append(".");
		}
		leadIndustry().ifPresent((lead) -> {
			text.append(" ").append(lead.name()).append(" led by industry with ").append(cny(lead.amountWan()))
				.append(" (").append(lead.sharePercent().toPlainString()).append("%)");
			leadRegion().ifPresent((r) -> text.append("; ").append(regionName(r)).append(" led by region with ")
				.append(cny(r.amountWan())));
			text.append(".");
		});
		LandingFigures landing = this.figures.landing().total();
		if (landing.total() > 0) {
			text.append(" Of the ").append(plural(BigDecimal.valueOf(landing.total()), "project"))
				.append(" signed in the last 12 months, ")
				.append(landing.started())
				.append((landing.started() == 1) ? " has" : " have")
				.append(" started construction");
			landing.startRatePercent().ifPresent((rate) -> text.append(" (start rate ").append(rate.toPlainString())
				.append("%)"));
			text.append(" and ").append(landing.inProduction())
				.append((landing.inProduction() == 1) ? " is" : " are")
				.append(" in production");
			landing.productionRatePercent().ifPresent((rate) -> text.append(" (production rate ")
				.append(rate.toPlainString())
				.append("%)"));
			text.append(".");
		}
		if (landing.newStarts() > 0 || landing.newProduction() > 0) {
			text.append(monthly() ? " This month " : " This period ").append(plural(BigDecimal.valueOf(landing.newStarts()), "project"))
				.append(" started construction and ")
				.append(landing.newProduction())
				.append(" started production.");
		}
		FundsArrived funds = this.figures.funds();
		if (funds.totalWan().signum() > 0) {
			text.append(" Funds arrived for projects signed ").append((m > 1) ? "January to " + monthName : monthName)
				.append(": ")
				.append(cny(funds.totalWan()));
			mainSource(funds).ifPresent((source) -> {
				String name = sourceName(source);
				text.append(", the largest source being ").append(name.substring(0, 1).toLowerCase(Locale.ENGLISH))
					.append(name.substring(1))
					.append(" (")
					.append(source.sharePercent().toPlainString())
					.append("%)");
			});
			text.append(".");
		}
		List<String> targets = new ArrayList<>();
		for (TargetFigures target : this.figures.targets().targets()) {
			String line = targetName(target) + " reached " + target.completionPercent().toPlainString()
					+ "% of the annual target, ";
			line += switch (target.schedule()) {
				case AHEAD -> target.gapPoints().abs().toPlainString() + " points ahead of schedule";
				case BEHIND -> target.gapPoints().abs().toPlainString() + " points behind schedule";
				case ON_SCHEDULE -> "on schedule";
			};
			targets.add(line);
		}
		if (!targets.isEmpty()) {
			text.append(" Against the annual targets (time elapsed ")
				.append(this.figures.targets().elapsedPercent().toPlainString())
				.append("%): ")
				.append(String.join("; ", targets))
				.append(".");
		}
		long rejected = this.figures.dataQuality().totals().rejected();
		if (rejected > 0) {
			text.append(" ").append(rejected).append((rejected == 1) ? " ledger row" : " ledger rows")
				.append(" could not be imported; see Data quality.");
		}
		return text.toString();
	}

	private static String enChange(String lead, Optional<BigDecimal> percent, String tail) {
		if (percent.isEmpty()) {
			return ""; // a change against zero says nothing
		}
		BigDecimal p = percent.get();
		if (p.signum() == 0) {
			return lead + "unchanged" + tail;
		}
		return lead + ((p.signum() > 0) ? "up " : "down ") + p.abs().toPlainString() + "%" + tail;
	}

	private static String plural(BigDecimal count, String noun) {
		String n = whole(count);
		return n + " " + noun + (n.equals("1") ? "" : "s");
	}

	// --- shared ---

	/** Every project of the year so far lacks an amount: a total of 0.00 would read as a figure, so none is given. */
	private boolean noAmountsYearToDate(Comparison projects) {
		return kpi(KpiKind.PROJECTS_WITHOUT_AMOUNT).ytd().compareTo(projects.ytd()) == 0;
	}

	private Optional<IndustryFigures> leadIndustry() {
		return this.figures.breakdowns().byIndustry().stream().findFirst().filter((i) -> positive(i.amountWan()));
	}

	/**
	 * The child region ranked first, when at least two children signed an amount: 居首 says nothing of a single
	 * region, and the scope itself (本级) is never ranked.
	 */
	private Optional<RegionFigures> leadRegion() {
		List<RegionFigures> ranked = this.figures.breakdowns().byRegion()
			.stream()
			.filter((r) -> r.rank() != null && positive(r.amountWan()))
			.toList();
		return (ranked.size() >= 2) ? Optional.of(ranked.get(0)) : Optional.empty();
	}

	/** The highest amount band with a project this month, when it is above the lowest (≥ 1 亿元 says little). */
	private Optional<AmountBand> bigProjects() {
		List<AmountBand> bands = this.figures.headline().amountBands();
		for (int i = bands.size() - 1; i > 0; i--) {
			if (bands.get(i).projects().month().signum() > 0) {
				return Optional.of(bands.get(i));
			}
		}
		return Optional.empty();
	}

	/** The largest source of funds, when the split applies and the source is known. */
	private static Optional<FundsSource> mainSource(FundsArrived funds) {
		return funds.bySource()
			.stream()
			.filter((s) -> s.kind() != FundsSourceKind.UNKNOWN && s.amountWan().signum() > 0)
			.max(Comparator.comparing(FundsSource::amountWan));
	}

	private String sourceName(FundsSource source) {
		return this.labels.get("funds." + source.kind().key());
	}

	private String regionName(RegionFigures row) {
		return this.labels.regionName(row);
	}

	/** A figure that is known and above zero. */
	private static boolean positive(@Nullable BigDecimal value) {
		return value != null && value.signum() > 0;
	}

	private Comparison kpi(KpiKind kind) {
		return this.figures.headline().kpi(kind).values();
	}

	private static String whole(BigDecimal value) {
		return value.setScale(0, RoundingMode.HALF_UP).toPlainString();
	}

	private static String yi(BigDecimal wan) {
		return Money.toYi(wan).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/** An amount in 万元 as an English reader says it: "CNY 1.43 billion", "CNY 159 million", "CNY 0.5 million". */
	static String cny(BigDecimal wan) {
		if (wan.abs().compareTo(BigDecimal.valueOf(100_000)) >= 0) {
			return "CNY " + wan.movePointLeft(5).setScale(2, RoundingMode.HALF_UP).toPlainString() + " billion";
		}
		BigDecimal millions = wan.movePointLeft(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
		return "CNY " + ((millions.scale() < 0) ? millions.setScale(0) : millions).toPlainString() + " million";
	}

}
