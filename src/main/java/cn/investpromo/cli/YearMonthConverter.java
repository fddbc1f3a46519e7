package cn.investpromo.cli;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --month 2019-07}, also written {@code 201907}, {@code 2019/07} or
 * {@code 2019-7}.
 */
class YearMonthConverter implements ITypeConverter<YearMonth> {

	private static final Pattern MONTH = Pattern.compile("(\\d{4})(?:[-/.]?(\\d{2})|[-/.](\\d))");

	@Override
	public YearMonth convert(String value) {
		Matcher matcher = MONTH.matcher(value.trim());
		if (!matcher.matches()) {
			throw new TypeConversionException(
					"月份应写作 2019-07 / the month must look like 2019-07 (or 201907), not '" + value + "'");
		}
		int year = Integer.parseInt(matcher.group(1));
		int month = Integer.parseInt((matcher.group(2) != null) ? matcher.group(2) : matcher.group(3));
		if (month < 1 || month > 12) {
			throw new TypeConversionException(
					"月份只能是 01 到 12 / months run from 01 to 12, not " + month + " in '" + value + "'");
		}
		return YearMonth.of(year, month);
	}

}
