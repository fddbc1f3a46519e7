package cn.investpromo.ledger.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.jspecify.annotations.Nullable;

import cn.investpromo.ledger.LedgerWorkbook;
import cn.investpromo.ledger.RawRow;
import cn.investpromo.ledger.ReadLimits;
import cn.investpromo.ledger.UnreadableFileException;

/**
 * Streams an .xlsx or .xlsm file: POI's OPC package gives the zip's parts (read-only,
 * behind its zip-bomb guard), and every XML part is pulled with StAX by local names, so
 * that both the usual (transitional) and the Strict Open XML namespaces read the same.
 * Sheet XML is read row by row; shared strings and number formats (for dates) are read
 * without building the workbook. Columns the sheet hides ({@code <col hidden="1">}) read
 * as blank, and a cell without a value (only a style) is not part of a row. The XML
 * parsers come from POI's {@link XMLHelper}, which refuses DTDs and external entities.
 */
public final class XlsxLedgerWorkbook implements LedgerWorkbook {

	// Excel shows 15 significant digits; binary noise past them (0.30000000000000004) is
	// not data.
	private static final MathContext EXCEL_PRECISION = new MathContext(15);

	/**
	 * Sheet XML compresses 5 to 20 times; an entry expanding more than 100 times is a zip
	 * bomb, not a ledger.
	 */
	static final double MIN_INFLATE_RATIO = 0.01;

	/**
	 * 2 GB of XML is far beyond any ledger (2 million rows); larger entries are refused
	 * before being inflated.
	 */
	static final long MAX_ENTRY_SIZE = 2L << 30;

	/** Excel's widest sheet: column XFD. */
	private static final int EXCEL_COLUMNS = 16_384;

	static {
		// POI's guard is process-wide: these are fixed values, set once, never changed at
		// run time
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
	}

	private final OPCPackage pkg;

	private final XMLInputFactory xmlInputFactory = XMLHelper.newXMLInputFactory();

	private final List<String> strings;

	private final NumberFormats formats;

	private final boolean date1904;

	/** The worksheets in workbook order, still to be read. */
	private final Deque<SheetRef> sheets;

	private @Nullable StreamingSheet current;

	private record SheetRef(String name, PackagePart part) {
	}

	private XlsxLedgerWorkbook(OPCPackage pkg) throws IOException, XMLStreamException, InvalidFormatException {
		this.pkg = pkg;
		PackagePart workbook = workbookPart(pkg);
		WorkbookXml parsed = readWorkbook(workbook);
		this.date1904 = parsed.date1904();
		this.sheets = new ArrayDeque<>(parsed.sheets());
		PackagePart sharedStrings = related(workbook, "/sharedStrings");
		this.strings = (sharedStrings != null) ? readStrings(sharedStrings) : List.of();
		PackagePart styles = related(workbook, "/styles");
		this.formats = (styles != null) ? readFormats(styles) : new NumberFormats(Map.of(), List.of());
	}

	/**
	 * A StAX reader over a part, decoding it ourselves: the JDK's parser, left to decode,
	 * prints a part with invalid bytes on standard error as well as failing ("[Fatal
	 * Error] … Invalid byte 1 of 1-byte UTF-8 sequence"). Parts are UTF-8 (with or
	 * without a byte-order mark), or UTF-16 with its byte-order mark, as Open XML allows.
	 */
	private XMLStreamReader xml(InputStream part) throws IOException, XMLStreamException {
		BufferedInputStream in = new BufferedInputStream(part);
		in.mark(3);
		int b0 = in.read();
		int b1 = in.read();
		int b2 = in.read();
		in.reset();
		boolean utf16 = (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
		if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
			in.skipNBytes(3); // a UTF-8 byte-order mark: decoded, it would be text before
								// the XML declaration
		}
		CharsetDecoder decoder = (utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8).newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		return this.xmlInputFactory.createXMLStreamReader(new InputStreamReader(in, decoder));
	}

	/** Opens the file read-only with generous limits. */
	public static XlsxLedgerWorkbook open(Path file) {
		return open(file, ReadLimits.EXCEL);
	}

