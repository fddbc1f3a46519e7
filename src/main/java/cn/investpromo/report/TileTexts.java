package cn.investpromo.report;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import cn.investpromo.report.FrontPage.Unit;

/**
 * The words of a front-page tile: its figure as shown in its unit, and its change against
 * last year, said in the report's language.
 */
final class TileTexts {

	private final Sentences say;

	TileTexts(Sentences say) {
		this.say = say;
	}

	String change(BigDecimal percent) {
		return switch (percent.signum()) {
			case 1 -> this.say.say("tile.change.up", percent.toPlainString());
			case -1 -> this.say.say("tile.change.down", percent.abs().toPlainString());
			default -> this.say.say("tile.change.flat");
		};
	}

	String value(@Nullable BigDecimal value, Unit unit) {
		if (value == null) {
			return this.say.say("tile.unknown");
		}
		return switch (unit) {
			case WAN -> Money.yiText(value);
			case COUNT -> value.toBigInteger().toString();
			case PERCENT -> value.toPlainString();
		};
	}

}
