package cn.investpromo.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import cn.investpromo.quality.Source;

/**
 * One project of a pipeline ledger as its latest snapshot says it (SPEC §2.8).
 *
 * @param key its identity across imports and files: its 项目编号, else its normalised name
 * and region
 * @param expectedAmountWan 预计投资额 in 万元, null when not known
 * @param expectedSigning 预计签约日期; a month given alone is its last day
 */
public record PipelineProject(String key, @Nullable String id, String name, @Nullable String investor,
		@Nullable String investorOrigin, String regionCode, String industryCode, @Nullable String industryText,
		@Nullable BigDecimal expectedAmountWan, String currency, PipelineStage stage, @Nullable LocalDate firstContact,
		@Nullable LocalDate expectedSigning, @Nullable LocalDate lastFollowUp, @Nullable String responsibleUnit,
		@Nullable String responsible, @Nullable String notes, Source source) {
}
