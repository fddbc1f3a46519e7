package cn.investpromo.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.investpromo.pipeline.PipelineProject;
import cn.investpromo.pipeline.PipelineStage;
import cn.investpromo.region.Region;
import cn.investpromo.value.Currencies;
import cn.investpromo.value.InvalidValueException;
import cn.investpromo.value.LedgerDates;
import cn.investpromo.value.Reason;
import cn.investpromo.value.TextNormalizer;
import cn.investpromo.value.Vocabularies;

/**
 * Reads a row of a pipeline ledger (SPEC §2.8) into a project, or rejects it naming the
 * column: an unknown stage with the stages there are, a date or amount that does not
 * read.
 */
final class PipelineRows {

	/**
	 * A month alone: {@code 2019-07}, {@code 2019/7}, {@code 2019.7}, {@code 2019年7月},
	 * {@code 201907}.
	 */
	private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*(?:[-/.]|年)?\\s*(\\d{1,2})\\s*月?(?:份)?");

	private final TextMatches matches;

	PipelineRows(TextMatches matches) {
		this.matches = matches;
	}

	PipelineProject project(Cells cells) {
		String id = cells.optionalText(LedgerField.PIPELINE_ID);
		String name = cells.requiredDisplay(LedgerField.PIPELINE_NAME);
		PipelineStage stage = cells.parse(LedgerField.STAGE, (text) -> Vocabularies.parse(PipelineStage.class, text))
			.orElseThrow(() -> cells.fail(LedgerField.STAGE, Reason.of("cell.required")));
		Region region = cells.region(LedgerField.PIPELINE_REGION);
		String industryText = cells.optionalDisplay(LedgerField.PIPELINE_INDUSTRY);
		String industryCell = cells.optionalText(LedgerField.PIPELINE_INDUSTRY);
		// blank or unmatched: 其他 (SPEC §2.8)
		String industryCode = this.matches.classify((industryCell != null) ? industryCell : "").industry().code();
		String currencyCell = currencyCell(cells);
		BigDecimal amount = cells.amount(LedgerField.EXPECTED_AMOUNT, currencyCell);
		LocalDate firstContact = cells.optionalDate(LedgerField.FIRST_CONTACT).orElse(null);
		LocalDate expected = cells.parse(LedgerField.EXPECTED_SIGNING, (text) -> Optional.of(dateOrMonth(text)))
			.orElse(null);
		LocalDate lastFollowUp = cells.optionalDate(LedgerField.LAST_FOLLOW_UP).orElse(null);
		String key = LedgerKeys
			.boundedKey((id != null) ? "ID|" + id : "K|" + TextNormalizer.comparisonKey(name) + "|" + region.code());
		return new PipelineProject(key, id, name, cells.optionalDisplay(LedgerField.PIPELINE_INVESTOR),
				cells.optionalDisplay(LedgerField.PIPELINE_ORIGIN), region.code(), industryCode, industryText, amount,
				currencyCell.isEmpty() ? "CNY" : currencyCell, stage, firstContact, expected, lastFollowUp,
				cells.optionalDisplay(LedgerField.RESPONSIBLE_UNIT), cells.optionalDisplay(LedgerField.RESPONSIBLE),
				cells.optionalDisplay(LedgerField.PIPELINE_NOTES), cells.source());
	}

	/**
	 * The row's currency code, empty for a blank 币种 (CNY); a currency not known rejects
	 * the row.
	 */
	private static String currencyCell(Cells cells) {
		String text = cells.optionalText(LedgerField.PIPELINE_CURRENCY);
		if (text == null) {
			return "";
		}
		try {
			return Currencies.code(text);
		}
		catch (InvalidValueException ex) {
			throw cells.fail(LedgerField.PIPELINE_CURRENCY, ex.reason());
		}
	}

	/**
	 * A date, or a month alone as its last day: a project expected "in July" is late only
	 * once July is over.
	 */
	static LocalDate dateOrMonth(String text) {
		Matcher month = MONTH.matcher(text.trim());
		if (month.matches() && !text.trim().matches("\\d{8}")) {
			int value = Integer.parseInt(month.group(2));
			int year = Integer.parseInt(month.group(1));
			if (value >= 1 && value <= 12 && year >= LedgerDates.MIN_YEAR && year <= LedgerDates.MAX_YEAR) {
				return YearMonth.of(year, value).atEndOfMonth();
			}
		}
		return LedgerDates.parse(text);
	}

}
