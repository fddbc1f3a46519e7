package cn.investpromo.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import cn.investpromo.ledger.LedgerItem.FileCompleted;
import cn.investpromo.ledger.LedgerItem.FileFailed;
import cn.investpromo.ledger.LedgerItem.FileStarted;
import cn.investpromo.ledger.LedgerItem.LedgerRow;
import cn.investpromo.quality.RejectedRow;
import cn.investpromo.ledger.LedgerItem.SheetStarted;
import cn.investpromo.ledger.LedgerWorkbook.LedgerSheet;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.store.LedgerStore;
import cn.investpromo.store.LedgerStore.Fingerprint;
import cn.investpromo.quality.LedgerKind;

/**
 * Reads every ledger file under the input folder, sheet by sheet and row by row,
 * streaming (SPEC §2.1, §4). Files are taken in path order so that a restart, which
 * re-reads up to the saved item count, sees the same items. A file whose content and
 * reference data are as at its last complete import is skipped: re-importing unchanged
 * ledgers reads nothing and changes nothing.
 */
public class LedgerItemReader extends AbstractItemCountingItemStreamItemReader<LedgerItem> {

	/**
	 * How the reason of a file without any ledger or reference sheet begins (SPEC §2.6:
	 * it fails the run).
	 */
	public static final String NO_LEDGER_SHEET = "没有可识别的台账工作表";

	private static final Logger log = LoggerFactory.getLogger(LedgerItemReader.class);

	/**
	 * What a library said about a file it could not read: the log file keeps it, the
	 * console never shows it.
	 */
	private static final Logger detail = LoggerFactory.getLogger("investpromo.reading");

	/**
	 * The log files' MDC key of the ledger file being read, so that a library's log line
	 * names it.
	 */
	public static final String FILE_MDC_KEY = "ledgerFile";

	/** Sheet names listed in a "no ledger sheet" line before it says how many more. */
	private static final int SHEETS_LISTED = 10;

	private static final int PROGRESS_EVERY = 50_000;

	/** Step-context key of the files skipped as unchanged, one per line. */
	public static final String UNCHANGED_KEY = "ledgerItemReader.unchanged";

	private final Path inputDir;

	private final HeaderMatcher headerMatcher;

	private final RegionCatalog regions;

	private final ReadLimits limits;

	private final LedgerStore store;

	private final String referenceHash;

	private final Deque<Path> files = new ArrayDeque<>();

	/**
	 * Files skipped as unchanged; kept in the step context so that a restart skips the
	 * same ones.
	 */
	private @Nullable List<String> unchanged;

	private @Nullable String fileSha;

	private long fileSize;

	private @Nullable LedgerWorkbook workbook;

	private String fileName = "";

	private @Nullable LedgerSheet sheet;

	private @Nullable SheetStarted current;

	/**
	 * The sheets of the file being read, and whether any was recognised (a ledger or a
	 * reference sheet).
	 */
	private final List<String> sheetNames = new ArrayList<>();

	private boolean recognised;

	/**
	 * The sheet being read, from its first row to its last, header search included:
	 * failures name it.
	 */
	private @Nullable String openSheet;

	private long rows;

	/**
	 * The widest row (filled columns) of each recognised sheet of the file being read.
	 */
	private final Map<String, Integer> widths = new LinkedHashMap<>();

	/**
	 * @param referenceHash the reference data this import reads with
	 * ({@code ReferenceData#fingerprint}): a file is skipped only when both its content
	 * and this are as at its last complete import
	 */
	public LedgerItemReader(Path inputDir, HeaderMatcher headerMatcher, RegionCatalog regions, ReadLimits limits,
			LedgerStore store, String referenceHash) {
		this.inputDir = inputDir;
		this.headerMatcher = headerMatcher;
		this.regions = regions;
		this.limits = limits;
		this.store = store;
		this.referenceHash = referenceHash;
		setName("ledgerItemReader");
	}

	@Override
	public void open(ExecutionContext context) {
		if (context.containsKey(UNCHANGED_KEY)) {
			this.unchanged = List.of(context.getString(UNCHANGED_KEY).split("\n"));
		}
		super.open(context);
	}

	@Override
	public void update(ExecutionContext context) {
		super.update(context);
		if (this.unchanged != null) {
			context.putString(UNCHANGED_KEY, String.join("\n", this.unchanged));
		}
	}

