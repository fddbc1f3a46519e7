package cn.investpromo.ledger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;

import cn.investpromo.ledger.LedgerWorkbook;
import cn.investpromo.ledger.RawRow;
import cn.investpromo.ledger.ReadLimits;
import cn.investpromo.ledger.UnreadableFileException;

/**
 * Streams an .xlsx file with POI's event API: sheet XML is pulled with StAX row by row, shared strings are read
 * without building the workbook, and the package is opened read-only so the input is never modified. Columns the
 * sheet hides ({@code <col hidden="1">}) read as blank. The XML parsers come from POI's {@link XMLHelper}, which
 * refuses DTDs and external entities, and POI's zip-bomb guard is set deliberately below.
 */
public final class XlsxLedgerWorkbook implements LedgerWorkbook {

	// Excel shows 15 significant digits; binary noise past them (0.30000000000000004) is not data.
	private static final MathContext EXCEL_PRECISION = new MathContext(15);

	/** Sheet XML compresses 5 to 20 times; an entry expanding more than 100 times is a zip bomb, not a ledger. */
	static final double MIN_INFLATE_RATIO = 0.01;

	/** 2 GB of XML is far beyond any ledger (2 million rows); larger entries are refused before being inflated. */
	static final long MAX_ENTRY_SIZE = 2L << 30;

	static {
		// POI's guard is process-wide: these are fixed values, set once, never changed at run time
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
	}

	private final ReadLimits limits;

	private final OPCPackage pkg;

	private final ReadOnlySharedStringsTable strings;

	private final @Nullable StylesTable styles;

	private final XSSFReader.SheetIterator sheets;

	private final XMLInputFactory xmlInputFactory = XMLHelper.newXMLInputFactory();

	private @Nullable StreamingSheet current;

	private XlsxLedgerWorkbook(OPCPackage pkg, ReadLimits limits)
			throws IOException, OpenXML4JException, org.xml.sax.SAXException {
		this.pkg = pkg;
		this.limits = limits;
		XSSFReader reader = new XSSFReader(pkg);
		this.strings = new ReadOnlySharedStringsTable(pkg, false);
		this.styles = reader.getStylesTable();
		this.sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
	}

	/** Opens the file read-only with generous limits. */
	public static XlsxLedgerWorkbook open(Path file) {
		return open(file, ReadLimits.EXCEL);
	}

	/** Opens the file read-only, turning every way it can fail into one plain message. */
	public static XlsxLedgerWorkbook open(Path file, ReadLimits limits) {
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (NotOfficeXmlFileException | InvalidFormatException ex) {
			throw new UnreadableFileException(describe(ex, "文件已损坏（压缩包不完整或无法解压），不是有效的 .xlsx 工作簿"), ex);
		}
		catch (EncryptedDocumentException ex) {
			throw new UnreadableFileException("文件已加密，请去掉密码后再导入", ex);
		}
		catch (RuntimeException ex) {
			throw new UnreadableFileException(describe(ex, "文件已损坏，不是有效的 .xlsx 工作簿：" + rootMessage(ex)), ex);
		}
		try {
			return new XlsxLedgerWorkbook(pkg, limits);
		}
		catch (IOException | OpenXML4JException | org.xml.sax.SAXException | RuntimeException ex) {
			pkg.revert();
			throw new UnreadableFileException(describe(ex, "工作簿结构无法读取：" + rootMessage(ex)), ex);
		}
	}

