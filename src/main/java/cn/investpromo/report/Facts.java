package cn.investpromo.report;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

import cn.investpromo.report.EventFollowThrough.EventRow;
import cn.investpromo.report.TargetProgress.TargetFigures;

/**
 * What the front page and the narrative single out of the figures: the period's main
 * event, the largest project, the leading child region, the target furthest behind;
 * chosen once, said by both.
 */
final class Facts {

	private final Figures figures;

	Facts(Figures figures) {
		this.figures = figures;
	}

	/**
	 * The event of the period at which most of the period's projects were signed (then
	 * the larger amount, then the later): the one a 月报 opens with; empty when no project
	 * was signed at an event of the period.
	 */
	Optional<EventRow> mainEvent() {
		Period period = this.figures.heading().period();
		return this.figures.followThrough()
			.events()
			.stream()
			.filter((e) -> e.date() != null && !e.date().isBefore(period.from()) && !e.date().isAfter(period.to())
					&& e.projects() > 0)
			.max(Comparator.comparingLong(EventRow::projects)
				.thenComparing((e) -> amountOrZero(e.amountWan()))
				.thenComparing(EventRow::date));
	}

	/** Whether every project of the period was signed at the event. */
	boolean allSignedAt(EventRow event) {
		BigDecimal projects = kpi(KpiKind.PROJECTS).month();
		return projects != null && projects.longValue() == event.projects();
	}

	/**
	 * The period's largest project by agreed investment among those not terminated at its
	 * end (issue 22: a terminated project is never the headline); the largest of all,
	 * then terminated, when every one of the top projects is.
	 */
	Optional<TopProject> largestProject() {
		List<TopProject> top = this.figures.rankings().topProjects();
		return top.stream().filter((p) -> !p.terminated()).findFirst().or(() -> top.stream().findFirst());
	}

	/**
	 * Whether a terminated project signed more than {@link #largestProject()}: the
	 * sentence then says it names the largest of those not terminated.
	 */
	boolean largerTerminated() {
		List<TopProject> top = this.figures.rankings().topProjects();
		return !top.isEmpty() && top.get(0).terminated() && largestProject().filter((p) -> !p.terminated()).isPresent();
	}

	/**
	 * The child region ranked first, when at least two children have figures in the
	 * period and it signed an amount: 居首 says nothing of a single region, and the scope
	 * itself (本级) is never ranked; whether it also leads 本级 is {@link #selfLeads}.
	 */
	Optional<RegionFigures> leadRegion() {
		List<RegionFigures> ranked = rankedChildren();
		return (ranked.size() >= 2 && positive(ranked.get(0).amountWan())) ? Optional.of(ranked.get(0))
				: Optional.empty();
	}

	/** The only child region with figures in the period, when it signed an amount. */
	Optional<RegionFigures> onlyRegion() {
		List<RegionFigures> ranked = rankedChildren();
		return (ranked.size() == 1 && positive(ranked.get(0).amountWan())) ? Optional.of(ranked.get(0))
				: Optional.empty();
	}

	/** The scope's own row (本级), when it signed an amount. */
	Optional<RegionFigures> self() {
		return this.figures.breakdowns()
			.byRegion()
			.stream()
			.filter((r) -> r.self() && positive(r.amountWan()))
			.findFirst();
	}

	/**
	 * Whether 本级 signed at least as much as the given child: the sentence then puts 本级
	 * first and ranks the child among the children only (issue 22: "开发区签约5.00亿元，居首；
	 * 市本级签约5.60亿元" reads as a contradiction).
	 */
	boolean selfLeads(RegionFigures child) {
		return self()
			.map((s) -> Objects.requireNonNull(s.amountWan()).compareTo(Objects.requireNonNull(child.amountWan())) >= 0)
			.orElse(false);
	}

	private List<RegionFigures> rankedChildren() {
		return this.figures.breakdowns()
			.byRegion()
			.stream()
			.filter((r) -> !r.self() && r.rank() != null && r.hasFigures())
			.sorted(Comparator.comparing(RegionFigures::rank))
			.toList();
	}

	/** The industry with the largest agreed investment of the period. */
	Optional<IndustryFigures> leadIndustry() {
		return this.figures.breakdowns().byIndustry().stream().findFirst().filter((i) -> positive(i.amountWan()));
	}

	/** The targets behind 序时进度. */
	List<TargetFigures> behind() {
		return this.figures.targets()
			.targets()
			.stream()
			.filter((t) -> t.schedule() == TargetProgress.Schedule.BEHIND)
			.toList();
	}

	/** The target furthest behind 序时进度. */
	Optional<TargetFigures> furthestBehind() {
		return behind().stream().min(Comparator.comparing(TargetFigures::gapPoints));
	}

	/**
	 * The highest amount band above 1 亿元 with a project in the period (亿元以上 itself is
	 * said of its own): "5亿元以上项目1个".
	 */
	Optional<AmountBand> highestBand() {
		List<AmountBand> bands = this.figures.headline().amountBands();
		for (int i = bands.size() - 1; i >= 0; i--) {
			AmountBand band = bands.get(i);
			BigDecimal projects = band.projects().month();
			if (band.atLeastYi().compareTo(BigDecimal.ONE) > 0 && projects != null && projects.signum() > 0) {
				return Optional.of(band);
			}
		}
		return Optional.empty();
	}

	Comparison kpi(KpiKind kind) {
		return this.figures.headline().kpi(kind).values();
	}

	/** A figure that is known and above zero. */
	@Contract("null -> false")
	static boolean positive(@Nullable BigDecimal value) {
		return value != null && value.signum() > 0;
	}

	private static BigDecimal amountOrZero(@Nullable BigDecimal amount) {
		return (amount != null) ? amount : BigDecimal.ZERO;
	}

}
