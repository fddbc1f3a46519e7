package cn.investpromo.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.investpromo.ledger.LedgerItem.EventRecord;
import cn.investpromo.ledger.LedgerItem.ProjectRecord;

/** The month's events and projects as the report lists them, and its ten largest projects (SPEC §5). */
final class Listings {

	private final ScopedRows rows;

	Listings(ScopedRows rows) {
		this.rows = rows;
	}

	List<TopProject> topProjects(List<ProjectRecord> monthProjects) {
		List<ProjectRecord> ranked = monthProjects.stream()
			.filter((p) -> p.amountWan() != null && p.amountWan().signum() > 0)
			.sorted(Comparator.comparing(ProjectRecord::amountWan).reversed().thenComparing(ProjectRecord::key))
			.limit(10)
			.toList();
		List<TopProject> top = new ArrayList<>();
		for (int i = 0; i < ranked.size(); i++) {
			ProjectRecord p = ranked.get(i);
			top.add(new TopProject(i + 1, p.name(), p.investor(), p.regionCode(), this.rows.regionName(p.regionCode()),
					p.industryCode(), this.rows.industryName(p.industryCode()), p.amountWan(), p.signedDate()));
		}
		return List.copyOf(top);
	}

	List<EventListing> events(List<EventRecord> monthEvents) {
		return monthEvents.stream()
			.map((e) -> new EventListing(e.id(), e.name(), e.type(), e.startDate(), e.endDate(),
					this.rows.regionName(e.hostRegionCode()), e.venue(), e.targetRegion(), e.organizer(),
					e.attendees(), e.enterprises(), e.notes()))
			.toList();
	}

	List<ProjectListing> projects(List<ProjectRecord> monthProjects) {
		return monthProjects.stream()
			.map((p) -> new ProjectListing(p.id(), p.name(), p.signedDate(), this.rows.regionName(p.regionCode()),
					p.investor(), p.investorOriginText(), p.industryCode(), this.rows.industryName(p.industryCode()),
					p.agreementType(), p.amountWan(), p.status(), p.eventRef(), p.notes(), p.industrySubCode(),
					(p.industrySubCode() != null) ? this.rows.subIndustryName(p.industrySubCode()) : null))
			.toList();
	}

}
