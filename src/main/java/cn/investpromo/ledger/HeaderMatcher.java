package cn.investpromo.ledger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import cn.investpromo.ledger.LedgerWorkbook.LedgerSheet;
import cn.investpromo.value.HeaderCell;
import cn.investpromo.quality.LedgerKind;

/**
 * Recognises a ledger's header row (SPEC §2.1): the first of the first 10 rows whose
 * cells name the required columns of one ledger kind, ignoring spaces, case, full-width
 * forms and a trailing unit in brackets.
 */
public final class HeaderMatcher {

	/** How many rows from the top may hold titles before the header row. */
	public static final int HEADER_SEARCH_ROWS = 10;

	private final Map<LedgerKind, Map<String, LedgerField>> aliases = new EnumMap<>(LedgerKind.class);

	public HeaderMatcher() {
		for (LedgerField field : LedgerField.values()) {
			Map<String, LedgerField> byName = this.aliases.computeIfAbsent(field.kind(), (kind) -> new HashMap<>());
			for (String header : field.headers()) {
				byName.putIfAbsent(HeaderCell.parse(header).name(), field);
			}
		}
	}

	/**
	 * What the search for a sheet's header row found: its layout and the header row (both
	 * null when there is none in the first {@value #HEADER_SEARCH_ROWS} rows), and the
	 * rows above it, which may hold titles.
	 */
	public record HeaderSearch(@Nullable SheetLayout layout, @Nullable RawRow header, List<RawRow> above) {
	}

	/**
	 * Reads the sheet's first rows up to its header row: the first of the first
	 * {@value #HEADER_SEARCH_ROWS} rows, read whole, that announces a layout. The sheet
	 * reads on after the header row, or after the last row searched.
	 */
	public HeaderSearch find(LedgerSheet sheet) throws IOException {
		List<RawRow> above = new ArrayList<>();
		RawRow row;
		while (above.size() < HEADER_SEARCH_ROWS && (row = sheet.nextRow()) != null
				&& row.number() <= HEADER_SEARCH_ROWS) {
			Optional<SheetLayout> match = (row.damage() == null) ? match(row) : Optional.empty();
			if (match.isPresent()) {
				return new HeaderSearch(match.get(), row, above);
			}
			above.add(row);
		}
		return new HeaderSearch(null, null, above);
	}

	/** The layout the row announces, if it is the header row of a ledger. */
	public Optional<SheetLayout> match(RawRow row) {
		Optional<SheetLayout> pipeline = PipelineHeaders.match(columnsOf(LedgerKind.PIPELINE, row),
				columnsOf(LedgerKind.PROJECTS, row), row.number());
		if (pipeline.isPresent()) {
			return pipeline;
		}
		// funds first (FundRows.recognises tells a funds ledger from a projects ledger
		// with a 到位资金 column); projects next: an English projects header also has
		// start_date (开工日期), an events header has no signed date
		for (LedgerKind kind : List.of(LedgerKind.FUNDS, LedgerKind.PROJECTS, LedgerKind.EVENTS, LedgerKind.TARGETS,
				LedgerKind.REGIONS, LedgerKind.INDUSTRIES, LedgerKind.ENTERPRISES)) {
			Map<LedgerField, SheetLayout.Column> columns = columnsOf(kind, row);
			if ((kind == LedgerKind.FUNDS) ? FundRows.recognises(columns, columnsOf(LedgerKind.PROJECTS, row))
					: recognises(kind, columns)) {
				return Optional.of(new SheetLayout(kind, row.number(), Map.copyOf(columns)));
			}
		}
		return Optional.empty();
	}

	private Map<LedgerField, SheetLayout.Column> columnsOf(LedgerKind kind, RawRow row) {
		// every ledger kind has fields
		Map<String, LedgerField> byName = Objects.requireNonNull(this.aliases.get(kind));
		Map<LedgerField, SheetLayout.Column> columns = new EnumMap<>(LedgerField.class);
		for (int i = 0; i < row.cells().size(); i++) {
			String raw = row.cell(i);
			if (raw.isBlank()) {
				continue;
			}
			HeaderCell header = HeaderCell.parse(raw);
			LedgerField field = byName.get(header.name());
			if (field != null && !columns.containsKey(field)) { // the first of two
																// same-named columns wins
				columns.put(field, new SheetLayout.Column(i, raw.trim(), header.unit()));
			}
		}
		return columns;
	}

	private static boolean recognises(LedgerKind kind, Map<LedgerField, SheetLayout.Column> columns) {
		return switch (kind) {
			case EVENTS -> columns.containsKey(LedgerField.EVENT_NAME) && columns.containsKey(LedgerField.EVENT_START);
			case PROJECTS ->
				columns.containsKey(LedgerField.PROJECT_NAME) && columns.containsKey(LedgerField.SIGNED_DATE);
			case TARGETS -> columns.containsKey(LedgerField.TARGET_AREA) && columns.containsKey(LedgerField.TARGET_YEAR)
					&& columns.containsKey(LedgerField.TARGET_INDICATOR)
					&& columns.containsKey(LedgerField.TARGET_VALUE);
			case REGIONS -> columns.containsKey(LedgerField.USER_REGION_NAME)
					&& (columns.containsKey(LedgerField.USER_REGION_PARENT)
							|| columns.containsKey(LedgerField.USER_REGION_MEMBERS));
			case INDUSTRIES ->
				columns.containsKey(LedgerField.KEYWORD_INDUSTRY) && columns.containsKey(LedgerField.KEYWORDS);
			case ENTERPRISES ->
				columns.containsKey(LedgerField.ENTERPRISE_NAME) && columns.containsKey(LedgerField.ENTERPRISE_TAGS);
			default -> false;
		};
	}

}
