package cn.investpromo.report;

import java.util.List;

/**
 * The trend section: the 13 months (8 quarters, 5 years) ending with the period, computed
 * by {@link KpiComparisons}.
 */
public record Trend(List<TrendPoint> points) {
}
