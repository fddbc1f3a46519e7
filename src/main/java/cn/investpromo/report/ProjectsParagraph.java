package cn.investpromo.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The narrative's 二、项目签约: the period's signings, what of them set no amount by their
 * agreement type and what is already terminated, the largest project not terminated,
 * where the investment went (本级 first where it signed the most, 居首 only for the largest
 * of all rows or among the children said so) and the year to date (issue 22).
 */
final class ProjectsParagraph {

	private final Figures figures;

	private final Facts facts;

	private final Sentences say;

	private final AgreementPhrases agreements;

	private final LevelNames levels;

	ProjectsParagraph(Figures figures, Facts facts, Sentences say) {
		this.figures = figures;
		this.facts = facts;
		this.say = say;
		this.agreements = new AgreementPhrases(say.labels());
		this.levels = new LevelNames(figures.heading(), say);
	}

	List<String> sentences() {
		List<String> sentences = new ArrayList<>();
		Comparison projects = this.facts.kpi(KpiKind.PROJECTS);
		long signed = Objects.requireNonNull(projects.month()).longValue();
		if (signed == 0) {
			sentences.add(sentence().add("projects.none").text());
			yearToDate(sentences, projects);
			return sentences;
		}
		Sentence count = sentence().add("projects.signed", signed);
		if (projects.sameMonthLastYear() != null) {
			long before = projects.sameMonthLastYear().longValue();
			count.add((signed > before) ? "projects.more" : (signed < before) ? "projects.fewer" : "projects.same",
					Math.abs(signed - before));
		}
		SigningTerms terms = this.figures.headline().terms();
		if (terms.unagreedCount() > 0) {
			count.add("projects.unagreed", this.agreements.unagreed(terms));
		}
		sentences.add(count.text());
		// agreements that all set no amount have no sum to speak of: the count said so
		boolean noneSet = terms.unagreedCount() == signed;
		if (!noneSet) {
			sentences.add(amounts(terms).text());
		}
		Sentence big = big(noneSet);
		if (!big.isEmpty()) {
			sentences.add(big.text());
		}
		Sentence where = where();
		if (!where.isEmpty()) {
			sentences.add(where.text());
		}
		yearToDate(sentences, projects);
		return sentences;
	}

	/**
	 * The agreed investment, the blanks it leaves out, its changes and what of it is
	 * already terminated.
	 */
	private Sentence amounts(SigningTerms terms) {
		Comparison amount = this.facts.kpi(KpiKind.AMOUNT_WAN);
		long unfilled = Objects.requireNonNull(this.facts.kpi(KpiKind.PROJECTS_WITHOUT_AMOUNT).month()).longValue();
		Sentence amounts = sentence();
		if (amount.month() == null) {
			return amounts.add("projects.amountNone");
		}
		amounts.add("projects.amount", this.say.amount(amount.month()));
		if (terms.terminated() > 0) {
			// what of the sum is already terminated, said beside it (issue 22)
			String terminated = (terms.terminatedWan().signum() > 0)
					? this.say.say("projects.terminatedPart", terms.terminated(),
							this.say.amount(terms.terminatedWan()))
					: this.say.say("projects.terminatedPartNoAmount", terms.terminated());
			amounts.add((unfilled > 0) ? "projects.terminatedAndUnfilled" : "projects.terminated", terminated,
					unfilled);
		}
		else if (unfilled > 0) {
			amounts.add("projects.withoutAmount", unfilled);
		}
		amount.yearOnYearPercent().ifPresent((p) -> amounts.add("projects.amountYearOnYear", this.say.change(p)));
		amount.monthOnMonthPercent().ifPresent((p) -> amounts.add("projects.amountMonthOnMonth", this.say.change(p)));
		return amounts;
	}

	/** 亿元以上, the highest band and the largest project not terminated. */
	private Sentence big(boolean noneSet) {
		BigDecimal over1Yi = this.facts.kpi(KpiKind.PROJECTS_OVER_1YI).month();
		Sentence big = sentence();
		if (Facts.positive(over1Yi)) {
			big.add("projects.over1Yi", over1Yi.longValue());
			this.facts.highestBand()
				.ifPresent((band) -> big.add("projects.band", band.atLeastYi().toPlainString(),
						Objects.requireNonNull(band.projects().month()).longValue(),
						this.say.amount(band.atLeastYi().multiply(Sums.ONE_YI))));
		}
		else if (this.facts.kpi(KpiKind.AMOUNT_WAN).month() != null && !noneSet) {
			big.add("projects.over1YiNone");
		}
		this.facts.largestProject().ifPresent((top) -> {
			String key = top.terminated() ? "projects.largestTerminated"
					: this.facts.largerTerminated() ? "projects.largestLive" : "projects.largest";
			big.add(big.isEmpty() ? key : key + "After", top.name(), this.say.amount(top.amountWan()),
					this.levels.place(top));
		});
		return big;
	}

	/**
	 * Where the period's investment went: 本级 first when it signed at least as much as the
	 * leading child, which is then first among the children; the leading industry.
	 */
	private Sentence where() {
		Sentence where = sentence();
		Optional<RegionFigures> child = this.facts.leadRegion().or(this.facts::onlyRegion);
		boolean ranked = this.facts.leadRegion().isPresent();
		Optional<RegionFigures> self = this.facts.self();
		if (self.isPresent() && (child.isEmpty() || this.facts.selfLeads(child.get()))) {
			where.add("regions.selfFirst", this.levels.self(), amountOf(self.get()));
			child.ifPresent((r) -> {
				if (ranked) {
					where.add("regions.leadAmong", this.levels.children(), r.name(), amountOf(r));
				}
				else {
					where.add("regions.childAfter", r.name(), amountOf(r));
				}
			});
		}
		else {
			child.ifPresent((r) -> where.add(ranked ? "regions.lead" : "regions.only", r.name(), amountOf(r)));
			self.ifPresent((r) -> where.add("regions.self", this.levels.self(), amountOf(r)));
		}
		this.facts.leadIndustry()
			.ifPresent((i) -> where.add(where.isEmpty() ? "industries.leadFirst" : "industries.lead", i.name(),
					this.say.amount(Objects.requireNonNull(i.amountWan())),
					Objects.requireNonNull(i.sharePercent()).toPlainString()));
		return where;
	}

	private String amountOf(RegionFigures region) {
		return this.say.amount(Objects.requireNonNull(region.amountWan()));
	}

	/** January to the period's end, unless the period itself starts in January. */
	private void yearToDate(List<String> sentences, Comparison projects) {
		if (this.figures.heading().period().first().getMonthValue() == 1) {
			return;
		}
		Sentence ytd = sentence().add("projects.yearToDate", this.say.yearToDate(this.figures.heading().month()),
				Objects.requireNonNull(projects.ytd()).longValue());
		Comparison amount = this.facts.kpi(KpiKind.AMOUNT_WAN);
		if (Facts.positive(amount.ytd()) && projects.ytd().signum() > 0) {
			ytd.add("projects.yearToDateAmount", this.say.amount(amount.ytd()));
			amount.ytdPercent().ifPresent((p) -> ytd.add("projects.yearToDateChange", this.say.change(p)));
		}
		sentences.add(ytd.text());
	}

	private Sentence sentence() {
		return new Sentence(this.say);
	}

}
