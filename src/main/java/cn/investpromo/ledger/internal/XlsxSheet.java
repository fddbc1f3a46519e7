package cn.investpromo.ledger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

import cn.investpromo.ledger.LedgerWorkbook.LedgerSheet;
import cn.investpromo.ledger.RawRow;

import static cn.investpromo.ledger.internal.OoxmlXml.integer;
import static cn.investpromo.ledger.internal.OoxmlXml.noDtd;

/**
 * Pulls rows from one sheet's XML. Columns the sheet hides read as blank, a cell with
 * only a style is not part of its row, and cells past the first {@code maxColumns}
 * columns are skipped as they stream by: a stray value in column XFD costs nothing.
 */
final class XlsxSheet implements LedgerSheet {

	/** Excel's widest sheet: column XFD. */
	static final int EXCEL_COLUMNS = 16_384;

	private final String name;

	private final InputStream in;

	private final XMLStreamReader xml;

	private final XlsxCellValues values;

	private final int maxColumns;

	private int lastRowNumber;

	/**
	 * Columns the sheet hides, from {@code <cols>}, which comes before
	 * {@code <sheetData>}.
	 */
	private final BitSet hidden = new BitSet();

	XlsxSheet(String name, InputStream in, XMLStreamReader xml, XlsxCellValues values, int maxColumns) {
		this.name = name;
		this.in = in;
		this.xml = xml;
		this.values = values;
		this.maxColumns = maxColumns;
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
															// unchecked from the stream
			throw XlsxFailures.describe(ex, "工作表 " + this.name + " 第 " + (this.lastRowNumber + 1) + " 行附近 XML 已损坏，无法解析",
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
		if (min != null && max != null) { // a malformed <col> hides nothing; the data is
											// still read
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
				// only
				// a style not part of the row, a column past the limit not read
				if (value.isEmpty() || this.hidden.get(column) || column >= this.maxColumns) {
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
	 * The 0-based column of a cell reference such as {@code XFD1}; {@code next} when it
	 * has none.
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
	 * Reads one {@code <c>} element and returns its value as text (dates as ISO, numbers
	 * plain).
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
				else if ("t".equals(local) && depth == 0) { // inline string, possibly in
															// rich-text runs
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
		return (value == null || value.isEmpty()) ? "" : this.values.text(type, style, value);
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
