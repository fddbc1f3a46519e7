package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import cn.investpromo.pipeline.PipelineStage;

/**
 * One project of the pipeline as a report lists it, as of the period's end.
 *
 * @param regionName its 拟落地地区 as the report names regions
 * @param daysOverdue days from its 预计签约日期 to the period's end, where it is overdue
 * @param daysSince days from its 最近跟进日期 to the period's end, where it is stale
 */
public record PipelineEntry(String name, @Nullable String investor, String regionCode, String regionName,
		String industryName, PipelineStage stage, @Nullable BigDecimal expectedAmountWan,
		@Nullable LocalDate firstContact, @Nullable LocalDate expectedSigning, @Nullable LocalDate lastFollowUp,
		@Nullable String responsibleUnit, @Nullable String responsible, @Nullable Long daysOverdue,
		@Nullable Long daysSince) {
}
