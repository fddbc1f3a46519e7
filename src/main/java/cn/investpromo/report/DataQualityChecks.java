package cn.investpromo.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import cn.investpromo.project.SignedProject;
import cn.investpromo.report.DataQuality.PossibleDuplicate;
import cn.investpromo.quality.Reject;
import cn.investpromo.store.Rows;
import cn.investpromo.quality.SheetQuality;
import cn.investpromo.store.ReportQueries;
import cn.investpromo.value.TextNormalizer;

/**
 * The report's data-quality section: import totals, rejected rows, unmatched industries
 * and possible duplicates.
 */
final class DataQualityChecks {

	private static final int DUPLICATE_DAYS = 7;

	private final ReportData data;

	DataQualityChecks(ReportData data) {
		this.data = data;
	}

	/**
	 * The files that hold rows of the scope (all files for 全国) and every file that could
	 * not be read, their rejects, and the unmatched industries and possible duplicates of
	 * the scope's projects in the report's window.
	 */
	DataQuality dataQuality() {
		ReportQueries queries = this.data.queries();
		LocalDate from = ReportData.windowStart(this.data.period());
		LocalDate to = this.data.period().to();
		// by normal form, so that 新材料（复合） and 新材料(复合) are listed once, as first written
		Map<String, String> unmatchedByKey = new LinkedHashMap<>();
		queries.unmatchedIndustries(this.data.regionScope(), from, to, this.data.industries().other().code())
			.forEach((text) -> unmatchedByKey.putIfAbsent(TextNormalizer.normalize(text), text));
		TreeSet<String> unmatched = new TreeSet<>(unmatchedByKey.values());
		List<SheetQuality> sheets = queries.sheets(this.data.qualityScope());
		DataQuality.Totals totals = new DataQuality.Totals(sheets.stream().map(SheetQuality::file).distinct().count(),
				sheets.size(), sheets.stream().mapToLong(SheetQuality::read).sum(),
				sheets.stream().mapToLong(SheetQuality::accepted).sum(),
				sheets.stream().mapToLong(SheetQuality::rejected).sum());
		Rows<Reject> rejects = queries.rejects(this.data.qualityScope(), this.data.english());
		return new DataQuality(sheets, rejects, List.copyOf(unmatched),
				possibleDuplicates(queries.possibleDuplicates(this.data.regionScope(), from, to, DUPLICATE_DAYS)),
				totals, new RejectedInComparisons(this.data).rejects());
	}

	/**
	 * SPEC §2.5: different keys, same investor, same landing region, signed within 7
	 * days.
	 */
	private List<PossibleDuplicate> possibleDuplicates(List<SignedProject> candidates) {
		Map<List<String>, List<SignedProject>> groups = new LinkedHashMap<>();
		for (SignedProject p : candidates) {
			// stored as written, compared in normal form: 某公司（香港） and 某公司(香港) are one
			// investor
			String investor = TextNormalizer.comparisonKey(p.investor());
			groups.computeIfAbsent(List.of(investor, p.regionCode()), (k) -> new ArrayList<>()).add(p);
		}
		List<PossibleDuplicate> duplicates = new ArrayList<>();
		for (List<SignedProject> group : groups.values()) {
			for (int i = 0; i < group.size(); i++) {
				for (int j = i + 1; j < group.size(); j++) {
					SignedProject a = group.get(i);
					SignedProject b = group.get(j);
					long days = Math.abs(b.signedDate().toEpochDay() - a.signedDate().toEpochDay());
					if (days <= DUPLICATE_DAYS) {
						duplicates.add(new PossibleDuplicate(describe(a), describe(b),
								this.data.labels().format("quality.duplicate.reason", String.valueOf(days))));
					}
				}
			}
		}
		return List.copyOf(duplicates);
	}

	private String describe(SignedProject p) {
		String id = Objects.requireNonNullElse(p.id(), p.signedDate().toString());
		return this.data.labels()
			.format("quality.duplicate.project", p.name(), id, p.source().file(), p.source().sheet(),
					String.valueOf(p.source().row()));
	}

}
