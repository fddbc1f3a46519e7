package cn.investpromo.ledger.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import cn.investpromo.ledger.LedgerWorkbook.LedgerSheet;
import cn.investpromo.ledger.RawRow;
import cn.investpromo.ledger.internal.CsvLines.Line;
import cn.investpromo.value.Reason;

/**
 * A CSV file's lines gathered into records, the one sheet of the file: a quoted cell may
 * span lines. Cells past the first {@code maxColumns} of a record are dropped.
 */
final class CsvSheet implements LedgerSheet {

	/**
	 * A quoted cell spanning more lines than this is a quote left open, not a note with
	 * line breaks.
	 */
	private static final int MAX_LINES_PER_RECORD = 100;

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

	private final String name;

	private final CsvLines lines;

	private final int maxColumns;

	/**
	 * Lines read ahead while looking for the end of a quoted cell, to be read again if it
	 * never ends.
	 */
	private final Deque<Line> pushedBack = new ArrayDeque<>();

	CsvSheet(String name, CsvLines lines, int maxColumns) {
		this.name = name;
		this.lines = lines;
		this.maxColumns = maxColumns;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public @Nullable RawRow nextRow() throws IOException {
		while (true) {
			Line first = nextLine();
			if (first == null) {
				return null;
			}
			RawRow row = record(first);
			if (!row.blank()) {
				return row;
			}
		}
	}

	/**
	 * The record starting at {@code first}: one line, or more while a quoted cell is
	 * open.
	 */
	private RawRow record(Line first) throws IOException {
		if (first.text().indexOf('"') < 0) {
			return new RawRow(first.number(), split(first.text()));
		}
		StringBuilder text = new StringBuilder(first.text());
		List<Line> more = new ArrayList<>();
		while (quotes(text) % 2 != 0) {
			Line next = (more.size() < MAX_LINES_PER_RECORD) ? nextLine() : null;
			if (next == null) {
				// the quote never closes: only this line is lost, the lines after it are
				// read again
				pushBack(more);
				return damaged(first, Reason.of("row.unbalancedQuote"));
			}
			more.add(next);
			text.append('\n').append(next.text());
		}
		try (CSVParser parser = FORMAT.parse(new StringReader(text.toString()))) {
			List<CSVRecord> records = parser.getRecords();
			List<String> cells = records.isEmpty() ? List.of() : records.get(0).toList();
			return new RawRow(first.number(), List.copyOf(cells.subList(0, Math.min(cells.size(), this.maxColumns))));
		}
		catch (UncheckedIOException | IOException | IllegalStateException ex) {
			// over several lines, the first one's open quote is the likelier fault: the
			// others are read again
			pushBack(more);
			return damaged(first, Reason.of(more.isEmpty() ? "row.misplacedQuote" : "row.unbalancedQuote"));
		}
	}

	private void pushBack(List<Line> lines) {
		for (int i = lines.size() - 1; i >= 0; i--) {
			this.pushedBack.push(lines.get(i));
		}
	}

	private static RawRow damaged(Line line, Reason reason) {
		String text = line.text();
		return new RawRow(line.number(), List.of(text.length() > 200 ? text.substring(0, 200) + "…" : text), reason);
	}

	private static int quotes(CharSequence text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '"') {
				count++;
			}
		}
		return count;
	}

	/** Cells of a line without quotes, up to the limit: commas are all separators. */
	private List<String> split(String text) {
		List<String> cells = new ArrayList<>();
		int start = 0;
		int comma;
		while ((comma = text.indexOf(',', start)) >= 0 && cells.size() < this.maxColumns) {
			cells.add(text.substring(start, comma));
			start = comma + 1;
		}
		if (cells.size() < this.maxColumns) {
			cells.add(text.substring(start));
		}
		return List.copyOf(cells);
	}

	private @Nullable Line nextLine() throws IOException {
		return this.pushedBack.isEmpty() ? this.lines.next() : this.pushedBack.pop();
	}

}
