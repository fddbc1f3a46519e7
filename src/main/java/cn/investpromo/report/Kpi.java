package cn.investpromo.report;

/** A headline figure and its comparisons. */
public record Kpi(KpiKind kind, Comparison values) {
}
