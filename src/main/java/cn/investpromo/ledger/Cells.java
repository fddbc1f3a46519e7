package cn.investpromo.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import cn.investpromo.ledger.LedgerItem.LedgerRow;
import cn.investpromo.ledger.LedgerItem.SheetStarted;
import cn.investpromo.ledger.SheetLayout.Column;
import cn.investpromo.quality.Source;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionMatch;
import cn.investpromo.value.AmountUnit;
import cn.investpromo.value.Amounts;
import cn.investpromo.value.Counts;
import cn.investpromo.value.Currencies;
import cn.investpromo.value.FxRates;
import cn.investpromo.value.InvalidValueException;
import cn.investpromo.value.LedgerDates;
import cn.investpromo.value.Reason;
import cn.investpromo.value.TextNormalizer;
import cn.investpromo.value.UsdAmounts;

/** A row's cells by field, with the parsing that turns a bad value into a reject. */
final class Cells {

	/**
	 * The longest text a cell holds in Excel, and a text column in the database (V11).
	 */
	static final int MAX_TEXT = 32_767;

	private final LedgerRow row;

	private final SheetStarted sheet;

	private final FxRates fxRates;

	private final @Nullable Region defaultRegion;

	private final TextMatches matches;

	Cells(LedgerRow row, FxRates fxRates, @Nullable Region defaultRegion, TextMatches matches) {
		this.row = row;
		this.sheet = row.sheet();
		this.fxRates = fxRates;
		this.defaultRegion = defaultRegion;
		this.matches = matches;
	}

	/**
	 * The region the sheet's title or file name names (招远市 for 招远市到位资金台账.xlsx), null when
	 * it names none.
	 */
	@Nullable String contextRegionCode() {
		return this.sheet.contextRegionCode();
	}

	Source source() {
		return this.row.source();
	}

	/** The column of a field in this sheet, null when the sheet has none. */
	@Nullable Column column(LedgerField field) {
		return Objects.requireNonNull(this.sheet.layout()).column(field);
	}

	/** The raw 币种 cell: the value rules tell a blank one from an explicit CNY. */
	String currencyCell() {
		return Objects.requireNonNullElse(optionalText(LedgerField.CURRENCY), "");
	}

	private String raw(LedgerField field) {
		Column column = Objects.requireNonNull(this.sheet.layout()).column(field);
		String text = (column != null) ? this.row.row().cell(column.index()) : "";
		if (text.length() > MAX_TEXT) { // only a CSV can hold more than an Excel
										// cell; the columns hold that much
			throw new InvalidCellException(Objects.requireNonNull(column).header(), text.substring(0, 100) + "…",
					Reason.of("cell.tooLong", text.length(), MAX_TEXT));
		}
		return text;
	}

	/** The cell in its normal form: for ids, lookups and parsing. */
	@Nullable String optionalText(LedgerField field) {
		String text = TextNormalizer.normalize(raw(field));
		return text.isEmpty() ? null : text;
	}

	/**
	 * The cell as the report prints it: names, places and notes keep the ledger's Chinese
	 * punctuation.
	 */
	@Nullable String optionalDisplay(LedgerField field) {
		String text = TextNormalizer.display(raw(field));
		return text.isEmpty() ? null : text;
	}

	String requiredDisplay(LedgerField field) {
		String text = optionalDisplay(field);
		if (text == null) {
			throw fail(field, Reason.of("cell.required"));
		}
		return text;
	}

	String requiredText(LedgerField field) {
		String text = optionalText(field);
		if (text == null) {
			throw fail(field, Reason.of("cell.required"));
		}
		return text;
	}

	<T> Optional<T> parse(LedgerField field, Function<String, Optional<T>> parser) {
		String text = optionalText(field);
		if (text == null) {
			return Optional.empty();
		}
		try {
			return parser.apply(text);
		}
		catch (InvalidValueException ex) {
			throw fail(field, ex.reason());
		}
	}

	LocalDate requiredDate(LedgerField field) {
		return optionalDate(field).orElseThrow(() -> fail(field, Reason.of("cell.requiredDate")));
	}

	Optional<LocalDate> optionalDate(LedgerField field) {
		return parse(field, (text) -> Optional.of(LedgerDates.parse(text)));
	}

	@Nullable Integer count(LedgerField field) {
		return parse(field, (text) -> {
			OptionalInt value = Counts.parse(text);
			return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
		}).orElse(null);
	}

	String currency(String text) {
		try {
			return Currencies.code(text);
		}
		catch (InvalidValueException ex) {
			throw fail(LedgerField.CURRENCY, ex.reason());
		}
	}

	/** An amount in 万元, of the row's currency. */
	@Nullable BigDecimal amount(LedgerField field) {
		return amount(field, currencyCell());
	}

	@Nullable BigDecimal amount(LedgerField field, String currency) {
		Column column = Objects.requireNonNull(this.sheet.layout()).column(field);
		if (column == null) {
			return null;
		}
		return parse(field, (text) -> Amounts.parseWan(text, AmountUnit.parse(column.unit()), currency, this.fxRates))
			.orElse(null);
	}

	/** An amount of foreign capital in 万美元 (SPEC §2.9), or none for a blank cell. */
	@Nullable BigDecimal usdAmount(LedgerField field) {
		Column column = Objects.requireNonNull(this.sheet.layout()).column(field);
		if (column == null) {
			return null;
		}
		return parse(field, (text) -> UsdAmounts.parseUsdWan(text, column.unit(), this.fxRates)).orElse(null);
	}

	Region region(LedgerField field) {
		String text = optionalText(field);
		if (text == null) {
			if (this.defaultRegion != null) {
				return this.defaultRegion;
			}
			throw fail(field, Reason.of("cell.requiredRegion"));
		}
		Region context = (this.sheet.contextRegionCode() != null)
				? this.matches.regions().byCode(this.sheet.contextRegionCode()).orElse(null) : this.defaultRegion;
		RegionMatch match = this.matches.resolve(text, context);
		if (!match.resolved()) {
			throw fail(field, match.reason());
		}
		return Objects.requireNonNull(match.region());
	}

	InvalidCellException fail(LedgerField field, @Nullable Reason reason) {
		Column column = Objects.requireNonNull(this.sheet.layout()).column(field);
		String header = (column != null) ? column.header() : field.canonicalHeader();
		return new InvalidCellException(header, raw(field), (reason != null) ? reason : Reason.of("cell.unreadable"));
	}

}
