package cn.investpromo.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import cn.investpromo.enterprise.EnterpriseRow;
import cn.investpromo.ledger.LedgerWorkbook.LedgerSheet;
import cn.investpromo.industry.IndustryKeywords;
import cn.investpromo.target.TargetRow;
import cn.investpromo.region.UserRegion;
import cn.investpromo.region.Region;
import cn.investpromo.store.ReferenceStore;
import cn.investpromo.system.ReferenceData;
import cn.investpromo.value.FxRates;
import cn.investpromo.quality.LedgerKind;

/**
 * The first import step: reads only the reference sheets (regions, industries, targets;
 * SPEC §2.3) of every changed file and stores what reads, so that the ledger rows of the
 * next step resolve against them whatever the file order. Bad rows and unreadable files
 * are left to the next step, which lists them in data quality.
 */
public class ReferenceSheetImport {

	private static final Logger log = LoggerFactory.getLogger(ReferenceSheetImport.class);

	private final ImportInput input;

	private final ReadLimits limits;

	private final ReferenceData referenceData;

	private final ReferenceStore referenceStore;

	private final FxRates fxRates;

	private final HeaderMatcher headerMatcher = new HeaderMatcher();

	public ReferenceSheetImport(ImportInput input, ReadLimits limits, ReferenceData referenceData,
			ReferenceStore referenceStore, FxRates fxRates) {
		this.input = input;
		this.limits = limits;
		this.referenceData = referenceData;
		this.referenceStore = referenceStore;
		this.fxRates = fxRates;
	}

	public void run() {
		List<String> changedFiles = new ArrayList<>();
		List<ReferenceSheetRows> sheets = new ArrayList<>();
		for (ImportInput.InputFile input : this.input.files()) {
			if (input.contentUnchanged()) {
				continue; // its reference rows, if any, are stored already
			}
			String name = input.name();
			Path file = input.file();
			MDC.put(LedgerItemReader.FILE_MDC_KEY, name);
			try {
				sheets.addAll(referenceSheets(name, file));
				changedFiles.add(name);
			}
			catch (IOException | RuntimeException ex) {
				log.debug("{}: reference sheets not read ({}); the import step reports the file", name,
						ex.getMessage());
			}
			finally {
				MDC.remove(LedgerItemReader.FILE_MDC_KEY);
			}
		}
		if (changedFiles.isEmpty()) {
			return;
		}
		storeRegions(sheets);
		storeIndustries(changedFiles, sheets);
		storeTargets(changedFiles, sheets);
		storeEnterprises(changedFiles, sheets);
	}

	private List<ReferenceSheetRows> referenceSheets(String name, Path file) throws IOException {
		List<ReferenceSheetRows> found = new ArrayList<>();
		try (LedgerWorkbook workbook = LedgerWorkbooks.open(file, this.limits)) {
			LedgerSheet sheet;
			while ((sheet = workbook.nextSheet()) != null) {
				SheetLayout layout = this.headerMatcher.find(sheet).layout();
				RawRow row;
				if (layout == null || !layout.kind().reference()) {
					continue; // ledgers are the next step's; the workbook skips the rest
								// of this sheet
				}
				List<RawRow> rows = new ArrayList<>();
				while ((row = sheet.nextRow()) != null) {
					this.limits.check(sheet.name(), row); // held in memory: an oversized
															// sheet is the next step's to
															// name
					if (row.damage() == null) {
						rows.add(row);
					}
				}
				found.add(new ReferenceSheetRows(name, sheet.name(), layout, rows));
			}
		}
		return found;
	}

	private void storeRegions(List<ReferenceSheetRows> sheets) {
		ReferenceRows rows = new ReferenceRows(this.referenceData.regions(), this.fxRates);
		Map<String, Region> defined = new LinkedHashMap<>();
		List<UserRegion> regions = new ArrayList<>();
		for (ReferenceSheetRows sheet : ReferenceSheetRows.of(sheets, LedgerKind.REGIONS)) {
			for (RawRow row : sheet.rows()) {
				read(() -> rows.region(row, sheet.layout(), sheet.source(row), defined)).ifPresent((region) -> {
					regions.add(region);
					defined.put(ReferenceRows.nameKey(region.region().name()), region.region());
				});
			}
		}
		this.referenceStore.saveUserRegions(regions);
	}

	private void storeIndustries(List<String> files, List<ReferenceSheetRows> sheets) {
		ReferenceRows rows = new ReferenceRows(this.referenceData.regions(), this.fxRates);
		for (String file : files) {
			List<IndustryKeywords> keywords = new ArrayList<>();
			for (ReferenceSheetRows sheet : ReferenceSheetRows.of(sheets, LedgerKind.INDUSTRIES)) {
				if (sheet.file().equals(file)) {
					sheet.rows()
						.forEach((row) -> read(() -> rows.industry(row, sheet.layout(), sheet.source(row)))
							.ifPresent(keywords::add));
				}
			}
			this.referenceStore.replaceIndustryKeywords(file, keywords);
		}
	}

	private void storeTargets(List<String> files, List<ReferenceSheetRows> sheets) {
		// resolved after the regions are stored, so a target may name a zone defined in
		// any file
		ReferenceRows rows = new ReferenceRows(this.referenceData.regions(), this.fxRates);
		for (String file : files) {
			List<TargetRow> targets = new ArrayList<>();
			for (ReferenceSheetRows sheet : ReferenceSheetRows.of(sheets, LedgerKind.TARGETS)) {
				if (sheet.file().equals(file)) {
					sheet.rows()
						.forEach((row) -> read(() -> rows.target(row, sheet.layout(), sheet.source(row)))
							.ifPresent(targets::add));
				}
			}
			this.referenceStore.replaceTargets(file, targets);
		}
	}

	private void storeEnterprises(List<String> files, List<ReferenceSheetRows> sheets) {
		for (String file : files) {
			List<EnterpriseRow> enterprises = new ArrayList<>();
			for (ReferenceSheetRows sheet : ReferenceSheetRows.of(sheets, LedgerKind.ENTERPRISES)) {
				if (sheet.file().equals(file)) {
					sheet.rows()
						.forEach((row) -> read(() -> EnterpriseRows.enterprise(row, sheet.layout(), sheet.source(row)))
							.ifPresent(enterprises::add));
				}
			}
			this.referenceStore.replaceEnterprises(file, enterprises);
		}
	}

	private static <T> Optional<T> read(java.util.function.Supplier<T> parse) {
		try {
			return Optional.of(parse.get());
		}
		catch (InvalidCellException ex) {
			return Optional.empty(); // listed with its reason by the import step
		}
	}

}
