package cn.investpromo.report;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The sentence patterns of the narrative and the front page
 * ({@code report/narrative*.properties}) in the report's language: one plan of facts,
 * said in Chinese or English by the bundle alone. Every phrase is a pattern; what is
 * passed in is figures, names and the same figure in both languages' forms, so that no
 * sentence is written in code.
 */
final class Sentences {

	private final ReportLabels labels;

	private final ResourceBundle words;

	private final Locale locale;

	Sentences(ReportHeading heading) {
		this.labels = ReportLabels.of(heading);
		this.locale = heading.language().locale();
		this.words = ResourceBundle.getBundle("report.narrative", this.locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/**
	 * The pattern under {@code key} (its quarter, half-year or year variant where there
	 * is one), filled.
	 */
	String say(String key, Object... args) {
		return new MessageFormat(this.labels.get(this.words, key), this.locale).format(args);
	}

	/** The report's words, whose phrases some sentences include. */
	ReportLabels labels() {
		return this.labels;
	}

	/** An amount in 万元 as a sentence says it: 14.30亿元, CNY 1.43 billion. */
	String amount(BigDecimal wan) {
		return say("amount", Money.yiText(wan), Money.cny(wan));
	}

	/** A change in percent: 增长31.8%, down 51.7%, 持平. */
	String change(BigDecimal percent) {
		String key = switch (percent.signum()) {
			case 1 -> "change.up";
			case -1 -> "change.down";
			default -> "change.flat";
		};
		return say(key, percent.abs().toPlainString());
	}

	/** A day of the year: 7月28日, 28 July. */
	String day(LocalDate date) {
		return say("date.day", date.getMonthValue(), date.getDayOfMonth(), monthName(YearMonth.from(date)));
	}

	/** January to the month, or the month alone in January: 1—7月, January to July. */
	String yearToDate(YearMonth month) {
		return say((month.getMonthValue() > 1) ? "span.yearToDate" : "span.january", month.getMonthValue(),
				monthName(month));
	}

	/** What ends a sentence: 。 or . */
	String end() {
		return say("sentence.end");
	}

	/** What stands between two sentences: nothing in Chinese, a space in English. */
	String space() {
		return say("sentence.space");
	}

	/** A change, or the pattern {@code key + ".none"} when there is none to show. */
	String changeOr(Optional<BigDecimal> percent, String key) {
		return percent.map(this::change).orElseGet(() -> say(key));
	}

	private String monthName(YearMonth month) {
		return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
	}

}
