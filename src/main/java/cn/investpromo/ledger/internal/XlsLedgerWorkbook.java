package cn.investpromo.ledger.internal;

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
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactory;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

import cn.investpromo.ledger.LedgerWorkbook;
import cn.investpromo.ledger.RawRow;
import cn.investpromo.ledger.ReadLimits;
import cn.investpromo.ledger.UnreadableFileException;

/**
 * Streams a legacy .xls (BIFF8) workbook with POI's HSSF event API, pulling records one by one from the Workbook
 * stream (named in any capitalisation, or {@code Book} as some report writers name it): shared strings, number formats (for dates) and sheet names come from the workbook globals, then each
 * worksheet's cell records are gathered into rows. Formulas are read through their cached results; hidden columns
 * are left blank. The file is opened read-only and never loaded as a whole workbook.
 */
public final class XlsLedgerWorkbook implements LedgerWorkbook {

	private static final MathContext EXCEL_PRECISION = new MathContext(15);

	private final POIFSFileSystem fs;

	private final InputStream stream;

	private final RecordFactoryInputStream records;

	// number formats by XF index, fed every globals record; the no-op child keeps it a pure tracker
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
		this.records = new RecordFactoryInputStream(stream, false);
		readGlobals();
	}

	/** Opens the OLE2 file read-only, turning every way it can fail into one plain line, in Chinese and English. */
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
	 * The workbook stream: {@code Workbook} as Excel 97 and later name it, in any capitalisation (report writers
	 * write {@code WORKBOOK} or {@code BOOK}), else {@code Book}, the name Excel 5.0/95 used.
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
	 * The BIFF version of the stream's first record, its BOF: 0x0600 for Excel 97 and later (BIFF8), 0x0500 for
	 * Excel 5.0/95; -1 when the stream does not start with a BOF record at all.
	 */
	private static int bofVersion(DirectoryNode root, String stream) throws IOException {
		try (InputStream in = root.createDocumentInputStream(stream)) {
			byte[] bof = in.readNBytes(6);
			int sid = (bof.length == 6) ? (bof[0] & 0xFF) | (bof[1] & 0xFF) << 8 : -1;
			return (sid == BOFRecord.sid) ? (bof[4] & 0xFF) | (bof[5] & 0xFF) << 8 : -1;
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

	/** Reads the globals substream up to its EOF: sheet names, shared strings, formats, the date system. */
	private void readGlobals() {
		List<BoundSheetRecord> bound = new ArrayList<>();
		Record record;
		while ((record = next()) != null) {
			this.formats.processRecord(record);
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
		// substreams follow in the order of their BOF positions, which is what this sort gives
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
		Record record;
		while ((record = next()) != null) {
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
		return null;
	}

	private @Nullable Record next() {
		try {
			return this.records.nextRecord();
		}
		catch (EncryptedDocumentException ex) {
			throw encrypted(ex);
		}
		catch (RuntimeException ex) {
			// the reader names the sheet, if one was being read
			throw new UnreadableFileException("文件已损坏，有记录无法读取", "the file is damaged: a record cannot be read", ex);
		}
	}

	/** Skips to the EOF matching a BOF just read, over nested substreams (charts embedded in a sheet). */
	private void skipSubstream() throws IOException {
		int depth = 1;
		Record record;
		while (depth > 0 && (record = next()) != null) {
			if (record instanceof BOFRecord) {
				depth++;
			}
			else if (record instanceof EOFRecord) {
				depth--;
			}
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
			RawRow row = new RawRow(this.rowIndex + 1, List.copyOf(this.cells));
			this.cells = new ArrayList<>();
			this.rowIndex = -1;
			return row;
		}

		private void put(CellValueRecordInterface cell) throws IOException {
			int column = cell.getColumn();
			String value = this.hiddenColumns.get(column) ? "" : text(cell);
			if (value.isEmpty()) {
				return; // a hidden column is not part of the ledger a clerk sees, an empty cell not part of the row
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
			Record record;
			while (!this.ended && (record = next()) != null) {
				if (record instanceof EOFRecord) {
					this.ended = true;
					return null;
				}
				if (record instanceof BOFRecord) {
					skipSubstream(); // an embedded chart
				}
				else if (record instanceof ColumnInfoRecord info && info.getHidden()) {
					this.hiddenColumns.set(info.getFirstColumn(),
							Math.min(info.getLastColumn(), 255) + 1);
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
						|| record instanceof FormulaRecord) {
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
				SSTRecord sst = XlsLedgerWorkbook.this.strings;
				int index = label.getSSTIndex();
				// an index past the table (a damaged file) is a cell without text, not a refused file
				return (sst != null && index >= 0 && index < sst.getNumUniqueStrings())
						? sst.getString(index).getString() : "";
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

		void skipRest() throws IOException {
			this.pending.clear();
			while (nextCell() != null) {
				// drain to this sheet's EOF
			}
		}

	}

	/** The text result of a string formula, shaped like a cell record. */
	private record TextCell(int row, short column, String text) implements CellValueRecordInterface {

		@Override
		public int getRow() {
			return this.row;
		}

		@Override
		public short getColumn() {
			return this.column;
		}

		@Override
		public void setRow(int row) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void setColumn(short col) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void setXFIndex(short xf) {
			throw new UnsupportedOperationException();
		}

		@Override
		public short getXFIndex() {
			return 0;
		}

	}

}
