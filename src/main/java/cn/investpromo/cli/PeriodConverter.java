package cn.investpromo.cli;

import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import cn.investpromo.report.Period;

/**
 * Reads {@code --period 2019-07} (any form {@code --month} takes), {@code 2019-Q3},
 * {@code 2019-H1} or {@code 2019}.
 */
class PeriodConverter implements ITypeConverter<Period> {

	private static final Pattern QUARTER_HALF_OR_YEAR = Pattern.compile("\\d{4}(?:-[QqHh]\\d)?");

	@Override
	public Period convert(String value) {
		if (!QUARTER_HALF_OR_YEAR.matcher(value.trim()).matches()) {
			// a month: the same forms and messages as --month (201907, 2019/07; months
			// run from 01 to 12)
			return Period.month(new YearMonthConverter().convert(value));
		}
		try {
			return Period.parse(value.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new TypeConversionException(ex.getMessage());
		}
	}

}
