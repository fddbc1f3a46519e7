package cn.investpromo.ledger.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.ColumnInfoRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactory;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.WriteProtectRecord;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.LittleEndian;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.investpromo.ledger.LedgerWorkbook;
import cn.investpromo.ledger.RawRow;
import cn.investpromo.ledger.ReadLimits;
import cn.investpromo.ledger.UnreadableFileException;
import cn.investpromo.value.Reason;

/**
 * Streams a legacy .xls (BIFF8) workbook with POI's HSSF event API, pulling records one
 * by one from the Workbook stream (named in any capitalisation, or {@code Book} as some
 * report writers name it): shared strings, number formats (for dates) and sheet names
 * come from the workbook globals, then each worksheet's cell records are gathered into
 * rows. Formulas are read through their cached results; hidden columns are left blank.
 * The file is opened read-only and never loaded as a whole workbook.
 *
 * <p>
 * Records are framed by their own lengths, as xlrd does: bytes a record has beyond what
 * it holds are ignored, a record that cannot be parsed is skipped, and a cell record that
 * cannot be parsed (or a text cell pointing past the shared strings) makes its row a
 * damaged row, rejected with its reason while the rest is read. Only when the stream
 * cannot be followed (a record length past the BIFF limit, a BOF or EOF that cannot be
 * read) is the file refused. An encrypted workbook (a FILEPASS record after the first
 * BOF) is refused as such.
 */
public final class XlsLedgerWorkbook implements LedgerWorkbook {

	private static final Logger log = LoggerFactory.getLogger(XlsLedgerWorkbook.class);

	private static final MathContext EXCEL_PRECISION = new MathContext(15);

	// cell records: never continued, so each is parsed from a copy of its own bytes and a
	// damaged one names its row
	private static final Set<Short> CELL_SIDS = Set.of(NumberRecord.sid, LabelSSTRecord.sid, LabelRecord.sid,
			BoolErrRecord.sid, RKRecord.sid, MulRKRecord.sid, FormulaRecord.sid);

	private final POIFSFileSystem fs;

	private final InputStream stream;

	// frames the records; parsing them is ours, so that a damaged one costs only itself
	private final RecordInputStream raw;

	// the stream ended inside a record: nothing more to read
	private boolean exhausted;

	// past the last substream
	private boolean finished;

	// number formats by XF index, fed every globals record; the no-op child keeps it a
	// pure tracker
	private final FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener((record) -> {
	});

	private final List<String> sheetNames = new ArrayList<>();

	private @Nullable SSTRecord strings;

	private boolean date1904;

	private int sheetIndex = -1;

	private @Nullable StreamingSheet current;

	private XlsLedgerWorkbook(POIFSFileSystem fs, InputStream stream) {
		this.fs = fs;
		this.stream = stream;
		this.raw = new RecordInputStream(stream);
		readGlobals();
	}

