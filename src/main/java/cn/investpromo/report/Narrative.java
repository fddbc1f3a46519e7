package cn.investpromo.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** The paragraph of plain sentences that opens a report (SPEC §5), written from the model's figures. */
final class Narrative {

	private final ReportModel model;

	Narrative(ReportModel model) {
		this.model = model;
	}

	String text() {
		return this.model.language().english() ? english() : chinese();
	}

	private String chinese() {
		StringBuilder text = new StringBuilder();
		String scope = this.model.scope().name();
		String when = this.model.month().getYear() + "年" + this.model.month().getMonthValue() + "月";
		Comparison events = kpi(KpiKind.EVENTS);
		Comparison projects = kpi(KpiKind.PROJECTS);
		Comparison amount = kpi(KpiKind.AMOUNT_WAN);
		text.append(when).append("，").append(scope).append("举办招商活动").append(whole(events.month())).append("场");
		if (kpi(KpiKind.ATTENDEES).month().signum() > 0) {
			text.append("，参会").append(whole(kpi(KpiKind.ATTENDEES).month())).append("人");
		}
		text.append("；新签约项目").append(whole(projects.month())).append("个");
		text.append(change("，同比", projects.yearOnYearPercent(), "增长", "下降"));
		text.append("，协议投资额").append(yi(amount.month())).append("亿元");
		text.append(change("，环比", amount.monthOnMonthPercent(), "增长", "下降"));
		text.append(change("，同比", amount.yearOnYearPercent(), "增长", "下降"));
		long without = kpi(KpiKind.PROJECTS_WITHOUT_AMOUNT).month().longValue();
		if (without > 0) {
			text.append("（另有").append(without).append("个项目未填投资额）");
		}
		text.append("。1—").append(this.model.month().getMonthValue()).append("月累计签约项目")
			.append(whole(projects.ytd())).append("个，协议投资额").append(yi(amount.ytd())).append("亿元");
		text.append(change("，同比", amount.ytdPercent(), "增长", "下降")).append("。");
		if (!this.model.byIndustry().isEmpty() && this.model.byIndustry().get(0).amountWan().signum() > 0) {
			IndustryFigures lead = this.model.byIndustry().get(0);
			text.append("分产业看，").append(lead.name()).append("协议投资额最高，为").append(yi(lead.amountWan()))
				.append("亿元，占").append(lead.sharePercent().toPlainString()).append("%");
			leadRegion().ifPresent((r) -> text.append("；分地区看，").append(regionName(r)).append("签约额居首，为")
				.append(yi(r.amountWan()))
				.append("亿元"));
			text.append("。");
		}
		long landed = this.model.landing().stream().mapToLong((l) -> l.underConstruction() + l.inProduction()).sum();
		long total = this.model.landing().stream().mapToLong(LandingFigures::total).sum();
		if (total > 0) {
			text.append("近12个月签约的").append(total).append("个项目中，已开工或投产").append(landed).append("个。");
		}
		long rejected = this.model.dataQuality().rejects().size();
		if (rejected > 0) {
			text.append("台账中有").append(rejected).append("行因数据格式问题未能导入，详见数据质量表。");
		}
		return text.toString();
	}

	private String english() {
		StringBuilder text = new StringBuilder();
		String scope = this.model.scope().name();
		String when = this.model.month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
				+ this.model.month().getYear();
		Comparison events = kpi(KpiKind.EVENTS);
		Comparison projects = kpi(KpiKind.PROJECTS);
		Comparison amount = kpi(KpiKind.AMOUNT_WAN);
		text.append("In ").append(when).append(", ").append(scope).append(" held ").append(whole(events.month()))
			.append(" promotion event(s)");
		if (kpi(KpiKind.ATTENDEES).month().signum() > 0) {
			text.append(" with ").append(whole(kpi(KpiKind.ATTENDEES).month())).append(" attendees");
		}
		text.append(" and signed ").append(whole(projects.month())).append(" project(s)");
		text.append(change(", ", projects.yearOnYearPercent(), "up ", "down ", " year on year"));
		text.append(", with agreed investment of ").append(yi(amount.month())).append(" (100m CNY)");
		text.append(change(", ", amount.monthOnMonthPercent(), "up ", "down ", " on the previous month"));
		text.append(change(", ", amount.yearOnYearPercent(), "up ", "down ", " year on year"));
		long without = kpi(KpiKind.PROJECTS_WITHOUT_AMOUNT).month().longValue();
		if (without > 0) {
			text.append(" (").append(without).append(" more without an amount)");
		}
		text.append(". Year to date: ").append(whole(projects.ytd())).append(" project(s), ")
			.append(yi(amount.ytd()))
			.append(" (100m CNY)");
		text.append(change(", ", amount.ytdPercent(), "up ", "down ", " on last year")).append(".");
		if (!this.model.byIndustry().isEmpty() && this.model.byIndustry().get(0).amountWan().signum() > 0) {
			IndustryFigures lead = this.model.byIndustry().get(0);
			text.append(" ").append(lead.name()).append(" led by industry with ").append(yi(lead.amountWan()))
				.append(" (").append(lead.sharePercent().toPlainString()).append("%)");
			leadRegion().ifPresent((r) -> text.append("; ").append(regionName(r)).append(" led by region with ")
				.append(yi(r.amountWan())));
			text.append(".");
		}
		long landed = this.model.landing().stream().mapToLong((l) -> l.underConstruction() + l.inProduction()).sum();
		long total = this.model.landing().stream().mapToLong(LandingFigures::total).sum();
		if (total > 0) {
			text.append(" Of the ").append(total).append(" projects signed in the last 12 months, ").append(landed)
				.append(" have started construction or production.");
		}
		long rejected = this.model.dataQuality().rejects().size();
		if (rejected > 0) {
			text.append(" ").append(rejected).append(" ledger row(s) could not be imported; see Data quality.");
		}
		return text.toString();
	}

	private Optional<RegionFigures> leadRegion() {
		return this.model.byRegion()
			.stream()
			.filter((r) -> r.amountWan().signum() > 0)
			.max(java.util.Comparator.comparing(RegionFigures::amountWan));
	}

	private String regionName(RegionFigures row) {
		return ReportLabels.of(this.model.language()).regionName(row);
	}

	private Comparison kpi(KpiKind kind) {
		return this.model.kpi(kind).values();
	}

	private static String whole(BigDecimal value) {
		return value.setScale(0, RoundingMode.HALF_UP).toPlainString();
	}

	private static String yi(BigDecimal wan) {
		return Money.toYi(wan).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private static String change(String lead, Optional<BigDecimal> percent, String up, String down) {
		return change(lead, percent, up, down, "");
	}

	/** "，同比增长12.5%"; nothing when the base is zero, since a change against zero says nothing. */
	private static String change(String lead, Optional<BigDecimal> percent, String up, String down, String tail) {
		if (percent.isEmpty()) {
			return "";
		}
		BigDecimal p = percent.get();
		if (p.signum() == 0) {
			return lead + (up.startsWith("up") ? "unchanged" + tail : "持平");
		}
		return lead + ((p.signum() > 0) ? up : down) + p.abs().toPlainString() + "%" + tail;
	}

}
