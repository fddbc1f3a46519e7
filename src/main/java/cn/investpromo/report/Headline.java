package cn.investpromo.report;

import java.util.List;

/**
 * The headline-figures section (SPEC §5), computed by {@link KpiComparisons}.
 *
 * @param kpis headline figures of the scope as a whole, in {@link KpiKind} order
 * @param amountBands projects of at least each configured threshold, with comparisons,
 * ascending
 * @param terms the period's signings by agreement type, and those already terminated
 */
public record Headline(List<Kpi> kpis, List<AmountBand> amountBands, SigningTerms terms) {

	/** Headline figures of signings whose terms are not told apart. */
	public Headline(List<Kpi> kpis, List<AmountBand> amountBands) {
		this(kpis, amountBands, SigningTerms.NONE);
	}

	/** The headline figure of the given kind. */
	public Kpi kpi(KpiKind kind) {
		return this.kpis.stream()
			.filter((kpi) -> kpi.kind() == kind)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no KPI " + kind));
	}

}
