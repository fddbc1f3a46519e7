package cn.investpromo.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.investpromo.project.SignedProject;
import cn.investpromo.store.ReportQueries.ProjectAtEnd;
import cn.investpromo.store.Rows;

/**
 * The period's events and projects as the report lists them, and its ten largest projects
 * (SPEC §5): the only rows a report reads, each turned into its listing as a renderer
 * walks it.
 */
final class Listings {

	private static final int TOP = 10;

	private final ReportData data;

	Listings(ReportData data) {
		this.data = data;
	}

	/** The rankings section: the period's ten largest projects. */
	Rankings rankings() {
		return new Rankings(topProjects(), keyProjects());
	}

	/** The listings section: the period's events and projects. */
	PeriodListings listings() {
		return new PeriodListings(events(), projects());
	}

	private List<TopProject> topProjects() {
		Period period = this.data.period();
		Comparator<ProjectAtEnd> largest = Comparator.comparing((ProjectAtEnd r) -> r.project().amountWan())
			.reversed()
			.thenComparing((r) -> r.project().key());
		List<ProjectAtEnd> ranked = this.data.queries()
			.largestProjects(this.data.regionScope(), period.from(), period.to(), TOP)
			.stream()
			.sorted(largest)
			.limit(TOP)
			.toList();
		List<TopProject> top = new ArrayList<>();
		for (int i = 0; i < ranked.size(); i++) {
			SignedProject p = ranked.get(i).project();
			top.add(new TopProject(i + 1, p.name(), p.investor(), p.regionCode(), this.data.regionName(p.regionCode()),
					p.industryCode(), this.data.industryName(p.industryCode()), Objects.requireNonNull(p.amountWan()),
					p.signedDate(), ranked.get(i).statusAtEnd()));
		}
		return List.copyOf(top);
	}

	private Rows<KeyProject> keyProjects() {
		Period period = this.data.period();
		return this.data.queries()
			.largeProjects(this.data.regionScope(), period.twelveMonthsFrom(), period.to(), KeyProject.LEAST_WAN)
			.map((row) -> {
				SignedProject p = row.project();
				return new KeyProject(p.name(), this.data.regionName(p.regionCode()),
						this.data.industryName(p.industryCode()), Objects.requireNonNull(p.amountWan()), p.signedDate(),
						row.statusAtEnd(), AtPeriodEnd.until(p.constructionDate(), period.to()),
						AtPeriodEnd.until(p.productionDate(), period.to()), p.fundsArrivedWan());
			});
	}

	private Rows<EventListing> events() {
		Period period = this.data.period();
		return this.data.queries()
			.events(this.data.regionScope(), period.from(), period.to())
			.map((e) -> new EventListing(e.id(), e.name(), e.type(), e.startDate(), e.endDate(),
					this.data.regionName(e.hostRegionCode()), e.venue(), e.targetRegion(), e.organizer(), e.attendees(),
					e.enterprises(), e.notes()));
	}

	private Rows<ProjectListing> projects() {
		Period period = this.data.period();
		// a project names its event by the event's id or name: a reader wants the name
		Map<String, String> eventNames = new HashMap<>();
		this.data.queries()
			.events(this.data.regionScope(), period.from(), period.to())
			.forEach((e) -> eventNames.put(Objects.requireNonNullElse(e.id(), e.name()), e.name()));
		return this.data.queries()
			.projects(this.data.regionScope(), period.from(), period.to())
			.map((stored) -> AtPeriodEnd.of(stored, period.to()))
			.map((p) -> new ProjectListing(p, this.data.regionName(p.regionCode()),
					this.data.industryName(p.industryCode()),
					(p.industrySubCode() != null) ? this.data.subIndustryName(p.industrySubCode()) : null,
					(p.eventRef() != null) ? eventNames.getOrDefault(p.eventRef(), p.eventRef()) : null));
	}

}
