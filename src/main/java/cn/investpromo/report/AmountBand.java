package cn.investpromo.report;

import java.math.BigDecimal;

/**
 * Projects of at least {@code atLeastYi} 亿元 (SPEC §5 amount bands,
 * {@code investpromo.amount-bands-yi}); bands are cumulative, like the KPIs: a 12 亿元
 * project counts in ≥ 1, ≥ 5 and ≥ 10.
 *
 * @param atLeastYi the threshold in 亿元
 * @param projects the count with the comparisons of SPEC §5
 */
public record AmountBand(BigDecimal atLeastYi, Comparison projects) {
}
