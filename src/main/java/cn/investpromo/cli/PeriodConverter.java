package cn.investpromo.cli;

import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import cn.investpromo.report.Period;

/**
 * Reads {@code --period 2019-07} (any form {@code --month} takes), {@code 2019-Q3},
 * {@code 2019-H1} or {@code 2019}; which form it is, {@link Period.Form} says.
 */
class PeriodConverter implements ITypeConverter<Period> {

	@Override
	public Period convert(String value) {
		Period.Form form = Period.Form.of(value).orElse(Period.Form.MONTH);
		if (form == Period.Form.MONTH) {
			// a month: the same forms and messages as --month (201907, 2019/07; months
			// run from 01 to 12)
			return Period.month(new YearMonthConverter().convert(value));
		}
		try {
			return Period.parse(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new TypeConversionException(ex.getMessage());
		}
	}

}
