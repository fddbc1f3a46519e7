package cn.investpromo.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import cn.investpromo.funds.FundArrival;
import cn.investpromo.funds.FundSource;
import cn.investpromo.ledger.ArrivalMonths.ArrivalDate;
import cn.investpromo.ledger.SheetLayout.Column;
import cn.investpromo.region.Region;
import cn.investpromo.value.AmountUnit;
import cn.investpromo.value.Currencies;
import cn.investpromo.value.FxRates;
import cn.investpromo.value.HeaderCell;
import cn.investpromo.value.InvalidValueException;
import cn.investpromo.value.Reason;
import cn.investpromo.value.TextNormalizer;
import cn.investpromo.value.Vocabularies;

/**
 * Reads a row of the funds ledger (SPEC §2.7) into an arrival; a bad amount, date,
 * currency, source or region rejects the row through {@link InvalidCellException}.
 */
final class FundRows {

	/**
	 * Names of an amount column that says "this arrival" beyond doubt, where a projects
	 * ledger's cumulative 到位资金 column might be meant otherwise.
	 */
	private static final Set<String> ARRIVAL_AMOUNT_NAMES = Set.of(HeaderCell.parse("到位金额").name(),
			HeaderCell.parse("本月到位").name(), HeaderCell.parse("本月到位资金").name());

	private final FxRates fxRates;

	private final @Nullable Region defaultRegion;

	/**
	 * The sheet being read and how often each identity occurred in it so far: a second
	 * arrival of a project on the same date (two tranches) is a second arrival, not a
	 * correction of the first.
	 */
	private String sheet = "";

	private final Map<String, Integer> occurrences = new HashMap<>();

	FundRows(FxRates fxRates, @Nullable Region defaultRegion) {
		this.fxRates = fxRates;
		this.defaultRegion = defaultRegion;
	}

	/**
	 * Whether a header row is a funds ledger's: an amount arrived and its date or month.
	 * A sheet that also names a 签约日期 is a signed-projects ledger with a cumulative 到位资金
	 * column, unless its amount column is called 到位金额 or 本月到位, so neither is taken for
	 * the other.
	 */
	static boolean recognises(Map<LedgerField, Column> funds, Map<LedgerField, Column> projects) {
		Column amount = funds.get(LedgerField.ARRIVAL_AMOUNT);
		if (amount == null
				|| !(funds.containsKey(LedgerField.ARRIVAL_DATE) || funds.containsKey(LedgerField.ARRIVAL_MONTH))) {
			return false;
		}
		return !projects.containsKey(LedgerField.SIGNED_DATE)
				|| ARRIVAL_AMOUNT_NAMES.contains(HeaderCell.parse(amount.header()).name());
	}

	FundArrival arrival(Cells cells) {
		String id = cells.optionalText(LedgerField.FUND_PROJECT_ID);
		String name = cells.requiredDisplay(LedgerField.FUND_PROJECT_NAME);
		String nameKey = Objects.requireNonNullElse(truncate(TextNormalizer.comparisonKey(name)), "");
		String region = (cells.optionalText(LedgerField.FUND_REGION) != null)
				? cells.region(LedgerField.FUND_REGION).code() : null;
		ArrivalDate when = date(cells);
		String currencyCell = Objects.requireNonNullElse(cells.optionalText(LedgerField.FUND_CURRENCY), "");
		String currency = currency(cells, currencyCell);
		BigDecimal amount = cells.amount(LedgerField.ARRIVAL_AMOUNT, currencyCell);
		if (amount == null) {
			throw cells.fail(LedgerField.ARRIVAL_AMOUNT, Reason.of("cell.required"));
		}
		FundSource written = cells.parse(LedgerField.FUND_SOURCE, (text) -> Vocabularies.parse(FundSource.class, text))
			.filter((source) -> source != FundSource.UNKNOWN)
			.orElse(null);
		BigDecimal usd = amount.divide(this.fxRates.toCny(BigDecimal.ONE, "USD"), 6, RoundingMode.HALF_UP);
		String reference = LedgerKeys.boundedKey((id != null) ? "ID|" + id : "K|" + nameKey);
		String day = when.monthOnly() ? when.date().toString().substring(0, 7) : when.date().toString();
		String key = occurrence(cells,
				LedgerKeys.boundedKey("A|" + reference + "|" + Objects.requireNonNullElse(region, "") + "|" + day + "|"
						+ ((written != null) ? written.name() : "")));
		return new FundArrival(key, id, reference, name, nameKey, region, fallbackRegion(cells), when.date(),
				when.monthOnly(), amount, currency, usd, written, cells.optionalDisplay(LedgerField.FUND_NOTES),
				cells.source());
	}

	/**
	 * Where an arrival lands that names no region and links to no project: the configured
	 * default region, else the region the ledger's title or file name names, so that it
	 * is still counted (and listed as 未关联项目) in that region's reports.
	 */
	private @Nullable String fallbackRegion(Cells cells) {
		return (this.defaultRegion != null) ? this.defaultRegion.code() : cells.contextRegionCode();
	}

	/**
	 * The identity, with {@code #n} for its n-th occurrence in the sheet beyond the
	 * first.
	 */
	private String occurrence(Cells cells, String identity) {
		String sheet = cells.source().file() + "|" + cells.source().sheet();
		if (!sheet.equals(this.sheet)) {
			this.sheet = sheet;
			this.occurrences.clear();
		}
		int n = this.occurrences.merge(identity, 1, Integer::sum);
		return (n == 1) ? identity : LedgerKeys.boundedKey(identity + "#" + n);
	}

	private static @Nullable String truncate(String text) {
		return (text.length() <= 500) ? text : text.substring(0, 500);
	}

	/** The row's currency: its 币种 cell, else the amount header's unit, else CNY. */
	private static String currency(Cells cells, String currencyCell) {
		try {
			if (!currencyCell.isEmpty()) {
				return Currencies.code(currencyCell);
			}
		}
		catch (InvalidValueException ex) {
			throw cells.fail(LedgerField.FUND_CURRENCY, ex.reason());
		}
		Column amount = cells.column(LedgerField.ARRIVAL_AMOUNT);
		try {
			return (amount != null) ? AmountUnit.parse(amount.unit()).currency() : Currencies.CNY;
		}
		catch (InvalidValueException ex) {
			throw cells.fail(LedgerField.ARRIVAL_AMOUNT, ex.reason());
		}
	}

	private static ArrivalDate date(Cells cells) {
		String date = cells.optionalText(LedgerField.ARRIVAL_DATE);
		String month = cells.optionalText(LedgerField.ARRIVAL_MONTH);
		LedgerField field = (date != null || month == null) ? LedgerField.ARRIVAL_DATE : LedgerField.ARRIVAL_MONTH;
		if (date == null && month == null) {
			LedgerField present = (cells.column(LedgerField.ARRIVAL_DATE) != null) ? LedgerField.ARRIVAL_DATE
					: LedgerField.ARRIVAL_MONTH;
			throw cells.fail(present, Reason.of("cell.requiredDate"));
		}
		try {
			return (date != null) ? ArrivalMonths.fromDateCell(date)
					: ArrivalMonths.fromMonthCell(Objects.requireNonNull(month));
		}
		catch (InvalidValueException ex) {
			throw cells.fail(field, ex.reason());
		}
	}

}
