package cn.investpromo.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import cn.investpromo.store.ReportQueries.EventSignings;

import static cn.investpromo.report.Sums.rate;

/**
 * The follow-through of the events of the 12 months ending with the period (computed in
 * the database; definitions in {@link EventFollowThrough}), over the same window as the
 * landing progress.
 */
final class SigningEvents {

	private final ReportData data;

	SigningEvents(ReportData data) {
		this.data = data;
	}

	EventFollowThrough followThrough() {
		Period period = this.data.period();
		// the 12 months ending with the period's last month, as LandingProgress counts
		// them
		LocalDate from = period.twelveMonthsFrom();
		List<EventSignings> signings = this.data.queries().eventSignings(this.data.regionScope(), from, period.to());
		BigDecimal share = this.data.minReportingShare();
		List<EventFollowThrough.EventRow> rows = signings.stream()
			.map((s) -> row(s.name(), s.date(), s, share))
			.toList();
		EventSignings all = new EventSignings("", "", from, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, BigDecimal.ZERO,
				BigDecimal.ZERO, BigDecimal.ZERO);
		for (EventSignings s : signings) {
			all = new EventSignings("", "", from, all.projects() + s.projects(), all.withAmount() + s.withAmount(),
					all.unagreed() + s.unagreed(), all.amountWan().add(s.amountWan()), all.started() + s.started(),
					all.inProduction() + s.inProduction(), all.terminated() + s.terminated(),
					all.withFunds() + s.withFunds(), all.fundsWan().add(s.fundsWan()),
					all.fundsOfKnownAmountsWan().add(s.fundsOfKnownAmountsWan()),
					all.amountsWithFundsWan().add(s.amountsWithFundsWan()));
		}
		return new EventFollowThrough(rows, row("", null, all, share), share);
	}

	/**
	 * One event's row; its 到位率 is left out where too few of its projects report 到位资金
	 * (issue 22).
	 */
	private static EventFollowThrough.EventRow row(String name, @Nullable LocalDate date, EventSignings s,
			BigDecimal share) {
		// a 战略合作协议 sets no amount: neither 未填 nor an unknown sum (issue 22)
		long unfilled = s.projects() - s.withAmount() - s.unagreed();
		return new EventFollowThrough.EventRow(name, date, s.projects(), unfilled,
				(s.withAmount() > 0) ? s.amountWan() : null, s.started(), s.inProduction(), s.terminated(),
				s.projects() - s.withFunds(), (s.withFunds() > 0) ? s.fundsWan() : null,
				rate(s.started(), s.projects() - s.terminated()), rate(s.inProduction(), s.started()),
				EventFollowThrough.fundsRateWithheld(s.projects(), s.withFunds(), share) ? Optional.empty()
						: percent(s.fundsOfKnownAmountsWan(), s.amountsWithFundsWan()),
				s.unagreed());
	}

	/**
	 * part ÷ whole in percent to one decimal; empty when there is nothing to divide by.
	 */
	private static Optional<BigDecimal> percent(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(part.multiply(Sums.HUNDRED).divide(whole, 1, RoundingMode.HALF_UP));
	}

}