	@Override
	protected void doOpen() throws Exception {
		if (!Files.exists(this.inputDir)) {
			throw new IllegalStateException("输入目录不存在：" + this.inputDir);
		}
		List<Path> all = LedgerFiles.list(this.inputDir);
		if (this.unchanged == null) {
			List<String> skipped = new ArrayList<>();
			for (Path file : all) {
				Fingerprint last = this.store.fingerprint(relative(file));
				if (last != null && last.referenceHash().equals(this.referenceHash) && last.size() == Files.size(file)
						&& last.sha256().equals(LedgerFiles.sha256(file))) {
					skipped.add(relative(file));
				}
			}
			this.unchanged = skipped;
		}
		all.stream().filter((file) -> !this.unchanged.contains(relative(file))).forEach(this.files::add);
		log.info("Found {} ledger file(s) under {}, {} unchanged since their last import", all.size(), this.inputDir,
				this.unchanged.size());
	}

	private String relative(Path file) {
		return LedgerFiles.relative(this.inputDir, file);
	}

	@Override
	protected @Nullable LedgerItem doRead() throws Exception {
		while (true) {
			if (this.sheet != null) {
				LedgerItem item = nextRowItem();
				if (item != null) {
					return item;
				}
				continue;
			}
			if (this.workbook != null) {
				LedgerItem item = nextSheetItem();
				if (item != null) {
					return item;
				}
				continue;
			}
			Path file = this.files.poll();
			if (file == null) {
				return null;
			}
			this.fileName = relative(file);
			MDC.put(FILE_MDC_KEY, this.fileName);
			log.info("Reading {}", this.fileName);
			this.fileSha = LedgerFiles.sha256(file); // before reading: a file changed
														// meanwhile is read again next
														// time
			this.fileSize = Files.size(file);
			this.sheetNames.clear();
			this.widths.clear();
			this.recognised = false;
			try {
				this.workbook = LedgerWorkbooks.open(file, this.limits);
				return new FileStarted(this.fileName);
			}
			catch (RuntimeException ex) {
				return abandonFile(ex);
			}
		}
	}

	private @Nullable LedgerItem nextRowItem() {
		try {
			RawRow row = Objects.requireNonNull(this.sheet).nextRow();
			if (row == null) {
				this.sheet = null;
				this.openSheet = null;
				return null;
			}
			if (++this.rows % PROGRESS_EVERY == 0) {
				log.info("{} rows read ({} sheet {})", this.rows, this.fileName,
						Objects.requireNonNull(this.current).sheet());
			}
			this.limits.check(Objects.requireNonNull(this.current).sheet(), row);
			this.widths.merge(this.current.sheet(), row.filledWidth(), Math::max);
			LedgerRow item = new LedgerRow(this.current, row);
			if (row.damage() != null) { // a row the file could not give whole: rejected,
										// the rest read on
				return new LedgerItem.Rejected(new RejectedRow(item.source(), "", row.cell(0), row.damage()));
			}
			return item;
		}
		catch (IOException | RuntimeException ex) {
			return abandonFile(ex);
		}
	}

	private @Nullable LedgerItem nextSheetItem() {
		try {
			LedgerSheet next = Objects.requireNonNull(this.workbook).nextSheet();
			if (next == null) {
				closeWorkbook();
				if (!this.recognised) {
					return noLedgerSheet();
				}
				MDC.remove(FILE_MDC_KEY);
				return (this.fileSha != null) ? new FileCompleted(this.fileName, this.fileSha, this.fileSize,
						this.referenceHash, Map.copyOf(this.widths)) : null;
			}
			this.sheetNames.add(next.name());
			this.openSheet = next.name();
			LedgerItem started = startSheet(next);
			if (this.sheet == null) {
				this.openSheet = null; // skipped: the rest of it is not read
			}
			return started;
		}
		catch (IOException | RuntimeException ex) {
			return abandonFile(ex);
		}
	}

