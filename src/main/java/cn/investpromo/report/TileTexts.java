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

	private final boolean english;

	TileTexts(Sentences say, boolean english) {
		this.say = say;
		this.english = english;
	}

	/**
	 * The targets tile's label: which target it completes ("协议投资额目标完成", "Agreed
	 * investment: target completed").
	 */
	String targetLabel(TargetProgress.TargetFigures target) {
		return this.say.say("tile.targets", this.say.say("target." + target.indicator().key()));
	}

	/**
	 * The targets tile's second line: the target itself and 序时进度
	 * ("目标120.00亿元（序时进度58.3%）").
	 */
	String targetDetail(TargetProgress.TargetFigures target, BigDecimal elapsedPercent) {
		String value = target.indicator().usd() ? this.say.say("tile.target.usd", target.target().toPlainString())
				: target.indicator().amount()
						? (this.english ? Money.cny(target.target())
								: this.say.say("tile.target.amount", Money.yiText(target.target())))
						: this.say.say("tile.target.count", target.target().toBigInteger().toString());
		return this.say.say("tile.targetWhich", value, elapsedPercent.toPlainString());
	}

	String change(BigDecimal percent) {
		return switch (percent.signum()) {
			case 1 -> this.say.say("tile.change.up", percent.toPlainString());
			case -1 -> this.say.say("tile.change.down", percent.abs().toPlainString());
			default -> this.say.say("tile.change.flat");
		};
	}

	/**
	 * The figure as shown: in English an amount in the glossary's one form ("CNY 1.43
	 * bn", its unit in the text), in Chinese the 亿元 figure ("14.30") beside its unit.
	 */
	String value(@Nullable BigDecimal value, Unit unit) {
		if (value == null) {
			return this.say.say("tile.unknown");
		}
		return switch (unit) {
			case WAN -> this.english ? Money.cny(value) : Money.yiText(value);
			case COUNT -> value.toBigInteger().toString();
			case PERCENT -> value.toPlainString();
			case USD_WAN -> this.english ? this.say.say("tile.usdMillions", Money.wanText(value.movePointLeft(2)))
					: Money.wanText(value);
		};
	}

}
