package cn.investpromo.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.investpromo.industry.IndustryTaxonomy;
import cn.investpromo.ledger.LedgerItem.EventRecord;
import cn.investpromo.ledger.LedgerItem.ProjectRecord;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;

/** The rows of one report computation filtered to its scope, with the lookups every section of the report needs. */
final class ScopedRows {

	private final ReportModelBuilder.Input input;

	private final RegionCatalog regions;

	private final IndustryTaxonomy industries;

	private final List<EventRecord> events;

	private final List<ProjectRecord> projects;

	/** Projects in scope that may have started or produced in M, each once, signed at any time. */
	private final List<ProjectRecord> mayHaveLanded;

	ScopedRows(ReportModelBuilder.Input input, RegionCatalog regions, IndustryTaxonomy industries) {
		this.input = input;
		this.regions = regions;
		this.industries = industries;
		this.events = input.events().stream().filter((e) -> inScope(e.hostRegionCode())).toList();
		this.projects = input.projects().stream().filter((p) -> inScope(p.regionCode())).toList();
		Map<String, ProjectRecord> landed = new LinkedHashMap<>();
		Stream.concat(this.projects.stream(), input.landed().stream())
			.filter((p) -> inScope(p.regionCode()))
			.forEach((p) -> landed.putIfAbsent(p.key(), p));
		this.mayHaveLanded = List.copyOf(landed.values());
	}

	private boolean inScope(String regionCode) {
		return this.regions.byCode(regionCode).map((region) -> this.regions.contains(scope(), region)).orElse(false);
	}

	ReportModelBuilder.Input input() {
		return this.input;
	}

	YearMonth month() {
		return this.input.month();
	}

	Region scope() {
		return this.input.scope();
	}

	boolean english() {
		return this.input.language().english();
	}

	RegionCatalog regions() {
		return this.regions;
	}

	IndustryTaxonomy industries() {
		return this.industries;
	}

	/** Events in scope, from the window's start to the end of M. */
	List<EventRecord> events() {
		return this.events;
	}

	/** Projects in scope, signed from the window's start to the end of M. */
	List<ProjectRecord> projects() {
		return this.projects;
	}

	List<ProjectRecord> mayHaveLanded() {
		return this.mayHaveLanded;
	}

	/** Events in scope starting in the months {@code from} to {@code to}, both included. */
	List<EventRecord> eventsIn(YearMonth from, YearMonth to) {
		LocalDate start = from.atDay(1);
		LocalDate end = to.atEndOfMonth();
		return this.events.stream()
			.filter((e) -> !e.startDate().isBefore(start) && !e.startDate().isAfter(end))
			.toList();
	}

	/** Projects in scope signed in the months {@code from} to {@code to}, both included. */
	List<ProjectRecord> projectsIn(YearMonth from, YearMonth to) {
		LocalDate start = from.atDay(1);
		LocalDate end = to.atEndOfMonth();
		return this.projects.stream()
			.filter((p) -> !p.signedDate().isBefore(start) && !p.signedDate().isAfter(end))
			.toList();
	}

	/** The regions of the by-region tables: the scope itself (本级) first, then its children. */
	List<Region> rowRegions() {
		List<Region> rows = new ArrayList<>();
		rows.add(scope());
		rows.addAll(this.regions.children(scope().code()));
		return rows;
	}

	/** The row a region falls in: the scope's child on its path, or the scope itself (本级). */
	Region rowRegion(String regionCode) {
		Region region = this.regions.byCode(regionCode).orElseThrow();
		return this.regions.childOfScopeContaining(scope(), region).orElse(scope());
	}

	String regionName(String code) {
		return this.regions.byCode(code).map(Region::name).orElse(code);
	}

	String industryName(String code) {
		return this.industries.byCode(code).name(english());
	}

	/** The sub-industry's name; its code when the taxonomy no longer has it (an industries sheet was removed). */
	String subIndustryName(String code) {
		return this.industries.subIndustry(code).map((sub) -> sub.name(english())).orElse(code);
	}

}
