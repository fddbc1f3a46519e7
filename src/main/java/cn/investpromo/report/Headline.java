package cn.investpromo.report;

import java.util.List;

/**
 * The headline-figures section (SPEC §5), computed by {@link KpiComparisons}.
 *
 * @param kpis headline figures of the scope as a whole, in {@link KpiKind} order
 * @param amountBands projects of at least each configured threshold, with comparisons,
 * ascending
 */
public record Headline(List<Kpi> kpis, List<AmountBand> amountBands) {

	/** The headline figure of the given kind. */
	public Kpi kpi(KpiKind kind) {
		return this.kpis.stream()
			.filter((kpi) -> kpi.kind() == kind)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no KPI " + kind));
	}

}
