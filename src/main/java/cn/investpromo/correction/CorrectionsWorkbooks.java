package cn.investpromo.correction;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.investpromo.ledger.LedgerFiles;
import cn.investpromo.ledger.LedgerWorkbook;
import cn.investpromo.ledger.LedgerWorkbook.LedgerSheet;
import cn.investpromo.ledger.LedgerWorkbooks;
import cn.investpromo.ledger.RawRow;
import cn.investpromo.ledger.ReadLimits;
import cn.investpromo.store.LedgerStore;
import cn.investpromo.store.LedgerStore.StoredReject;
import cn.investpromo.system.InvestpromoProperties;

/**
 * The corrections workbook of a ledger with rejected rows,
 * {@code <out>/待修正/<ledger>-待修正.xlsx}: the ledger's sheets as read, every row at its own
 * row number, plus a 错误原因 column; each rejected row's bad cell is filled red, and the
 * first of them carry the reason as a comment too ({@link CorrectionSheet}). The clerk
 * fixes those cells and puts the file in place of the ledger; the next import reads the
 * same keys and ignores the added column. Written streaming (SXSSF) from a second
 * streaming read of the ledger, so a ledger of a million rows needs no more memory than
 * its import.
 */
@Component
public class CorrectionsWorkbooks {

	/** The folder under the report folder that holds the corrections workbooks. */
	public static final String FOLDER = "待修正";

	/**
	 * The column added after a sheet's widest row; the import knows no such header and
	 * ignores it.
	 */
	public static final String REASON_HEADER = "错误原因";

	private static final Logger log = LoggerFactory.getLogger(CorrectionsWorkbooks.class);

	private final LedgerStore store;

	private final ReadLimits limits;

	public CorrectionsWorkbooks(LedgerStore store, InvestpromoProperties properties) {
		this.store = store;
		// the columns the import read, so that the reason column comes after all of them
		this.limits = new ReadLimits(properties.maxColumns(), Integer.MAX_VALUE, Long.MAX_VALUE);
	}

	/**
	 * For each ledger {@code files} of the input (a folder or one file), writes its
	 * corrections workbook when its latest import rejected rows, and removes an earlier
	 * one when it rejected none, so the folder never lists rows that were fixed. Files in
	 * {@code unchanged} keep a corrections workbook already written.
	 * @throws IOException also, with one plain line, when the heap is too small for the
	 * workbook: the rows imported are stored either way
	 */
	public List<Written> update(Path input, List<Path> files, Set<String> unchanged, Path outputDir, boolean english)
			throws IOException {
		List<Written> written = new ArrayList<>();
		Path folder = outputDir.resolve(FOLDER);
		for (Path file : files) {
			String name = LedgerFiles.relative(input, file);
			Path target = folder.resolve(baseName(file) + "-" + FOLDER + ".xlsx");
			List<StoredReject> rejects = this.store.rejects(name);
			if (rejects.isEmpty()) {
				Files.deleteIfExists(target);
				continue;
			}
			if (!unchanged.contains(name) || !Files.isRegularFile(target)) {
				Files.createDirectories(folder);
				write(file, rejects, this.store.headerRows(name), this.store.sheetWidths(name), target, english,
						this.limits);
			}
			written.add(new Written(target, rejects.size()));
		}
		return written;
	}

	/** A corrections workbook and how many rejected rows it marks. */
	public record Written(Path file, int rejectedRows) {
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

	/**
	 * Writes one corrections workbook; an out-of-memory error becomes one plain line, the
	 * partial file removed.
	 */
	static void write(Path ledger, List<StoredReject> rejects, Map<String, Integer> headerRows,
			Map<String, Integer> storedWidths, Path target, boolean english, ReadLimits limits) throws IOException {
		Path partial = target.resolveSibling(target.getFileName() + ".part");
		try {
			writeStreaming(ledger, rejects, headerRows, storedWidths, partial, english, limits);
		}
		catch (OutOfMemoryError ex) {
			// what held the memory is unreachable now; no cause kept: its message is the
			// JVM's, in English
			Files.deleteIfExists(partial);
			throw new IOException(ledger.getFileName() + "：内存不足，未能写出待修正工作簿（导入的行已保存；请用更大的 -Xmx 再次导入）/ out of "
					+ "memory writing the corrections workbook (the imported rows are stored; import again with a larger -Xmx)");
		}
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		log.info("Corrections for {}: {} rejected row(s) marked in {}", ledger.getFileName(), rejects.size(), target);
	}

	private static void writeStreaming(Path ledger, List<StoredReject> rejects, Map<String, Integer> headerRows,
			Map<String, Integer> storedWidths, Path partial, boolean english, ReadLimits limits) throws IOException {
		// the import measured its sheets as it read them (V12); only a sheet it did not
		// measure makes us read the ledger one more time. Sheets without a header row
		// hold no rejects and get no reason column.
		Map<String, Integer> widths = storedWidths.keySet().containsAll(headerRows.keySet()) ? storedWidths
				: widths(ledger, limits);
		Map<String, Map<Integer, StoredReject>> bySheet = new HashMap<>();
		for (StoredReject reject : rejects) {
			bySheet.computeIfAbsent(reject.sheet(), (sheet) -> new HashMap<>()).put(reject.row(), reject);
		}
		// a small window: rows go to a temporary file as they are written
		try (SXSSFWorkbook workbook = new FastZipWorkbook(100);
				LedgerWorkbook source = LedgerWorkbooks.open(ledger, limits)) {
			CorrectionSheet.Context context = new CorrectionSheet.Context(new CorrectionStyles(workbook),
					new CommentBudget(CommentBudget.COMMENTS, rejects), english);
			Set<String> names = new HashSet<>();
			LedgerSheet sheet;
			while ((sheet = source.nextSheet()) != null) {
				new CorrectionSheet(workbook.createSheet(CorrectionCells.uniqueName(sheet.name(), names)), context)
					.copy(sheet, widths.getOrDefault(sheet.name(), 0), headerRows.get(sheet.name()),
							bySheet.getOrDefault(sheet.name(), Map.of()));
			}
			try (OutputStream stream = Files.newOutputStream(partial)) {
				workbook.write(stream);
			}
			workbook.dispose();
		}
	}

	/**
	 * The first pass: each sheet's widest row, so the reason column comes after every
	 * column of the sheet.
	 */
	private static Map<String, Integer> widths(Path ledger, ReadLimits limits) throws IOException {
		Map<String, Integer> widths = new HashMap<>();
		try (LedgerWorkbook source = LedgerWorkbooks.open(ledger, limits)) {
			LedgerSheet sheet;
			while ((sheet = source.nextSheet()) != null) {
				int width = 0;
				RawRow row;
				while ((row = sheet.nextRow()) != null) {
					width = Math.max(width, row.filledWidth());
				}
				widths.put(sheet.name(), width);
			}
		}
		return widths;
	}

}
