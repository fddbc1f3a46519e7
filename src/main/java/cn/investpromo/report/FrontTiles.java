package cn.investpromo.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import cn.investpromo.report.FrontPage.Direction;
import cn.investpromo.report.FrontPage.Tile;
import cn.investpromo.report.FrontPage.Unit;
import cn.investpromo.report.TargetProgress.TargetFigures;
import cn.investpromo.target.TargetIndicator;

/**
 * The front page's tiles (issue 9): 新签约项目 (by agreement type where they differ), 协议投资额
 * (with what it leaves out and the terminated part of it), 亿元以上项目, 招商活动 with 参会人数, 到位资金,
 * 年度目标完成 (the last only where targets are set).
 */
final class FrontTiles {

	private final Figures figures;

	private final Facts facts;

	private final Sentences say;

	private final TileTexts texts;

	private final AgreementPhrases agreements;

	FrontTiles(Figures figures, Facts facts, Sentences say) {
		this.figures = figures;
		this.facts = facts;
		this.say = say;
		this.texts = new TileTexts(say, figures.heading().language().english());
		this.agreements = new AgreementPhrases(say.labels());
	}

	List<Tile> tiles() {
		List<Tile> tiles = new ArrayList<>();
		Comparison projects = this.facts.kpi(KpiKind.PROJECTS);
		SigningTerms terms = this.figures.headline().terms();
		// the headline tells 投资协议 and 战略合作协议 apart (issue 22)
		tiles.add(yearOnYear("projects", projects, Unit.COUNT, "unit.projects",
				terms.mixed() ? this.say.say("tile.types", this.agreements.otherTypes(terms)) : null));
		tiles
			.add(yearOnYear("amountWan", this.facts.kpi(KpiKind.AMOUNT_WAN), Unit.WAN, "unit.yi", amountDetail(terms)));
		tiles.add(yearOnYear("projectsOver1Yi", this.facts.kpi(KpiKind.PROJECTS_OVER_1YI), Unit.COUNT, "unit.projects",
				null));
		Comparison attendees = this.facts.kpi(KpiKind.ATTENDEES);
		String people;
		if (Objects.requireNonNull(this.facts.kpi(KpiKind.EVENTS).month()).signum() == 0) {
			people = null;
		}
		else if (attendees.month() == null) {
			people = this.say.say("tile.attendeesUnknown");
		}
		else if (attendees.unreported().month() > 0) {
			people = this.say.say("tile.attendeesBlank", attendees.month().toPlainString(),
					attendees.unreported().month());
		}
		else {
			people = this.say.say("tile.attendees", attendees.month().toPlainString());
		}
		tiles.add(yearOnYear("events", this.facts.kpi(KpiKind.EVENTS), Unit.COUNT, "unit.events", people));
		FundsFigures ledger = this.figures.fundsLedger();
		tiles.add((ledger != null) ? yearOnYear("fundsArrivedWan", ledger.arrivedWan(), Unit.WAN, "unit.yi",
				new FundsSentence(this.say, this.figures.heading()).tileDetail(ledger)) : funds());
		foreign().ifPresent(tiles::add);
		targets().ifPresent(tiles::add);
		return List.copyOf(tiles);
	}

	/**
	 * What the agreed investment leaves out and includes: investment agreements without
	 * an amount (未填), agreements that set none, the terminated projects in it.
	 */
	private @Nullable String amountDetail(SigningTerms terms) {
		List<String> parts = new ArrayList<>();
		long unfilled = Objects.requireNonNull(this.facts.kpi(KpiKind.PROJECTS_WITHOUT_AMOUNT).month()).longValue();
		if (unfilled > 0) {
			parts.add(this.say.say("tile.withoutAmount", unfilled));
		}
		if (terms.unagreedCount() > 0) {
			parts.add(this.say.say("tile.unagreed", this.agreements.unagreedShort(terms)));
		}
		if (terms.terminated() > 0 && terms.terminatedWan().signum() > 0) {
			parts.add(this.say.say("tile.terminated", terms.terminated(), this.say.amount(terms.terminatedWan())));
		}
		return parts.isEmpty() ? null : String.join(this.say.say("tile.separator"), parts);
	}

