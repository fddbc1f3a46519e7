package cn.investpromo.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import cn.investpromo.ledger.LedgerItem.ProjectRecord;

/** The sums, shares and rates the sections of a report are made of, each rounded as SPEC §5 shows it. */
final class Sums {

	/** 1 亿元 in 万元. */
	static final BigDecimal ONE_YI = BigDecimal.valueOf(10_000);

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Sums() {
	}

	static BigDecimal count(long n) {
		return BigDecimal.valueOf(n);
	}

	static BigDecimal sumInts(Stream<@Nullable Integer> values) {
		return BigDecimal.valueOf(values.filter(Objects::nonNull).mapToLong(Integer::longValue).sum());
	}

	static BigDecimal amountOf(ProjectRecord p) {
		return (p.amountWan() != null) ? p.amountWan() : BigDecimal.ZERO;
	}

	static BigDecimal amount(List<ProjectRecord> projects) {
		return projects.stream().map(Sums::amountOf).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	static BigDecimal funds(List<ProjectRecord> projects) {
		return projects.stream()
			.map(ProjectRecord::fundsArrivedWan)
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Agreed investment ÷ projects with an amount, in 万元 to two decimals; zero when none has one. */
	static BigDecimal averageSize(List<ProjectRecord> projects) {
		long withAmount = projects.stream().filter((p) -> p.amountWan() != null).count();
		if (withAmount == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		return amount(projects).divide(BigDecimal.valueOf(withAmount), 2, RoundingMode.HALF_UP);
	}

	/** part ÷ whole in percent to one decimal; empty against zero (shown as "—"). */
	static Optional<BigDecimal> rate(long part, long whole) {
		if (whole == 0) {
			return Optional.empty();
		}
		return Optional.of(BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1,
				RoundingMode.HALF_UP));
	}

	/** How many of the projects have an amount of at least {@code atLeast} 万元. */
	static BigDecimal countWhere(List<ProjectRecord> projects, BigDecimal atLeast) {
		return count(projects.stream()
			.filter((p) -> p.amountWan() != null && p.amountWan().compareTo(atLeast) >= 0)
			.count());
	}

	/** part ÷ total in percent to one decimal; zero against a zero total. */
	static BigDecimal share(BigDecimal part, BigDecimal total) {
		if (total.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return part.multiply(HUNDRED).divide(total, 1, RoundingMode.HALF_UP);
	}

}
