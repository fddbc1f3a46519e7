package cn.investpromo.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --month 2019-07}. */
class YearMonthConverter implements ITypeConverter<YearMonth> {

	@Override
	public YearMonth convert(String value) {
		try {
			return YearMonth.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new TypeConversionException("month must look like 2019-07, not '" + value + "'");
		}
	}

}
