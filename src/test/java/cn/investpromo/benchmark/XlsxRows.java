package cn.investpromo.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * The benchmark ledgers' rows read with nothing but the JDK: zip and StAX over the first
 * sheet, its shared strings and the styles that make a number a date. It reads only what
 * the generator writes, so it is the floors' reader, not a second ledger reader.
 */
final class XlsxRows {

	private static final MathContext EXCEL_PRECISION = new MathContext(15);

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private final XMLInputFactory xmlFactory = XMLInputFactory.newFactory();

	/** What a floor does with each row: the 1-based row number and the cells' text. */
	interface RowHandler {

		void row(int rowNumber, List<String> cells) throws SQLException;

	}

	/**
	 * Hands every row of the first sheet to the handler, in order; the list of cells is
	 * reused from row to row.
	 */
	void read(Path file, RowHandler handler) throws IOException, XMLStreamException, SQLException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			List<String> strings = sharedStrings(zip);
			Set<Integer> dateStyles = dateStyles(zip);
			ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
			try (InputStream in = zip.getInputStream(sheet)) {
				XMLStreamReader xml = this.xmlFactory.createXMLStreamReader(in, "UTF-8");
				List<String> cells = new ArrayList<>();
				int rowNumber = 0;
				while (xml.hasNext()) {
					int event = xml.next();
					if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
						rowNumber = Integer.parseInt(xml.getAttributeValue(null, "r"));
						cells.clear();
					}
					else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
						int column = column(xml.getAttributeValue(null, "r"));
						String type = xml.getAttributeValue(null, "t");
						String style = xml.getAttributeValue(null, "s");
						String value = cellValue(xml, type, strings,
								style != null && dateStyles.contains(Integer.parseInt(style)));
						while (cells.size() < column) {
							cells.add("");
						}
						cells.add(value);
					}
					else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
						handler.row(rowNumber, cells);
					}
				}
				xml.close();
			}
		}
	}

	private static int column(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
			column = column * 26 + (reference.charAt(i) - 'A' + 1);
		}
		return column - 1;
	}

	/**
	 * The cell's text as a reader shows it: shared or inline text, a date as ISO text, a
	 * number as plain decimal.
	 */
	private String cellValue(XMLStreamReader xml, @Nullable String type, List<String> strings, boolean date)
			throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.CHARACTERS) {
				text.append(xml.getText());
			}
		}
		String value = text.toString();
		if ("s".equals(type)) {
			return strings.get(Integer.parseInt(value.trim()));
		}
		if (type != null || value.isEmpty()) {
			return value;
		}
		double number = Double.parseDouble(value);
		if (date) {
			return EXCEL_EPOCH.plusDays((long) Math.floor(number)).toString();
		}
		return new BigDecimal(value.trim()).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
	}

	private List<String> sharedStrings(ZipFile zip) throws IOException, XMLStreamException {
		List<String> strings = new ArrayList<>();
		ZipEntry entry = zip.getEntry("xl/sharedStrings.xml");
		if (entry == null) {
			return strings;
		}
		try (InputStream in = zip.getInputStream(entry)) {
			XMLStreamReader xml = this.xmlFactory.createXMLStreamReader(in, "UTF-8");
			StringBuilder text = null;
			boolean inText = false;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = xml.getLocalName();
					if (name.equals("si")) {
						text = new StringBuilder();
					}
					inText = name.equals("t");
				}
				else if (event == XMLStreamConstants.CHARACTERS && inText && text != null) {
					text.append(xml.getText());
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					if (xml.getLocalName().equals("si") && text != null) {
						strings.add(text.toString());
					}
					inText = false;
				}
			}
			xml.close();
		}
		return strings;
	}

	/**
	 * The cell styles (cellXfs) whose number format is a date: the generator's yyyy-mm-dd
	 * (or a built-in one).
	 */
	private Set<Integer> dateStyles(ZipFile zip) throws IOException, XMLStreamException {
		Set<Integer> dateFormats = new LinkedHashSet<>(List.of(14, 15, 16, 17, 22));
		Set<Integer> styles = new LinkedHashSet<>();
		ZipEntry entry = zip.getEntry("xl/styles.xml");
		if (entry == null) {
			return styles;
		}
		try (InputStream in = zip.getInputStream(entry)) {
			XMLStreamReader xml = this.xmlFactory.createXMLStreamReader(in, "UTF-8");
			boolean cellXfs = false;
			int index = 0;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (xml.getLocalName()) {
						case "numFmt" -> {
							String code = xml.getAttributeValue(null, "formatCode").toLowerCase();
							if (code.contains("yy") || code.contains("d")) {
								dateFormats.add(Integer.parseInt(xml.getAttributeValue(null, "numFmtId")));
							}
						}
						case "cellXfs" -> cellXfs = true;
						case "xf" -> {
							if (cellXfs) {
								String id = xml.getAttributeValue(null, "numFmtId");
								if (id != null && dateFormats.contains(Integer.parseInt(id))) {
									styles.add(index);
								}
								index++;
							}
						}
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
					cellXfs = false;
				}
			}
			xml.close();
		}
		return styles;
	}

}