	/**
	 * Opens the file read-only, turning every way it can fail into one plain line, in
	 * Chinese and English.
	 */
	public static XlsxLedgerWorkbook open(Path file, ReadLimits limits) {
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (NotOfficeXmlFileException | InvalidFormatException ex) {
			throw describe(ex, "文件已损坏（压缩包不完整或无法解压），不是有效的 .xlsx 工作簿",
					"the file is damaged (an incomplete zip that cannot be unpacked), not a valid .xlsx workbook");
		}
		catch (EncryptedDocumentException ex) {
			throw new UnreadableFileException("文件已加密，请去掉密码后再导入", "the file is encrypted: remove its password", ex);
		}
		catch (RuntimeException ex) {
			throw describe(ex, "文件已损坏，不是有效的 .xlsx 工作簿", "the file is damaged, not a valid .xlsx workbook");
		}
		try {
			return new XlsxLedgerWorkbook(pkg);
		}
		catch (UnreadableFileException ex) {
			pkg.revert();
			throw ex;
		}
		catch (IOException | XMLStreamException | InvalidFormatException | RuntimeException ex) {
			pkg.revert();
			throw describe(ex, "工作簿结构已损坏，无法读取", "the workbook's structure is damaged and cannot be read");
		}
	}

	/**
	 * The plain line for a failure: the causes a library reports in its own words (zip
	 * bombs, too many parts, a part Excel did not write, XML entities) are named as such,
	 * anything else as {@code otherwise}.
	 */
	static UnreadableFileException describe(Throwable ex, String otherwiseZh, String otherwiseEn) {
		if (ex instanceof UnreadableFileException unreadable) {
			return unreadable;
		}
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.contains("Zip bomb") || message.contains("max. ratio")) {
				return new UnreadableFileException("疑似压缩炸弹（zip bomb）：解压后的数据量与压缩比异常，已拒绝读取",
						"suspected zip bomb: the unpacked size and compression ratio are abnormal", ex);
			}
			if (message.contains("MAX_FILE_COUNT")) {
				return new UnreadableFileException("压缩包中的部件超过 " + ZipSecureFile.getMaxFileCount() + " 个（读取的安全上限），已拒绝读取",
						"the workbook's zip holds more than " + ZipSecureFile.getMaxFileCount()
								+ " parts (the safety limit for reading)",
						ex);
			}
			if (message.contains("exceeds the max") || message.contains("MAX_ENTRY_SIZE")) {
				return new UnreadableFileException("压缩包中的条目过大（超过 " + (MAX_ENTRY_SIZE >> 30) + " GB），疑似压缩炸弹，已拒绝读取",
						"an entry of the zip is larger than " + (MAX_ENTRY_SIZE >> 30) + " GB: a suspected zip bomb",
						ex);
			}
			if (message.contains("does not have any content type")) {
				String part = message.replaceFirst("^The part (\\S+) .*$", "$1");
				return new UnreadableFileException(
						"压缩包中有不属于工作簿的文件 " + part + "（没有登记内容类型，多为在 Mac 上重新压缩所致），请在 Excel 中打开后另存再导入",
						"the zip holds a file that is not part of the workbook, " + part
								+ " (no content type; usually re-zipped on a Mac): open and save it again in Excel",
						ex);
			}
			if (message.contains("DOCTYPE") || message.contains("entity") || message.contains("DTD")) {
				return new UnreadableFileException("XML 含 DTD 或外部实体声明，出于安全原因拒绝读取",
						"the XML declares a DTD or external entities, refused for safety", ex);
			}
		}
		return new UnreadableFileException(otherwiseZh, otherwiseEn, ex);
	}

	/**
	 * The workbook part, in the usual or the Strict Open XML relationship; anything else
	 * is not a workbook.
	 */
	private static PackagePart workbookPart(OPCPackage pkg) throws InvalidFormatException {
		PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
		if (rels.size() == 0) {
			rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
		}
		PackagePart part = (rels.size() > 0) ? pkg.getPart(rels.getRelationship(0)) : null;
		if (part != null && part.getContentType().contains("sheet.binary")) {
			throw new UnreadableFileException("这是 Excel 二进制工作簿（.xlsb），无法读取，请在 Excel 中另存为 .xlsx",
					"an Excel binary workbook (.xlsb) cannot be read: save it as .xlsx in Excel");
		}
		if (part == null || !part.getContentType().contains("sheet")) {
			throw new UnreadableFileException("不是电子表格：这是其他 Office 文档（如 Word）或普通压缩包，不是 Excel 工作簿",
					"not a spreadsheet: another Office document (such as Word) or a plain zip, not an Excel workbook");
		}
		return part;
	}

	/**
	 * The part a relationship of {@code type} (its last path segment, any namespace)
	 * points to, if any.
	 */
	private static @Nullable PackagePart related(PackagePart from, String type) throws InvalidFormatException {
		for (PackageRelationship rel : from.getRelationships()) {
			if (rel.getRelationshipType().endsWith(type) && rel.getTargetMode() != TargetMode.EXTERNAL) {
				return from.getRelatedPart(rel);
			}
		}
		return null;
	}

	private record WorkbookXml(List<SheetRef> sheets, boolean date1904) {
	}

	/**
	 * Sheet names in workbook order and the date system, from workbook.xml; chart and
	 * macro sheets are left out.
	 */
	private WorkbookXml readWorkbook(PackagePart workbook)
			throws IOException, XMLStreamException, InvalidFormatException {
		List<SheetRef> sheets = new ArrayList<>();
		boolean date1904 = false;
		try (InputStream in = workbook.getInputStream()) {
			XMLStreamReader xml = xml(in);
			while (xml.hasNext()) {
				if (noDtd(xml.next()) != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				if ("workbookPr".equals(xml.getLocalName())) {
					String value = xml.getAttributeValue(null, "date1904");
					date1904 = "1".equals(value) || "true".equals(value);
				}
				else if ("sheet".equals(xml.getLocalName())) {
					String name = xml.getAttributeValue(null, "name");
					String id = relationshipId(xml);
					PackageRelationship rel = (id != null) ? workbook.getRelationship(id) : null;
					if (name != null && rel != null && rel.getRelationshipType().endsWith("/worksheet")
							&& rel.getTargetMode() != TargetMode.EXTERNAL) {
						PackagePart part = workbook.getRelatedPart(rel);
						if (part != null) {
							sheets.add(new SheetRef(name, part));
						}
					}
				}
			}
			xml.close();
		}
		return new WorkbookXml(sheets, date1904);
	}

	/** {@code r:id}, whichever namespace (usual or strict) its prefix stands for. */
	private static @Nullable String relationshipId(XMLStreamReader xml) {
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			String namespace = xml.getAttributeNamespace(i);
			if ("id".equals(xml.getAttributeLocalName(i)) && namespace != null && namespace.contains("relationships")) {
				return xml.getAttributeValue(i);
			}
		}
		return null;
	}

	/**
	 * The shared strings, each the text of its runs; phonetic guides ({@code <rPh>}) are
	 * not part of the text.
	 */
	private List<String> readStrings(PackagePart part) throws IOException, XMLStreamException {
		List<String> strings = new ArrayList<>();
		try (InputStream in = part.getInputStream()) {
			XMLStreamReader xml = xml(in);
			StringBuilder text = null;
			int phonetic = 0;
			while (xml.hasNext()) {
				int event = noDtd(xml.next());
				if (event == XMLStreamConstants.START_ELEMENT) {
					String local = xml.getLocalName();
					if ("si".equals(local)) {
						text = new StringBuilder();
					}
					else if ("rPh".equals(local)) {
						phonetic++;
					}
					else if ("t".equals(local) && text != null && phonetic == 0) {
						text.append(xml.getElementText());
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					String local = xml.getLocalName();
					if ("si".equals(local) && text != null) {
						strings.add(text.toString());
						text = null;
					}
					else if ("rPh".equals(local)) {
						phonetic--;
					}
				}
			}
			xml.close();
		}
		return strings;
	}

	/** The number format of each cell style: what tells a date from a number. */
	private record NumberFormats(Map<Integer, String> custom, List<Integer> formatOfStyle) {

		boolean isDate(int style) {
			if (style < 0 || style >= this.formatOfStyle.size()) {
				return false;
			}
			int id = this.formatOfStyle.get(style);
			String custom = this.custom.get(id);
			if (custom != null) {
				return DateUtil.isADateFormat(id, custom);
			}
			return DateUtil.isADateFormat(id, BuiltinFormats.getBuiltinFormat(id)) || ChineseDateFormats.isDate(id);
		}

	}

	private NumberFormats readFormats(PackagePart part) throws IOException, XMLStreamException {
		Map<Integer, String> custom = new HashMap<>();
		List<Integer> formatOfStyle = new ArrayList<>();
		try (InputStream in = part.getInputStream()) {
			XMLStreamReader xml = xml(in);
			boolean cellXfs = false;
			while (xml.hasNext()) {
				int event = noDtd(xml.next());
				if (event == XMLStreamConstants.START_ELEMENT) {
					String local = xml.getLocalName();
					if ("numFmt".equals(local)) {
						Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
						String code = xml.getAttributeValue(null, "formatCode");
						if (id != null && code != null) {
							custom.put(id, code);
						}
					}
					else if ("cellXfs".equals(local)) {
						cellXfs = true;
					}
					else if ("xf".equals(local) && cellXfs) {
						Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
						formatOfStyle.add((id != null) ? id : 0);
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(xml.getLocalName())) {
					cellXfs = false;
				}
			}
			xml.close();
		}
		return new NumberFormats(custom, formatOfStyle);
	}

	/**
	 * Refuses a DTD in any part: Excel never writes one, and one is how entity expansion
	 * (billion laughs) and external entities get in. The parser expands nothing either
	 * way; this names the file for what it is.
	 */
	private static int noDtd(int event) {
		if (event == XMLStreamConstants.DTD) {
			throw new UnreadableFileException("XML 含 DTD 或外部实体声明，出于安全原因拒绝读取",
					"the XML declares a DTD or external entities, refused for safety");
		}
		return event;
	}

	private static @Nullable Integer integer(@Nullable String text) {
		try {
			return (text != null) ? Integer.valueOf(text.trim()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	@Override
	public @Nullable LedgerSheet nextSheet() throws IOException {
		closeCurrent();
		SheetRef next = this.sheets.poll();
		if (next == null) {
			return null;
		}
		InputStream in;
		try {
			in = next.part().getInputStream();
		}
		catch (IOException | RuntimeException ex) {
			throw describe(ex, "工作表 " + next.name() + " 无法解压读取", "sheet " + next.name() + " cannot be unpacked");
		}
		try {
			this.current = new StreamingSheet(next.name(), in, xml(in));
		}
		catch (XMLStreamException | RuntimeException ex) {
			in.close();
			throw describe(ex, "工作表 " + next.name() + " 的 XML 已损坏，无法解析",
					"the XML of sheet " + next.name() + " is damaged and cannot be parsed");
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

		/**
		 * Columns the sheet hides, from {@code <cols>}, which comes before
		 * {@code <sheetData>}.
		 */
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
					if (noDtd(this.xml.next()) != XMLStreamConstants.START_ELEMENT) {
						continue;
					}
					String local = this.xml.getLocalName();
					if ("col".equals(local)) {
						hideColumns();
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
			catch (XMLStreamException | RuntimeException ex) { // POI's zip guard throws
																// unchecked from the
																// stream
				throw describe(ex, "工作表 " + this.name + " 第 " + (this.lastRowNumber + 1) + " 行附近 XML 已损坏，无法解析",
						"the XML of sheet " + this.name + " is damaged near row " + (this.lastRowNumber + 1));
			}
		}

		private void hideColumns() {
			if (!"1".equals(this.xml.getAttributeValue(null, "hidden"))
					&& !"true".equals(this.xml.getAttributeValue(null, "hidden"))) {
				return;
			}
			Integer min = integer(this.xml.getAttributeValue(null, "min"));
			Integer max = integer(this.xml.getAttributeValue(null, "max"));
			if (min != null && max != null) { // a malformed <col> hides nothing; the data
												// is still read
				this.hidden.set(Math.max(0, min - 1), Math.max(0, Math.min(max, EXCEL_COLUMNS)));
			}
		}

		private RawRow readRow() throws XMLStreamException {
			Integer r = integer(this.xml.getAttributeValue(null, "r"));
			int number = (r != null && r > 0) ? r : this.lastRowNumber + 1;
			this.lastRowNumber = number;
			List<String> cells = new ArrayList<>();
			int next = 0;
			while (this.xml.hasNext()) {
				int event = this.xml.next();
				if (event == XMLStreamConstants.START_ELEMENT && "c".equals(this.xml.getLocalName())) {
					int column = column(this.xml.getAttributeValue(null, "r"), next);
					next = column + 1;
					String value = readCell();
					// a hidden column is not part of the ledger a clerk sees, a cell with
					// only a style not part of the row
					if (value.isEmpty() || this.hidden.get(column)) {
						continue;
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

		/**
		 * The 0-based column of a cell reference such as {@code XFD1}; {@code next} when
		 * it has none.
		 */
		private static int column(@Nullable String ref, int next) {
			if (ref == null || ref.isEmpty()) {
				return next;
			}
			int column = 0;
			for (int i = 0; i < ref.length(); i++) {
				char c = Character.toUpperCase(ref.charAt(i));
				if (c < 'A' || c > 'Z') {
					break;
				}
				column = column * 26 + (c - 'A' + 1);
				if (column > EXCEL_COLUMNS) {
					return next; // not a column Excel has: take the cell as the next one
				}
			}
			return (column > 0) ? column - 1 : next;
		}

		/**
		 * Reads one {@code <c>} element and returns its value as text (dates as ISO,
		 * numbers plain).
		 */
		private String readCell() throws XMLStreamException {
			String type = this.xml.getAttributeValue(null, "t");
			Integer style = integer(this.xml.getAttributeValue(null, "s"));
			String value = null;
			StringBuilder inline = null;
			int depth = 0;
			while (this.xml.hasNext()) {
				int event = this.xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String local = this.xml.getLocalName();
					if ("v".equals(local)) {
						value = this.xml.getElementText();
					}
					else if ("rPh".equals(local)) {
						depth++;
					}
					else if ("t".equals(local) && depth == 0) { // inline string, possibly
																// in rich-text runs
						if (inline == null) {
							inline = new StringBuilder();
						}
						inline.append(this.xml.getElementText());
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					String local = this.xml.getLocalName();
					if ("rPh".equals(local)) {
						depth--;
					}
					else if ("c".equals(local)) {
						break;
					}
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
				case "s" -> sharedString(value);
				case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
				case "e" -> ""; // #N/A, #DIV/0!: no value
				case "d" -> value.length() >= 10 ? value.substring(0, 10) : value; // ISO
																					// 8601
																					// date
																					// cell
				default -> value; // "str" (formula text result) and "inlineStr" without
									// runs
			};
		}

		private String sharedString(String index) {
			Integer i = integer(index);
			List<String> strings = XlsxLedgerWorkbook.this.strings;
			// an index past the table (a damaged or hand-made file) is a cell without
			// text, not a refused file
			return (i != null && i >= 0 && i < strings.size()) ? strings.get(i) : "";
		}

		private String numeric(String value, @Nullable Integer style) {
			double number;
			try {
				number = Double.parseDouble(value);
			}
			catch (NumberFormatException ex) {
				return value;
			}
			if (Double.isNaN(number) || Double.isInfinite(number)) {
				return "";
			}
			if (style != null && XlsxLedgerWorkbook.this.formats.isDate(style) && DateUtil.isValidExcelDate(number)) {
				return DateUtil.getLocalDateTime(number, XlsxLedgerWorkbook.this.date1904).toLocalDate().toString();
			}
			BigDecimal decimal;
			try {
				decimal = new BigDecimal(value.trim());
			}
			catch (NumberFormatException ex) { // Java syntax a decimal does not take
												// ("1d", hex): the double's value
				decimal = BigDecimal.valueOf(number);
			}
			return decimal.round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
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
