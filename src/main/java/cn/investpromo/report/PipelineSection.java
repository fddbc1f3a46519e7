package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import cn.investpromo.pipeline.PipelineProject;
import cn.investpromo.pipeline.PipelineStage;
import cn.investpromo.report.Pipeline.StageRow;
import cn.investpromo.store.PipelineQueries;
import cn.investpromo.store.PipelineQueries.PipelineAtEnd;
import cn.investpromo.store.PipelineQueries.StageSum;
import cn.investpromo.store.RegionScope;

/**
 * Computes the pipeline section (SPEC §2.8, §5.2) as of the period's last day: a project
 * is in it once first contacted (or when the ledger does not say when); it is overdue
 * when its 预计签约日期 lies before that day, stale when its 最近跟进日期 lies more than the
 * configured days before it, in both cases only while open (neither 已签约 nor 已中止) and not
 * named by a project signed by then.
 */
final class PipelineSection {

	/** Days without a follow-up that make a project stale when none are configured. */
	static final int DEFAULT_STALE_DAYS = 30;

	private final ReportData data;

	private final int staleDays;

	PipelineSection(ReportData data, int staleDays) {
		this.data = data;
		this.staleDays = staleDays;
	}

	/**
	 * The section, or null when the scope has no pipeline project by the period's end.
	 */
	@Nullable Pipeline pipeline() {
		PipelineQueries queries = this.data.queries().pipeline();
		RegionScope scope = this.data.regionScope();
		LocalDate asOf = this.data.period().to();
		List<StageSum> sums = queries.byStage(scope, asOf);
		if (sums.isEmpty()) {
			return null;
		}
		Map<PipelineStage, StageSum> byStage = new EnumMap<>(PipelineStage.class);
		sums.forEach((sum) -> byStage.put(sum.stage(), sum));
		List<StageRow> rows = new ArrayList<>();
		long projects = 0;
		long withoutAmount = 0;
		BigDecimal amount = BigDecimal.ZERO;
		for (PipelineStage stage : PipelineStage.values()) {
			StageSum sum = byStage.getOrDefault(stage, new StageSum(stage, 0, BigDecimal.ZERO, 0));
			rows.add(new StageRow(stage, sum.projects(), sum.expectedAmountWan(), sum.projects() - sum.withAmount()));
			projects += sum.projects();
			withoutAmount += sum.projects() - sum.withAmount();
			amount = amount.add(sum.expectedAmountWan());
		}
		Period period = this.data.period();
		LocalDate followedBefore = asOf.minusDays(this.staleDays);
		return new Pipeline(asOf, this.staleDays, List.copyOf(rows),
				new StageRow(null, projects, amount, withoutAmount),
				queries.newLeads(scope, period.from(), period.to()),
				queries.converted(scope, period.from(), period.to()),
				queries.overdue(scope, asOf).map((p) -> entry(p, asOf)),
				queries.stale(scope, asOf, followedBefore).map((p) -> entry(p, asOf)),
				queries.projects(scope, asOf).map((p) -> entry(p, asOf)));
	}

	private PipelineEntry entry(PipelineAtEnd row, LocalDate asOf) {
		PipelineProject p = row.project();
		boolean open = !p.stage().closed() && !row.signed();
		Long overdue = (open && p.expectedSigning() != null && p.expectedSigning().isBefore(asOf))
				? ChronoUnit.DAYS.between(p.expectedSigning(), asOf) : null;
		Long since = (p.lastFollowUp() != null) ? ChronoUnit.DAYS.between(p.lastFollowUp(), asOf) : null;
		Long stale = (open && since != null && since > this.staleDays) ? since : null;
		return new PipelineEntry(p.name(), p.investor(), p.regionCode(), this.data.regionName(p.regionCode()),
				this.data.industryName(p.industryCode()), p.stage(), p.expectedAmountWan(), p.firstContact(),
				p.expectedSigning(), p.lastFollowUp(), p.responsibleUnit(), p.responsible(), overdue, stale);
	}

}