	/**
	 * Looks for the header row among the first rows; titles above it give the sheet's
	 * region context.
	 */
	private LedgerItem startSheet(LedgerSheet next) throws IOException {
		List<RawRow> above = new ArrayList<>();
		SheetLayout layout = null;
		int headerWidth = 0;
		RawRow row;
		while (layout == null && above.size() < HeaderMatcher.HEADER_SEARCH_ROWS && (row = next.nextRow()) != null) {
			if (row.number() > HeaderMatcher.HEADER_SEARCH_ROWS) {
				break;
			}
			Optional<SheetLayout> match = (row.damage() == null) ? this.headerMatcher.match(row) : Optional.empty();
			if (match.isPresent()) {
				layout = match.get();
				this.limits.check(next.name(), row);
				headerWidth = row.filledWidth();
			}
			else {
				above.add(row);
			}
		}
		if (layout == null) {
			log.warn("{} sheet {}: no ledger header row in the first {} rows, skipped", this.fileName, next.name(),
					HeaderMatcher.HEADER_SEARCH_ROWS);
			return new SheetStarted(this.fileName, next.name(), LedgerKind.SKIPPED, null, null);
		}
		int width = above.stream().mapToInt(RawRow::filledWidth).max().orElse(0);
		// the header row was read too, and counts like any other
		this.widths.put(next.name(), Math.max(width, headerWidth));
		StringBuilder titles = new StringBuilder(this.fileName).append(' ').append(next.name());
		above.forEach((title) -> titles.append(' ').append(String.join(" ", title.cells())));
		String context = this.regions.findContextIn(titles.toString()).map(Region::code).orElse(null);
		this.sheet = next;
		this.recognised = true;
		this.current = new SheetStarted(this.fileName, next.name(), layout.kind(), layout, context);
		return this.current;
	}

	/**
	 * The file as unreadable, in one line: the readers' own causes as they give them (in
	 * Chinese and English, naming the sheet where they know it); anything else a library
	 * threw is "damaged", its own text kept for the log file only, as it is in English,
	 * names no file and is often a Java class name.
	 */
	private FileFailed abandonFile(Exception ex) {
		UnreadableFileException cause = null;
		for (Throwable t = ex; t != null && cause == null; t = (t.getCause() == t) ? null : t.getCause()) {
			cause = (t instanceof UnreadableFileException unreadable) ? unreadable : null;
		}
		String message;
		if (cause != null) {
			message = Objects.requireNonNull(cause.getMessage());
			if (cause.getCause() != null) {
				detail.warn("{}: {}", this.fileName, cause.getCause().toString());
			}
		}
		else {
			detail.warn("{}: {}", this.fileName, ex.toString());
			message = UnreadableFileException.line("文件已损坏，内容无法读取",
					"the file is damaged and its content cannot be read");
		}
		// one line: readers name the sheet themselves in most messages
		String where = (this.openSheet != null && !message.startsWith("工作表")) ? "工作表 " + this.openSheet + "：" : "";
		closeWorkbook();
		MDC.remove(FILE_MDC_KEY);
		return new FileFailed(this.fileName, where + message.lines().findFirst().orElse(message));
	}

	/**
	 * SPEC §2.6: a file none of whose sheets is a ledger or a reference sheet fails the
	 * run, naming its sheets.
	 */
	private FileFailed noLedgerSheet() {
		MDC.remove(FILE_MDC_KEY);
		if (this.sheetNames.isEmpty()) {
			return new FileFailed(this.fileName, UnreadableFileException.line(NO_LEDGER_SHEET + "（工作簿中没有工作表）",
					"no ledger sheet (the workbook has no sheet)"));
		}
		List<String> listed = this.sheetNames.subList(0, Math.min(SHEETS_LISTED, this.sheetNames.size()));
		int more = this.sheetNames.size() - listed.size();
		String zh = String.join("、", listed) + ((more > 0) ? " 等 " + this.sheetNames.size() + " 个" : "");
		String en = String.join(", ", listed) + ((more > 0) ? " and " + more + " more" : "");
		return new FileFailed(this.fileName, UnreadableFileException.line(NO_LEDGER_SHEET + "（已检查工作表：" + zh + "）",
				"no ledger sheet (sheets checked: " + en + ")"));
	}

	private void closeWorkbook() {
		this.sheet = null;
		this.openSheet = null;
		this.current = null;
		if (this.workbook != null) {
			try {
				this.workbook.close();
			}
			catch (IOException ex) {
				log.debug("Closing {} failed", this.fileName, ex);
			}
			this.workbook = null;
		}
	}

	@Override
	protected void doClose() {
		closeWorkbook();
		MDC.remove(FILE_MDC_KEY);
		this.files.clear();
	}

}
