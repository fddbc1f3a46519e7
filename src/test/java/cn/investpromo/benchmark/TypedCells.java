package cn.investpromo.benchmark;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;

import cn.investpromo.value.AmountUnit;
import cn.investpromo.value.Amounts;
import cn.investpromo.value.Counts;
import cn.investpromo.value.FxRates;
import cn.investpromo.value.InvalidValueException;
import cn.investpromo.value.LedgerDates;
import cn.investpromo.value.TextNormalizer;
import cn.investpromo.value.Vocabularies;
import cn.investpromo.value.Vocabulary;

/**
 * The cells of the floors' current row by header, typed by SPEC §2.4 with the project's
 * own value parsers: a cell that does not read throws {@link Rejected}, which makes the
 * row a reject.
 */
abstract class TypedCells {

	private static final AmountUnit WAN = AmountUnit.WAN_YUAN;

	private final Map<String, Integer> columns = new HashMap<>();

	private final FxRates rates;

	private List<String> cells = List.of();

	TypedCells(List<String> header, FxRates rates) {
		for (int i = 0; i < header.size(); i++) {
			this.columns.put(TextNormalizer.normalize(header.get(i)), i);
		}
		this.rates = rates;
	}

	/** The row whose cells the typed getters read next. */
	void use(List<String> cells) {
		this.cells = cells;
	}

	String raw(String header) {
		Integer column = this.columns.get(header);
		return (column != null && column < this.cells.size()) ? this.cells.get(column) : "";
	}

	@Nullable String text(String header) {
		String text = TextNormalizer.normalize(raw(header));
		return text.isEmpty() ? null : text;
	}

	@Nullable String display(String header) {
		String text = TextNormalizer.display(raw(header));
		return text.isEmpty() ? null : text;
	}

	String required(String header) {
		String text = display(header);
		if (text == null) {
			throw new Rejected(header, "", "required");
		}
		return text;
	}

	@Nullable LocalDate date(String header) {
		String text = text(header);
		try {
			return (text != null) ? LedgerDates.parse(text) : null;
		}
		catch (InvalidValueException ex) {
			throw new Rejected(header, raw(header), ex.getMessage());
		}
	}

	LocalDate requiredDate(String header) {
		LocalDate date = date(header);
		if (date == null) {
			throw new Rejected(header, "", "required date");
		}
		return date;
	}

	@Nullable BigDecimal amount(String header) {
		try {
			return Amounts.parseWan(text(header), WAN, "", this.rates).orElse(null);
		}
		catch (InvalidValueException ex) {
			throw new Rejected(header, raw(header), ex.getMessage());
		}
	}

	@Nullable Integer count(String header) {
		try {
			OptionalInt count = Counts.parse(text(header));
			return count.isPresent() ? count.getAsInt() : null;
		}
		catch (InvalidValueException ex) {
			throw new Rejected(header, raw(header), ex.getMessage());
		}
	}

	<E extends Enum<E> & Vocabulary> E vocabulary(String header, Class<E> type, E otherwise) {
		try {
			return Vocabularies.parse(type, text(header)).orElse(otherwise);
		}
		catch (InvalidValueException ex) {
			throw new Rejected(header, raw(header), ex.getMessage());
		}
	}

	/** Binds a typed value, a date as an SQL date and null as NULL. */
	static void bind(PreparedStatement statement, int index, @Nullable Object value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.NULL);
		}
		else if (value instanceof LocalDate date) {
			statement.setDate(index, Date.valueOf(date));
		}
		else {
			statement.setObject(index, value);
		}
	}

	/** A cell that does not read: the row becomes a reject. */
	static final class Rejected extends RuntimeException {

		private final String column;

		private final String value;

		Rejected(String column, String value, String reason) {
			super(reason, null, false, false);
			this.column = column;
			this.value = value;
		}

		String column() {
			return this.column;
		}

		String value() {
			return this.value;
		}

	}

}
