package cn.investpromo.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import cn.investpromo.report.Period;

/** Reads {@code --period 2019-07}, {@code 2019-Q3}, {@code 2019-H1} or {@code 2019}. */
class PeriodConverter implements ITypeConverter<Period> {

	@Override
	public Period convert(String value) {
		try {
			return Period.parse(value);
		}
		catch (IllegalArgumentException ex) {
			throw new TypeConversionException(ex.getMessage());
		}
	}

}