	/**
	 * Opens the OLE2 file read-only, turning every way it can fail into one plain line,
	 * in Chinese and English.
	 */
	public static XlsLedgerWorkbook open(Path file, ReadLimits limits) {
		POIFSFileSystem fs;
		try {
			fs = new POIFSFileSystem(file.toFile(), true);
		}
		catch (IOException | RuntimeException ex) {
			throw damaged(ex);
		}
		try {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
				// an encrypted .xlsx is an OLE2 container holding the encrypted package
				throw encrypted(null);
			}
			String name = workbookStream(root);
			if (name == null) {
				throw new UnreadableFileException("不是电子表格：这是其他 Office 文档（如 Word），不是 Excel 工作簿",
						"not a spreadsheet: another Office document (such as Word), not an Excel workbook");
			}
			int version = bofVersion(root, name);
			if (version < 0 || version > BOFRecord.VERSION) {
				throw new UnreadableFileException("文件已损坏，工作簿流不以 Excel 的文件头开始",
						"the file is damaged: its workbook stream does not start as Excel's do");
			}
			if (version < BOFRecord.VERSION) {
				throw excel95(null);
			}
			if (filePass(root, name)) {
				// even one protected with Excel's default password: POI's decryption of
				// those gives garbage here
				throw encrypted(null);
			}
			return new XlsLedgerWorkbook(fs, root.createDocumentInputStream(name));
		}
		catch (EncryptedDocumentException ex) {
			close(fs);
			throw encrypted(ex);
		}
		catch (OldExcelFormatException ex) {
			close(fs);
			throw excel95(ex);
		}
		catch (UnreadableFileException ex) {
			close(fs);
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			close(fs);
			throw damaged(ex);
		}
	}

	/**
	 * The workbook stream: {@code Workbook} as Excel 97 and later name it, in any
	 * capitalisation (report writers write {@code WORKBOOK} or {@code BOOK}), else
	 * {@code Book}, the name Excel 5.0/95 used.
	 */
	private static @Nullable String workbookStream(DirectoryNode root) {
		String book = null;
		for (Entry entry : root) {
			if (!(entry instanceof DocumentEntry)) {
				continue;
			}
			if (entry.getName().equalsIgnoreCase("Workbook")) {
				return entry.getName();
			}
			if (entry.getName().equalsIgnoreCase("Book")) {
				book = entry.getName();
			}
		}
		return book;
	}

	/**
	 * The BIFF version of the stream's first record, its BOF: 0x0600 for Excel 97 and
	 * later (BIFF8), 0x0500 for Excel 5.0/95; -1 when the stream does not start with a
	 * BOF record at all.
	 */
	private static int bofVersion(DirectoryNode root, String stream) throws IOException {
		try (InputStream in = root.createDocumentInputStream(stream)) {
			byte[] bof = in.readNBytes(6);
			int sid = (bof.length == 6) ? (bof[0] & 0xFF) | (bof[1] & 0xFF) << 8 : -1;
			return (sid == BOFRecord.sid) ? (bof[4] & 0xFF) | (bof[5] & 0xFF) << 8 : -1;
		}
	}

	/**
	 * Whether the stream is encrypted: a FILEPASS record follows the first BOF, after a
	 * WRITEPROTECT if there is one (where Excel writes them).
	 */
	private static boolean filePass(DirectoryNode root, String stream) throws IOException {
		try (InputStream in = root.createDocumentInputStream(stream)) {
			for (int record = 0; record < 3; record++) {
				byte[] header = in.readNBytes(4);
				if (header.length < 4) {
					return false;
				}
				int sid = (header[0] & 0xFF) | (header[1] & 0xFF) << 8;
				int length = (header[2] & 0xFF) | (header[3] & 0xFF) << 8;
				if (sid == FilePassRecord.sid) {
					return true;
				}
				if ((record == 0) ? sid != BOFRecord.sid : sid != WriteProtectRecord.sid) {
					return false;
				}
				if (in.skip(length) != length) {
					return false;
				}
			}
			return false;
		}
	}

	private static UnreadableFileException encrypted(@Nullable Throwable cause) {
		String zh = "文件已加密，请去掉密码后再导入";
		String en = "the file is encrypted: remove its password";
		return (cause != null) ? new UnreadableFileException(zh, en, cause) : new UnreadableFileException(zh, en);
	}

	private static UnreadableFileException excel95(@Nullable Throwable cause) {
		String zh = "Excel 5.0/95 工作簿格式无法读取，请在 Excel 中另存为 .xlsx";
		String en = "an Excel 5.0/95 workbook cannot be read: open it in Excel and save it as .xlsx";
		return (cause != null) ? new UnreadableFileException(zh, en, cause) : new UnreadableFileException(zh, en);
	}

	private static UnreadableFileException damaged(Throwable cause) {
		return new UnreadableFileException("文件已损坏，无法作为 .xls 工作簿读取",
				"the file is damaged and cannot be read as an .xls workbook", cause);
	}

	private static void close(POIFSFileSystem fs) {
		try {
			fs.close();
		}
		catch (IOException ex) {
			// already failing: the first cause is the one to report
		}
	}

	/**
	 * Reads the globals substream up to its EOF: sheet names, shared strings, formats,
	 * the date system.
	 */
	private void readGlobals() {
		List<BoundSheetRecord> bound = new ArrayList<>();
		Object record;
		while ((record = next()) != null) {
			if (record instanceof Record parsed) {
				this.formats.processRecord(parsed);
			}
			if (record instanceof BoundSheetRecord sheet) {
				bound.add(sheet);
			}
			else if (record instanceof SSTRecord sst) {
				this.strings = sst;
			}
			else if (record instanceof DateWindow1904Record window) {
				this.date1904 = window.getWindowing() == 1;
			}
			else if (record instanceof EOFRecord) {
				break;
			}
		}
		// substreams follow in the order of their BOF positions, which is what this sort
		// gives
		for (BoundSheetRecord sheet : BoundSheetRecord.orderByBofPosition(bound)) {
			this.sheetNames.add(sheet.getSheetname());
		}
	}

	@Override
	public @Nullable LedgerSheet nextSheet() throws IOException {
		if (this.current != null) {
			this.current.skipRest();
			this.current = null;
		}
		Object record;
		while ((record = nextSubstream()) != null) {
			if (record instanceof BOFRecord bof) {
				this.sheetIndex++;
				String name = (this.sheetIndex < this.sheetNames.size()) ? this.sheetNames.get(this.sheetIndex)
						: "Sheet" + (this.sheetIndex + 1);
				if (bof.getType() == BOFRecord.TYPE_WORKSHEET) {
					this.current = new StreamingSheet(name);
					return this.current;
				}
				skipSubstream(); // chart sheets, macro sheets
			}
		}
		if (this.exhausted && this.sheetIndex + 1 < this.sheetNames.size()) {
			// the stream ended inside a record before sheets the workbook lists: they are
			// lost, not empty
			String missing = this.sheetNames.get(this.sheetIndex + 1);
			throw new UnreadableFileException("文件不完整：工作簿在工作表 " + missing + " 之前就结束了",
					"the file is incomplete: the workbook ends before sheet " + missing);
		}
		return null;
	}

	/**
	 * The record after a substream's EOF: its BOF. What follows the last substream when
	 * it is not a BOF (padding, stray bytes) ends the workbook unread, as it does in
	 * POI's own reader.
	 */
	private @Nullable Object nextSubstream() {
		Object record = null;
		while (record == null) {
			short sid = nextSid();
			if (sid != BOFRecord.sid) {
				this.finished = true;
				return null;
			}
			record = otherRecord(sid);
		}
		return record;
	}

	private @Nullable Object next() {
		while (true) {
			short sid = nextSid();
			if (sid == -1) {
				return null;
			}
			Object record = CELL_SIDS.contains(sid) ? cellRecord(sid) : otherRecord(sid);
			if (record != null) {
				return record;
			}
		}
	}

	/** Moves to the next record and gives its sid, or -1 at the end of the stream. */
	private short nextSid() {
		RecordInputStream in = this.raw;
		try {
			if (this.exhausted || this.finished || !in.hasNextRecord()) {
				return -1;
			}
			in.nextRecord();
			return in.getSid();
		}
		catch (RuntimeException ex) {
			throw unfollowable(ex);
		}
	}

	/**
	 * A cell record, parsed from a copy of its bytes (so bytes beyond what it holds are
	 * ignored); one that cannot be parsed, or that the stream ends inside, is a
	 * {@link DamagedCell} of its row.
	 */
	private @Nullable Object cellRecord(short sid) {
		byte[] data = body();
		if (data.length < 4) {
			return null; // not even a row and column: nothing to reject, nothing lost
		}
		int row = (data[0] & 0xFF) | (data[1] & 0xFF) << 8;
		int column = (data[2] & 0xFF) | (data[3] & 0xFF) << 8;
		if (this.exhausted) {
			return new DamagedCell(row, (short) column);
		}
		// the two cell records ledgers are made of, built directly: no second stream per
		// cell
		if (sid == NumberRecord.sid && data.length >= 14) {
			NumberRecord number = new NumberRecord();
			number.setRow(row);
			number.setColumn((short) column);
			number.setXFIndex(LittleEndian.getShort(data, 4));
			number.setValue(LittleEndian.getDouble(data, 6));
			return number;
		}
		if (sid == LabelSSTRecord.sid && data.length >= 10) {
			LabelSSTRecord label = new LabelSSTRecord();
			label.setRow(row);
			label.setColumn((short) column);
			label.setXFIndex(LittleEndian.getShort(data, 4));
			label.setSSTIndex(LittleEndian.getInt(data, 6));
			return label;
		}
		byte[] framed = new byte[data.length + 4];
		framed[0] = (byte) sid;
		framed[1] = (byte) (sid >> 8);
		framed[2] = (byte) data.length;
		framed[3] = (byte) (data.length >> 8);
		System.arraycopy(data, 0, framed, 4, data.length);
		try {
			RecordInputStream copy = new RecordInputStream(new ByteArrayInputStream(framed));
			copy.hasNextRecord();
			copy.nextRecord();
			return RecordFactory.createSingleRecord(copy);
		}
		catch (RuntimeException ex) {
			log.debug("cell record 0x{} at row {} column {} cannot be parsed: {}", Integer.toHexString(sid), row + 1,
					column + 1, ex.toString());
			return new DamagedCell(row, (short) column);
		}
	}

	/**
	 * The rest of the current record's bytes, or as many as the stream still has when it
	 * ends inside it.
	 */
	private byte[] body() {
		RecordInputStream in = this.raw;
		try {
			int declared = in.remaining();
			int left = available();
			if (declared <= left) {
				return in.readRemainder();
			}
			this.exhausted = true; // the record's length runs past the end of the stream
			byte[] data = new byte[left];
			in.readFully(data);
			return data;
		}
		catch (RuntimeException ex) {
			throw unfollowable(ex);
		}
	}

	/**
	 * Any other record, parsed in place (it may continue into CONTINUE records, as the
	 * shared strings do); bytes it leaves are skipped, and one that cannot be parsed is
	 * skipped whole, unless it is what delimits a sheet.
	 */
	private @Nullable Record otherRecord(short sid) {
		RecordInputStream in = this.raw;
		if (in.remaining() > available()) {
			this.exhausted = true; // its length runs past the end of the stream: there is
									// nothing after it
			return null;
		}
		Record record;
		try {
			record = RecordFactory.createSingleRecord(in);
		}
		catch (RuntimeException ex) {
			if (sid == BOFRecord.sid || sid == EOFRecord.sid) {
				throw unfollowable(ex);
			}
			log.debug("record 0x{} cannot be parsed, skipped: {}", Integer.toHexString(sid), ex.toString());
			record = null;
		}
		skipRemainder();
		return record;
	}

	private void skipRemainder() {
		RecordInputStream in = this.raw;
		if (in.remaining() > available()) {
			this.exhausted = true;
			return;
		}
		try {
			if (in.remaining() > 0) {
				in.readRemainder();
			}
		}
		catch (RuntimeException ex) {
			throw unfollowable(ex);
		}
	}

	/**
	 * The bytes left in the workbook stream (a POIFS document stream knows its size
	 * exactly).
	 */
	private int available() {
		try {
			return this.stream.available();
		}
		catch (IOException ex) {
			throw unfollowable(ex);
		}
	}

	private static UnreadableFileException unfollowable(Exception ex) {
		// the reader names the sheet, if one was being read
		return new UnreadableFileException("文件已损坏，有记录无法读取", "the file is damaged: a record cannot be read", ex);
	}

	/**
	 * Skips to the EOF matching a BOF just read, over nested substreams (charts embedded
	 * in a sheet), looking at record ids only: what is skipped is never parsed.
	 */
	private void skipSubstream() throws IOException {
		int depth = 1;
		short sid;
		while (depth > 0 && (sid = nextSid()) != -1) {
			if (sid == BOFRecord.sid) {
				depth++;
			}
			else if (sid == EOFRecord.sid) {
				depth--;
			}
			skipRemainder();
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.stream.close();
		}
		finally {
			this.fs.close();
		}
	}

	/** Gathers one worksheet's cell records into rows; BIFF writes them in row order. */
	private final class StreamingSheet implements LedgerSheet {

		private final String name;

		private final BitSet hiddenColumns = new BitSet();

		private final Deque<CellValueRecordInterface> pending = new ArrayDeque<>();

		private @Nullable FormulaRecord stringFormula;

		private List<String> cells = new ArrayList<>();

		private @Nullable Reason damage;

		private int rowIndex = -1;

		private boolean ended;

		StreamingSheet(String name) {
			this.name = name;
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public @Nullable RawRow nextRow() throws IOException {
			while (true) {
				CellValueRecordInterface cell = nextCell();
				if (cell == null) {
					RawRow last = takeRow();
					return (last != null && !last.blank()) ? last : null;
				}
				if (cell.getRow() != this.rowIndex && this.rowIndex >= 0) {
					this.pending.push(cell);
					RawRow row = takeRow();
					if (row != null && !row.blank()) {
						return row;
					}
					continue;
				}
				this.rowIndex = cell.getRow();
				put(cell);
			}
		}

		private @Nullable RawRow takeRow() {
			if (this.rowIndex < 0) {
				return null;
			}
			RawRow row = new RawRow(this.rowIndex + 1, List.copyOf(this.cells), this.damage);
			this.cells = new ArrayList<>();
			this.damage = null;
			this.rowIndex = -1;
			return row;
		}

		private void put(CellValueRecordInterface cell) throws IOException {
			int column = cell.getColumn() & 0xFFFF; // an unsigned 16-bit field
			if (this.hiddenColumns.get(column)) {
				return; // a hidden column is not part of the ledger a clerk sees, damaged
						// or not
			}
			Reason damage = damage(cell, column);
			if (damage != null) {
				this.damage = (this.damage != null) ? this.damage : damage; // the first
																			// one names
																			// the row's
																			// cause
				return;
			}
			String value;
			try {
				value = text(cell);
			}
			catch (RuntimeException ex) {
				// a record that parsed but holds nonsense (an XF index past the table):
				// its row, not the file
				log.debug("cell at row {} column {} cannot be read: {}", cell.getRow() + 1, column + 1, ex.toString());
				this.damage = (this.damage != null) ? this.damage
						: Reason.of("row.damagedRecord", CellReference.convertNumToColString(column));
				return;
			}
			if (value.isEmpty()) {
				return; // an empty cell is not part of the row
			}
			while (this.cells.size() <= column) {
				this.cells.add("");
			}
			this.cells.set(column, value);
		}

		/** The next cell record of this sheet, or null at its EOF. */
		private @Nullable CellValueRecordInterface nextCell() throws IOException {
			if (!this.pending.isEmpty()) {
				return this.pending.pop();
			}
			Object record;
			while (!this.ended && (record = next()) != null) {
				if (record instanceof EOFRecord) {
					this.ended = true;
					return null;
				}
				if (record instanceof BOFRecord) {
					skipSubstream(); // an embedded chart
				}
				else if (record instanceof ColumnInfoRecord info && info.getHidden() && info.getFirstColumn() >= 0
						&& info.getFirstColumn() <= info.getLastColumn()) {
					this.hiddenColumns.set(info.getFirstColumn(), Math.min(info.getLastColumn(), 255) + 1);
				}
				else if (record instanceof StringRecord string && this.stringFormula != null) {
					// the text result of the formula just before it
					FormulaRecord formula = this.stringFormula;
					this.stringFormula = null;
					return new TextCell(formula.getRow(), formula.getColumn(), string.getString());
				}
				else if (record instanceof FormulaRecord formula
						&& formula.getCachedResultType() == CellType.STRING.getCode()) {
					this.stringFormula = formula;
				}
				else if (record instanceof MulRKRecord mulRk) {
					NumberRecord[] numbers = RecordFactory.convertRKRecords(mulRk);
					for (int i = numbers.length - 1; i >= 1; i--) {
						this.pending.push(numbers[i]);
					}
					return numbers[0];
				}
				else if (record instanceof RKRecord rk) {
					return RecordFactory.convertToNumberRecord(rk);
				}
				else if (record instanceof NumberRecord || record instanceof LabelSSTRecord
						|| record instanceof LabelRecord || record instanceof BoolErrRecord
						|| record instanceof FormulaRecord || record instanceof DamagedCell) {
					return (CellValueRecordInterface) record;
				}
			}
			this.ended = true;
			return null;
		}

		private String text(CellValueRecordInterface cell) {
			if (cell instanceof TextCell textCell) {
				return textCell.text();
			}
			if (cell instanceof LabelSSTRecord label) {
				SSTRecord sst = Objects.requireNonNull(XlsLedgerWorkbook.this.strings);
				int index = label.getSSTIndex();
				return sst.getString(index).getString(); // damage(cell) checked the index
			}
			if (cell instanceof LabelRecord label) {
				return label.getValue();
			}
			if (cell instanceof BoolErrRecord boolErr) {
				return boolErr.isBoolean() ? (boolErr.getBooleanValue() ? "TRUE" : "FALSE") : "";
			}
			if (cell instanceof FormulaRecord formula) {
				int type = formula.getCachedResultType();
				if (type == CellType.BOOLEAN.getCode()) {
					return formula.getCachedBooleanValue() ? "TRUE" : "FALSE";
				}
				if (type == CellType.ERROR.getCode()) {
					return "";
				}
				return numeric(cell, formula.getValue());
			}
			if (cell instanceof NumberRecord number) {
				return numeric(cell, number.getValue());
			}
			return "";
		}

		private String numeric(CellValueRecordInterface cell, double value) {
			FormatTrackingHSSFListener formats = XlsLedgerWorkbook.this.formats;
			int index = formats.getFormatIndex(cell);
			String format = formats.getFormatString(cell);
			boolean date = (format != null && !format.isEmpty()) ? DateUtil.isADateFormat(index, format)
					: DateUtil.isADateFormat(index, null) || ChineseDateFormats.isDate(index);
			if (date && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value, XlsLedgerWorkbook.this.date1904).toLocalDate().toString();
			}
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				return "";
			}
			return new BigDecimal(Double.toString(value)).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
		}

		/**
		 * Why a cell cannot be read (a damaged record, a text past the shared strings),
		 * or null.
		 */
		private @Nullable Reason damage(CellValueRecordInterface cell, int columnIndex) {
			String column = CellReference.convertNumToColString(columnIndex);
			if (cell instanceof DamagedCell) {
				return Reason.of("row.damagedRecord", column);
			}
			if (cell instanceof LabelSSTRecord label) {
				SSTRecord sst = XlsLedgerWorkbook.this.strings;
				int index = label.getSSTIndex();
				if (sst == null || index < 0 || index >= sst.getNumUniqueStrings()) {
					return Reason.of("row.missingSharedString", column);
				}
			}
			return null;
		}

		/** Moves to this sheet's EOF without parsing what is left of it. */
		void skipRest() throws IOException {
			this.pending.clear();
			this.stringFormula = null;
			if (!this.ended) {
				this.ended = true;
				skipSubstream();
			}
		}

	}

	/**
	 * A cell record that cannot be parsed, or that the stream ends inside: its row is
	 * known, its value is not.
	 */
	private record DamagedCell(int row, short column) implements OwnCell {
	}

	/** The text result of a string formula, shaped like a cell record. */
	private record TextCell(int row, short column, String text) implements OwnCell {
	}

	/** A cell-shaped value of our own, not a record of the file. */
	private interface OwnCell extends CellValueRecordInterface {

		int row();

		short column();

		@Override
		default int getRow() {
			return row();
		}

		@Override
		default short getColumn() {
			return column();
		}

		@Override
		default void setRow(int row) {
			throw new UnsupportedOperationException();
		}

		@Override
		default void setColumn(short col) {
			throw new UnsupportedOperationException();
		}

		@Override
		default void setXFIndex(short xf) {
			throw new UnsupportedOperationException();
		}

		@Override
		default short getXFIndex() {
			return 0;
		}

	}

}