	/**
	 * A figure of the period with its change against the same period last year: none when
	 * unknown or against zero.
	 */
	private Tile yearOnYear(String key, Comparison values, Unit unit, String unitKey, @Nullable String detail) {
		Optional<BigDecimal> change = (values.month() == null) ? Optional.empty() : values.yearOnYearPercent();
		Direction direction = change.map((p) -> switch (p.signum()) {
			case 1 -> Direction.UP;
			case -1 -> Direction.DOWN;
			default -> Direction.FLAT;
		}).orElse(Direction.NONE);
		String changeText = change.map((p) -> this.say.say("tile.yearOnYear", this.texts.change(p)))
			.orElseGet(() -> this.say.say("tile.yearOnYear.none"));
		return new Tile(key, this.say.say("tile." + key), values.month(), unit, this.texts.value(values.month(), unit),
				this.say.say(unitKey), change.orElse(null), changeText, direction, detail, null);
	}

	/**
	 * 到位资金 of the year to date: the ledgers give no same period of last year to compare
	 * it with, so its change line says which projects it covers instead.
	 */
	private Tile funds() {
		FundsArrived funds = this.figures.funds();
		String span = this.say.yearToDate(this.figures.heading().month());
		BigDecimal value = (funds.projectsWithFunds() > 0) ? funds.totalWan() : null;
		String detail = (funds.projectsWithFunds() < funds.projects())
				? this.say.say("tile.fundsReported", funds.projects(), funds.projectsWithFunds()) : null;
		return new Tile("fundsArrivedWan", this.say.say("tile.fundsArrivedWan"), value, Unit.WAN,
				this.texts.value(value, Unit.WAN), this.say.say("unit.yi"), null, this.say.say("tile.fundsSpan", span),
				Direction.NONE, detail, null);
	}

	/**
	 * 实际使用外资 of the period in 万美元 with its change, and the period's 合同外资 below it; none
	 * without a 外资 section.
	 */
	private Optional<Tile> foreign() {
		ForeignInvestment foreign = this.figures.foreignInvestment();
		if (foreign == null) {
			return Optional.empty();
		}
		BigDecimal contracted = foreign.contractedUsdWan().month();
		String detail = (contracted != null && contracted.signum() > 0)
				? this.say.say("tile.contractedFdi", this.texts.value(contracted, Unit.USD_WAN)) : null;
		return Optional.of(yearOnYear("actualUsdWan", foreign.actualUsdWan(), Unit.USD_WAN, "unit.usdWan", detail));
	}

	/**
	 * The completion of the agreed-investment target (of the first target set, where that
	 * one is not), against 序时进度: its gap in points and its light.
	 */
	private Optional<Tile> targets() {
		List<TargetFigures> targets = this.figures.targets().targets();
		if (targets.isEmpty()) {
			return Optional.empty();
		}
		TargetFigures target = targets.stream()
			.filter((t) -> t.indicator() == TargetIndicator.AMOUNT)
			.findFirst()
			.orElse(targets.get(0));
		Direction direction = switch (target.schedule()) {
			case AHEAD -> Direction.UP;
			case BEHIND -> Direction.DOWN;
			case ON_SCHEDULE -> Direction.FLAT;
		};
		String gap = this.say.say("tile.gap." + switch (target.schedule()) {
			case AHEAD -> "ahead";
			case BEHIND -> "behind";
			case ON_SCHEDULE -> "onSchedule";
		} + (this.figures.targets().elapsedPercent().compareTo(BigDecimal.valueOf(100)) >= 0 ? ".yearEnd" : ""),
				target.gapPoints().abs().toPlainString());
		String which = this.texts.targetDetail(target, this.figures.targets().elapsedPercent());
		return Optional.of(new Tile("targets", this.texts.targetLabel(target), target.completionPercent(), Unit.PERCENT,
				target.completionPercent().toPlainString(), this.say.say("unit.percent"), target.gapPoints(), gap,
				direction, which, target.light()));
	}

}
