package cn.investpromo.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import cn.investpromo.funds.FundSource;

/**
 * What the narrative's 三、落地与到位 says of the funds ledger (SPEC §2.7): the period's
 * arrivals against the same period last year, the year to date, the leading known source
 * and the arrivals that name no project.
 */
final class FundsSentence {

	private final Sentences say;

	private final ReportHeading heading;

	FundsSentence(Sentences say, ReportHeading heading) {
		this.say = say;
		this.heading = heading;
	}

	String text(FundsFigures funds) {
		Comparison arrived = funds.arrivedWan();
		BigDecimal month = Objects.requireNonNull(arrived.month());
		Sentence sentence = new Sentence(this.say);
		String periodKey = (this.heading.period().kind() == Period.Kind.MONTH) ? "fundsLedger.month"
				: "fundsLedger.month.period";
		sentence.add(periodKey, this.say.amount(month), yearOnYear(arrived.yearOnYearPercent()));
		if (this.heading.period().last().getMonthValue() > 1 || this.heading.period().kind() != Period.Kind.MONTH) {
			sentence.add("fundsLedger.ytd", this.say.yearToDate(this.heading.period().last()),
					this.say.amount(Objects.requireNonNull(arrived.ytd())), yearOnYear(arrived.ytdPercent()));
		}
		if (month.signum() > 0) {
			funds.bySource()
				.stream()
				.filter((s) -> s.source() != FundSource.UNKNOWN && s.arrivedWan().month() != null
						&& s.arrivedWan().month().signum() > 0)
				.max(Comparator.comparing((s) -> Objects.requireNonNull(s.arrivedWan().month())))
				.ifPresent((s) -> {
					BigDecimal amount = Objects.requireNonNull(s.arrivedWan().month());
					sentence.add("fundsLedger.source", this.say.say("fundsSource." + s.source().name()),
							this.say.amount(amount),
							amount.multiply(Sums.HUNDRED).divide(month, 1, RoundingMode.HALF_UP).toPlainString());
				});
		}
		if (funds.unlinkedArrivals() > 0) {
			sentence.add("fundsLedger.unlinked", funds.unlinkedArrivals());
		}
		return sentence.text();
	}

	/** The tile's line under its change: the year to date. */
	String tileDetail(FundsFigures funds) {
		return this.say.say("fundsLedger.tileDetail", this.say.yearToDate(this.heading.period().last()),
				this.say.amount(Objects.requireNonNull(funds.arrivedWan().ytd())));
	}

	private String yearOnYear(Optional<BigDecimal> percent) {
		return percent.map((p) -> this.say.say("fundsLedger.yoy", this.say.change(p)))
			.orElseGet(() -> this.say.say("fundsLedger.yoy.none"));
	}

}