	/** The plain line for a failure: zip bombs and XML entities are named as such, anything else as given. */
	static String describe(Throwable ex, String otherwise) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.contains("Zip bomb") || message.contains("max. ratio")) {
				return "疑似压缩炸弹（zip bomb）：解压后的数据量与压缩比异常，已拒绝读取";
			}
			if (message.contains("exceeds the max") || message.contains("MAX_ENTRY_SIZE")) {
				return "压缩包中的条目过大（超过 " + (MAX_ENTRY_SIZE >> 30) + " GB），疑似压缩炸弹，已拒绝读取";
			}
			if (message.contains("DOCTYPE") || message.contains("entity") || message.contains("DTD")) {
				return "XML 含 DTD 或外部实体声明，出于安全原因拒绝读取";
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return otherwise;
	}

	static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return (message != null) ? message : root.getClass().getSimpleName();
	}

	@Override
	public @Nullable LedgerSheet nextSheet() throws IOException {
		closeCurrent();
		if (!this.sheets.hasNext()) {
			return null;
		}
		InputStream in;
		try {
			in = this.sheets.next();
		}
		catch (RuntimeException ex) {
			throw new IOException(describe(ex, "工作表无法读取：" + rootMessage(ex)), ex);
		}
		try {
			this.current = new StreamingSheet(this.sheets.getSheetName(), in,
					this.xmlInputFactory.createXMLStreamReader(in));
		}
		catch (XMLStreamException | RuntimeException ex) {
			in.close();
			throw new IOException(describe(ex, "工作表 " + this.sheets.getSheetName() + " 无法解析：" + rootMessage(ex)),
					ex);
		}
		return this.current;
	}

	private void closeCurrent() throws IOException {
		if (this.current != null) {
			this.current.close();
			this.current = null;
		}
	}

	@Override
	public void close() throws IOException {
		try {
			closeCurrent();
		}
		finally {
			this.pkg.revert(); // read-only: never write back
		}
	}

	/** Pulls rows from one sheet's XML. */
	private final class StreamingSheet implements LedgerSheet {

		private final String name;

		private final InputStream in;

		private final XMLStreamReader xml;

		private int lastRowNumber;

		/** Columns the sheet hides, from {@code <cols>}, which comes before {@code <sheetData>}. */
		private final BitSet hidden = new BitSet();

		StreamingSheet(String name, InputStream in, XMLStreamReader xml) {
			this.name = name;
			this.in = in;
			this.xml = xml;
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public @Nullable RawRow nextRow() throws IOException {
			try {
				while (this.xml.hasNext()) {
					if (this.xml.next() != XMLStreamConstants.START_ELEMENT) {
						continue;
					}
					String local = this.xml.getLocalName();
					if ("col".equals(local)) {
						hideColumns();
					}
					else if ("dimension".equals(local)) {
						checkDimension(this.xml.getAttributeValue(null, "ref"));
					}
					else if ("row".equals(local)) {
						RawRow row = readRow();
						if (!row.blank()) {
							return row;
						}
					}
				}
				return null;
			}
			catch (XMLStreamException ex) {
				throw new IOException(describe(ex, "工作表 " + this.name + " 第 " + (this.lastRowNumber + 1)
						+ " 行附近 XML 无法解析：" + ex.getMessage()), ex);
			}
			catch (RuntimeException ex) { // POI's zip guard surfaces as an unchecked exception from the stream
				throw new IOException(describe(ex, "工作表 " + this.name + " 无法读取：" + rootMessage(ex)), ex);
			}
		}

		/** {@code <dimension ref="A1:G1200">}: the used range, before any row. */
		private void checkDimension(@Nullable String ref) throws IOException {
			if (ref == null || ref.isBlank()) {
				return;
			}
			try {
				CellReference last = new CellReference(ref.substring(ref.indexOf(':') + 1));
				XlsxLedgerWorkbook.this.limits.checkDeclared(this.name, last.getRow() + 1L, last.getCol() + 1L);
			}
			catch (IllegalArgumentException ex) {
				// a malformed dimension: the rows are checked one by one anyway
			}
		}

		private void hideColumns() {
			if (!"1".equals(this.xml.getAttributeValue(null, "hidden"))
					&& !"true".equals(this.xml.getAttributeValue(null, "hidden"))) {
				return;
			}
			try {
				int min = Integer.parseInt(this.xml.getAttributeValue(null, "min"));
				int max = Integer.parseInt(this.xml.getAttributeValue(null, "max"));
				int cap = XlsxLedgerWorkbook.this.limits.maxColumns();
				this.hidden.set(Math.max(0, min - 1), Math.max(0, Math.min(max, cap)));
			}
			catch (NumberFormatException ex) {
				// a malformed <col> hides nothing; the data is still read
			}
		}

		private RawRow readRow() throws XMLStreamException, IOException {
			String r = this.xml.getAttributeValue(null, "r");
			int number = (r != null) ? Integer.parseInt(r) : this.lastRowNumber + 1;
			this.lastRowNumber = number;
			XlsxLedgerWorkbook.this.limits.check(this.name, number, 0);
			List<String> cells = new ArrayList<>();
			while (this.xml.hasNext()) {
				int event = this.xml.next();
				if (event == XMLStreamConstants.START_ELEMENT && "c".equals(this.xml.getLocalName())) {
					String ref = this.xml.getAttributeValue(null, "r");
					int column = (ref != null) ? new CellReference(ref).getCol() : cells.size();
					XlsxLedgerWorkbook.this.limits.check(this.name, number, column);
					String value = readCell();
					if (this.hidden.get(column)) {
						continue; // a hidden column is not part of the ledger a clerk sees
					}
					while (cells.size() < column) {
						cells.add("");
					}
					if (cells.size() == column) {
						cells.add(value);
					}
					else {
						cells.set(column, value);
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(this.xml.getLocalName())) {
					break;
				}
			}
			return new RawRow(number, List.copyOf(cells));
		}

		/** Reads one {@code <c>} element and returns its value as text (dates as ISO, numbers plain). */
		private String readCell() throws XMLStreamException {
			String type = this.xml.getAttributeValue(null, "t");
			String style = this.xml.getAttributeValue(null, "s");
			String value = null;
			StringBuilder inline = null;
			while (this.xml.hasNext()) {
				int event = this.xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String local = this.xml.getLocalName();
					if ("v".equals(local)) {
						value = this.xml.getElementText();
					}
					else if ("t".equals(local)) { // inline string, possibly in rich-text runs
						if (inline == null) {
							inline = new StringBuilder();
						}
						inline.append(this.xml.getElementText());
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(this.xml.getLocalName())) {
					break;
				}
			}
			if (inline != null) {
				return inline.toString();
			}
			if (value == null || value.isEmpty()) {
				return "";
			}
			if (type == null || "n".equals(type)) {
				return numeric(value, style);
			}
			return switch (type) {
				case "s" -> XlsxLedgerWorkbook.this.strings.getItemAt(Integer.parseInt(value.trim())).getString();
				case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
				case "e" -> ""; // #N/A, #DIV/0!: no value
				default -> value; // "str" (formula text result) and "inlineStr" without runs
			};
		}

		private String numeric(String value, @Nullable String style) {
			double number;
			try {
				number = Double.parseDouble(value);
			}
			catch (NumberFormatException ex) {
				return value;
			}
			if (style != null && XlsxLedgerWorkbook.this.styles != null) {
				XSSFCellStyle cellStyle = XlsxLedgerWorkbook.this.styles.getStyleAt(Integer.parseInt(style));
				if (cellStyle != null
						&& DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
						&& DateUtil.isValidExcelDate(number)) {
					return DateUtil.getLocalDateTime(number).toLocalDate().toString();
				}
			}
			return new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
		}

		void close() throws IOException {
			try {
				this.xml.close();
			}
			catch (XMLStreamException ex) {
				// closing a reader over a stream we close next: nothing to recover
			}
			this.in.close();
		}

	}

}
