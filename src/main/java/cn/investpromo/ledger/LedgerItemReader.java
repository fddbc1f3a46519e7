package cn.investpromo.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import cn.investpromo.ledger.LedgerItem.FileCompleted;
import cn.investpromo.ledger.LedgerItem.FileFailed;
import cn.investpromo.ledger.LedgerItem.FileStarted;
import cn.investpromo.ledger.LedgerItem.LedgerRow;
import cn.investpromo.ledger.LedgerItem.SheetStarted;
import cn.investpromo.ledger.LedgerWorkbook.LedgerSheet;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.store.LedgerStore;
import cn.investpromo.store.LedgerStore.Fingerprint;
import cn.investpromo.quality.LedgerKind;

/**
 * Reads every ledger file under the input folder, sheet by sheet and row by row, streaming (SPEC §2.1, §4).
 * Files are taken in path order so that a restart, which re-reads up to the saved item count, sees the same items.
 * A file whose content and reference data are as at its last complete import is skipped: re-importing unchanged
 * ledgers reads nothing and changes nothing.
 */
public class LedgerItemReader extends AbstractItemCountingItemStreamItemReader<LedgerItem> {

	private static final Logger log = LoggerFactory.getLogger(LedgerItemReader.class);

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

	/** Files skipped as unchanged; kept in the step context so that a restart skips the same ones. */
	private @Nullable List<String> unchanged;

	private @Nullable String fileSha;

	private long fileSize;

	private @Nullable LedgerWorkbook workbook;

	private String fileName = "";

	private @Nullable LedgerSheet sheet;

	private @Nullable SheetStarted current;

	private long rows;

	/**
	 * @param referenceHash the reference data this import reads with ({@code ReferenceData#fingerprint}): a file is
	 * skipped only when both its content and this are as at its last complete import
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
		if (!Files.isDirectory(this.inputDir)) {
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
		log.info("Found {} ledger file(s) under {}, {} unchanged since their last import", all.size(),
				this.inputDir, this.unchanged.size());
	}

	private String relative(Path file) {
		return this.inputDir.relativize(file).toString().replace('\\', '/');
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
			log.info("Reading {}", this.fileName);
			this.fileSha = LedgerFiles.sha256(file); // before reading: a file changed meanwhile is read again next time
			this.fileSize = Files.size(file);
			try {
				this.workbook = LedgerWorkbooks.open(file, this.limits);
				return new FileStarted(this.fileName);
			}
			catch (UnreadableFileException ex) {
				return new FileFailed(this.fileName, ex.getMessage());
			}
		}
	}

	private @Nullable LedgerItem nextRowItem() {
		try {
			RawRow row = this.sheet.nextRow();
			if (row == null) {
				this.sheet = null;
				return null;
			}
			if (++this.rows % PROGRESS_EVERY == 0) {
				log.info("{} rows read ({} sheet {})", this.rows, this.fileName, this.current.sheet());
			}
			return new LedgerRow(this.current, row);
		}
		catch (IOException | RuntimeException ex) {
			return abandonFile(ex);
		}
	}

	private @Nullable LedgerItem nextSheetItem() {
		try {
			LedgerSheet next = this.workbook.nextSheet();
			if (next == null) {
				closeWorkbook();
				return (this.fileSha != null)
						? new FileCompleted(this.fileName, this.fileSha, this.fileSize, this.referenceHash) : null;
			}
			return startSheet(next);
		}
		catch (IOException | RuntimeException ex) {
			return abandonFile(ex);
		}
	}

	/** Looks for the header row among the first rows; titles above it give the sheet's region context. */
	private LedgerItem startSheet(LedgerSheet next) throws IOException {
		List<RawRow> above = new ArrayList<>();
		SheetLayout layout = null;
		RawRow row;
		while (layout == null && above.size() < HeaderMatcher.HEADER_SEARCH_ROWS && (row = next.nextRow()) != null) {
			if (row.number() > HeaderMatcher.HEADER_SEARCH_ROWS) {
				break;
			}
			Optional<SheetLayout> match = this.headerMatcher.match(row);
			if (match.isPresent()) {
				layout = match.get();
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
		StringBuilder titles = new StringBuilder(this.fileName).append(' ').append(next.name());
		above.forEach((title) -> titles.append(' ').append(String.join(" ", title.cells())));
		String context = this.regions.findContextIn(titles.toString()).map(Region::code).orElse(null);
		this.sheet = next;
		this.current = new SheetStarted(this.fileName, next.name(), layout.kind(), layout, context);
		return this.current;
	}

	private FileFailed abandonFile(Exception ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		// one line: readers name the sheet themselves in most messages
		String where = (this.current != null && this.sheet != null && !message.startsWith("工作表"))
				? "工作表 " + this.current.sheet() + "：" : "";
		closeWorkbook();
		return new FileFailed(this.fileName, where + message.lines().findFirst().orElse(message));
	}

	private void closeWorkbook() {
		this.sheet = null;
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
		this.files.clear();
	}

}
