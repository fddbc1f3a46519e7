package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.investpromo.pipeline.PipelineStage;
import cn.investpromo.store.Rows;

/**
 * The pipeline as of the period's end (SPEC §2.8, §5.2): what is coming, and what is
 * late. Absent from a report whose scope has no pipeline project by then.
 *
 * @param asOf the period's last day, to which overdue and unfollowed days count
 * @param staleDays how many days without a follow-up make a project stale
 * ({@code investpromo.report.pipeline-stale-days})
 * @param byStage every stage, in the pipeline's order, with or without projects
 * @param total the stages together
 * @param newLeads projects first contacted within the period (新增线索)
 * @param converted projects that a project signed within the period names (转化签约)
 * @param overdue the 督办 list: open projects past their 预计签约日期, the longest overdue first
 * @param stale open projects not followed up for more than {@code staleDays} days, the
 * longest first
 * @param projects every project of the pipeline, by stage
 */
public record Pipeline(LocalDate asOf, int staleDays, List<StageRow> byStage, StageRow total, long newLeads,
		long converted, Rows<PipelineEntry> overdue, Rows<PipelineEntry> stale, Rows<PipelineEntry> projects) {

	/**
	 * Projects of one stage (null for the total).
	 *
	 * @param expectedAmountWan 预计投资额 of the projects that give one
	 * @param withoutAmount projects that give none (counted, not summed)
	 */
	public record StageRow(@Nullable PipelineStage stage, long projects, BigDecimal expectedAmountWan,
			long withoutAmount) {
	}

}
