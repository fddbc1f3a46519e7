package cn.investpromo.report.json;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import cn.investpromo.report.Comparison;
import cn.investpromo.report.Money;

/**
 * How SPEC §5.1 writes a value: amounts as decimal strings in 万元, counts as integers,
 * unknown figures and changes against zero as {@code null}.
 */
final class JsonValues {

	private JsonValues() {
	}

	/** An amount in 万元 as §5.1 writes it, or null where it is unknown. */
	static @Nullable String wan(@Nullable BigDecimal value) {
		return (value != null) ? Money.wanText(value) : null;
	}

	static @Nullable String plain(@Nullable BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

	/** A count or an amount; null where it is unknown. */
	static void figure(ObjectNode node, String name, @Nullable BigDecimal value, boolean amount) {
		if (value == null) {
			node.putNull(name);
		}
		else if (amount) {
			node.put(name, Money.wanText(value));
		}
		else {
			node.put(name, value.setScale(0, RoundingMode.HALF_UP).longValueExact());
		}
	}

	static void percent(ObjectNode node, String name, Optional<BigDecimal> value) {
		if (value.isPresent()) {
			node.put(name, value.get().toPlainString());
		}
		else {
			node.putNull(name);
		}
	}

	/** A figure of the period with its comparisons and their changes in percent. */
	static void comparison(ObjectNode node, Comparison values, boolean amount) {
		figure(node, "month", values.month(), amount);
		figure(node, "previousMonth", values.previousMonth(), amount);
		figure(node, "sameMonthLastYear", values.sameMonthLastYear(), amount);
		figure(node, "ytd", values.ytd(), amount);
		figure(node, "ytdLastYear", values.ytdLastYear(), amount);
		ObjectNode changes = node.putObject("changePercent");
		percent(changes, "monthOnMonth", values.monthOnMonthPercent());
		percent(changes, "yearOnYear", values.yearOnYearPercent());
		percent(changes, "ytd", values.ytdPercent());
	}

}
