package cn.investpromo.ledger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
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
import cn.investpromo.ledger.UnreadableFileException;

/**
 * Streams an .xlsx file with POI's event API: sheet XML is pulled with StAX row by row, shared strings are read
 * without building the workbook, and the package is opened read-only so the input is never modified.
 */
public final class XlsxLedgerWorkbook implements LedgerWorkbook {

	// Excel shows 15 significant digits; binary noise past them (0.30000000000000004) is not data.
	private static final MathContext EXCEL_PRECISION = new MathContext(15);

	private final OPCPackage pkg;

	private final ReadOnlySharedStringsTable strings;

	private final @Nullable StylesTable styles;

	private final XSSFReader.SheetIterator sheets;

	private final XMLInputFactory xmlInputFactory = XMLHelper.newXMLInputFactory();

	private @Nullable StreamingSheet current;

	private XlsxLedgerWorkbook(OPCPackage pkg) throws IOException, OpenXML4JException, org.xml.sax.SAXException {
		this.pkg = pkg;
		XSSFReader reader = new XSSFReader(pkg);
		this.strings = new ReadOnlySharedStringsTable(pkg, false);
		this.styles = reader.getStylesTable();
		this.sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
	}

	/** Opens the file read-only, turning every way it can fail into one plain message. */
	public static XlsxLedgerWorkbook open(Path file) {
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (NotOfficeXmlFileException | InvalidFormatException ex) {
			throw new UnreadableFileException(describeNotXlsx(file), ex);
		}
		catch (EncryptedDocumentException ex) {
			throw new UnreadableFileException("文件已加密，请去掉密码后再导入", ex);
		}
		catch (RuntimeException ex) {
			throw new UnreadableFileException("文件已损坏或不是 .xlsx 工作簿：" + rootMessage(ex), ex);
		}
		try {
			return new XlsxLedgerWorkbook(pkg);
		}
		catch (IOException | OpenXML4JException | org.xml.sax.SAXException | RuntimeException ex) {
			pkg.revert();
			throw new UnreadableFileException("工作簿结构无法读取：" + rootMessage(ex), ex);
		}
	}

	private static String describeNotXlsx(Path file) { // the extension said xlsx, the content did not
		return "不是有效的 .xlsx 工作簿（可能已损坏、被加密，或只是改了扩展名）";
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
		InputStream in = this.sheets.next();
		try {
			this.current = new StreamingSheet(this.sheets.getSheetName(), in,
					this.xmlInputFactory.createXMLStreamReader(in));
		}
		catch (XMLStreamException ex) {
			in.close();
			throw new IOException("工作表 " + this.sheets.getSheetName() + " 无法解析：" + ex.getMessage(), ex);
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
					if (this.xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(this.xml.getLocalName())) {
						RawRow row = readRow();
						if (!row.blank()) {
							return row;
						}
					}
				}
				return null;
			}
			catch (XMLStreamException ex) {
				throw new IOException("工作表 " + this.name + " 第 " + (this.lastRowNumber + 1) + " 行附近 XML 无法解析："
						+ ex.getMessage(), ex);
			}
		}

		private RawRow readRow() throws XMLStreamException {
			String r = this.xml.getAttributeValue(null, "r");
			int number = (r != null) ? Integer.parseInt(r) : this.lastRowNumber + 1;
			this.lastRowNumber = number;
			List<String> cells = new ArrayList<>();
			while (this.xml.hasNext()) {
				int event = this.xml.next();
				if (event == XMLStreamConstants.START_ELEMENT && "c".equals(this.xml.getLocalName())) {
					String ref = this.xml.getAttributeValue(null, "r");
					int column = (ref != null) ? new CellReference(ref).getCol() : cells.size();
					String value = readCell();
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
