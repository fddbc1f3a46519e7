package cn.investpromo.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.investpromo.region.RegionCatalog;
import cn.investpromo.report.EventFollowThrough.EventRow;
import cn.investpromo.report.TargetProgress.TargetFigures;

/**
 * The narrative as a 月报 writes it (SPEC §5, issue 9): short paragraphs 一、招商活动 二、项目签约
 * 三、落地与到位 四、目标完成, each a plan of facts the model selects ({@link Facts}) said through the
 * sentence patterns of {@code report/narrative*.properties}, so that Chinese and English
 * come from one plan. Every rate names its window, terminated projects are counted out
 * aloud, 居首 is said only of the largest row or among the children said so
 * ({@link ProjectsParagraph}), and data quality is left to its own section.
 */
final class Narrative {

	private final Figures figures;

	private final Facts facts;

	private final Sentences say;

	Narrative(Figures figures) {
		this.figures = figures;
		this.facts = new Facts(figures);
		this.say = new Sentences(figures.heading());
	}

	/** The paragraphs, in order; the targets paragraph only where targets are set. */
	List<NarrativeParagraph> paragraphs() {
		List<NarrativeParagraph> paragraphs = new ArrayList<>();
		paragraphs.add(paragraph("events", events()));
		paragraphs.add(paragraph("projects", new ProjectsParagraph(this.figures, this.facts, this.say).sentences()));
		paragraphs.add(paragraph("landing", landing()));
		if (!this.figures.targets().targets().isEmpty()) {
			paragraphs.add(paragraph("targets", targets()));
		}
		Pipeline pipeline = this.figures.pipeline();
		if (pipeline != null) {
			paragraphs.add(new NarrativeParagraph(this.say.say("heading.pipeline", paragraphs.size() + 1),
					String.join(this.say.space(), new PipelineParagraph(pipeline, this.say).sentences())));
		}
		return List.copyOf(paragraphs);
	}

	private NarrativeParagraph paragraph(String key, List<String> sentences) {
		return new NarrativeParagraph(this.say.say("heading." + key), String.join(this.say.space(), sentences));
	}

	// 一、招商活动

	private List<String> events() {
		List<String> sentences = new ArrayList<>();
		String period = ReportLabels.of(this.figures.heading()).periodName(this.figures.heading().period());
		Comparison events = this.facts.kpi(KpiKind.EVENTS);
		Sentence first = new Sentence(this.say);
		if (Facts.positive(events.month())) {
			first.add("events.held", period, subject(), Objects.requireNonNull(events.month()).longValue());
			Comparison attendees = this.facts.kpi(KpiKind.ATTENDEES);
			if (attendees.month() == null) {
				first.add("events.attendeesUnknown");
			}
			else {
				first.add("events.attendees", whole(attendees.month()));
				if (attendees.unreported().month() > 0) {
					first.add("events.attendeesBlank", attendees.unreported().month());
				}
			}
			events.yearOnYearPercent().ifPresent((p) -> first.add("events.yearOnYear", this.say.change(p)));
		}
		else {
			first.add("events.none", period, subject());
		}
		sentences.add(first.text());
		this.facts.mainEvent().ifPresent((event) -> {
			Sentence main = new Sentence(this.say);
			main.add("events.main", this.say.day(Objects.requireNonNull(event.date())), event.event(),
					event.projects());
			signings(main, event);
			sentences.add(main.text());
		});
		return sentences;
	}

	/**
	 * What was signed at an event: its amount, the projects without one, and whether it
	 * was all of the period's.
	 */
	void signings(Sentence sentence, EventRow event) {
		if (event.amountWan() != null) {
			sentence.add("events.mainAmount", this.say.amount(event.amountWan()));
		}
		if (event.projectsWithoutAmount() > 0) {
			sentence.add("events.mainWithoutAmount", event.projectsWithoutAmount());
		}
		if (event.projectsUnagreed() > 0) {
			sentence.add("events.mainUnagreed", new AgreementPhrases(this.say.labels())
				.unagreed(event.projectsUnagreed(), this.figures.headline().terms()));
		}
		if (this.facts.allSignedAt(event)) {
			sentence.add("events.mainAll");
		}
	}

	// 三、落地与到位

	private List<String> landing() {
		List<String> sentences = new ArrayList<>();
		Landing landing = this.figures.landing();
		LandingFigures total = landing.total();
		if (total.total() == 0) {
			sentences.add(new Sentence(this.say).add("landing.noProjects").text());
		}
		else {
			Sentence progress = new Sentence(this.say).add("landing.window", total.total());
			long live = total.total() - total.terminated();
			if (total.terminated() > 0) {
				progress.add("landing.terminated", total.terminated());
				if (live > 0) {
					progress.add("landing.startedOfLive", live, total.started(), rate(total.startRatePercent()));
				}
			}
			else {
				progress.add("landing.started", total.started(), rate(total.startRatePercent()));
			}
			if (total.started() > 0) {
				if (total.inProduction() > 0) {
					progress.add("landing.production", total.inProduction(), rate(total.productionRatePercent()));
				}
				else {
					progress.add("landing.noProduction");
				}
			}
			sentences.add(progress.text());
		}
		Sentence news = new Sentence(this.say);
		if (total.newStarts() == 0 && total.newProduction() == 0) {
			news.add("landing.noNew");
		}
		else {
			news.add("landing.newStarts", total.newStarts());
			if (landing.newStartsSignedEarlier() > 0) {
				news.add("landing.signedEarlier", landing.newStartsSignedEarlier(), total.newStarts());
			}
			news.add("landing.newProduction", total.newProduction());
			if (landing.newProductionSignedEarlier() > 0) {
				news.add("landing.signedEarlier", landing.newProductionSignedEarlier(), total.newProduction());
			}
		}
		sentences.add(news.text());
		funds(sentences);
		return sentences;
	}

	private void funds(List<String> sentences) {
		FundsFigures ledger = this.figures.fundsLedger();
		if (ledger != null) { // arrivals from a funds ledger replace the cumulative
								// column
			sentences.add(new FundsSentence(this.say, this.figures.heading()).text(ledger));
			return;
		}
		FundsArrived funds = this.figures.funds();
		if (funds.projects() == 0) {
			return;
		}
		String span = this.say.yearToDate(this.figures.heading().month());
		Sentence sentence = new Sentence(this.say);
		if (funds.projectsWithFunds() == 0) {
			sentence.add("funds.none", span, funds.projects());
		}
		else {
			sentence.add("funds.total", span, this.say.amount(funds.totalWan()));
			if (funds.projectsWithFunds() < funds.projects()) {
				sentence.add("funds.reported", funds.projects(), funds.projectsWithFunds());
			}
			funds.bySource()
				.stream()
				.filter((s) -> s.kind() != FundsSourceKind.UNKNOWN && s.amountWan() != null
						&& s.amountWan().signum() > 0)
				.max(Comparator.comparing((s) -> Objects.requireNonNull(s.amountWan())))
				.ifPresent((s) -> sentence.add("funds.source", this.say.say("source." + s.kind().key()),
						this.say.amount(Objects.requireNonNull(s.amountWan())),
						Objects.requireNonNull(s.sharePercent()).toPlainString()));
		}
		sentences.add(sentence.text());
	}

	// 四、目标完成

	private List<String> targets() {
		TargetProgress targets = this.figures.targets();
		List<String> items = new ArrayList<>();
		for (TargetFigures target : targets.targets()) {
			items.add(this.say.say("targets.item", this.say.say("target." + target.indicator().key()),
					target.completionPercent().toPlainString(), schedule(target)));
		}
		Sentence against = new Sentence(this.say).add("targets.intro" + yearEnd(targets),
				String.valueOf(targets.year()), targets.elapsedPercent().toPlainString(),
				String.join(this.say.say("targets.separator"), items));
		Sentence summary = new Sentence(this.say).add(summaryKey(targets), targets.targets().size(),
				this.facts.behind().size());
		return List.of(against.text(), summary.text());
	}

	/** 超/欠序时进度 N 个百分点, or 与序时进度持平. */
	String schedule(TargetFigures target) {
		String yearEnd = yearEnd(this.figures.targets());
		return switch (target.schedule()) {
			case AHEAD -> this.say.say("targets.ahead" + yearEnd, target.gapPoints().abs().toPlainString());
			case BEHIND -> this.say.say("targets.behind" + yearEnd, target.gapPoints().abs().toPlainString());
			case ON_SCHEDULE -> this.say.say("targets.onSchedule" + yearEnd);
		};
	}

	/**
	 * ".yearEnd" once the year is over (序时进度 100 %), when a target was met or missed,
	 * never "欠序时进度" (issue 22); else nothing.
	 */
	static String yearEnd(TargetProgress targets) {
		return (targets.elapsedPercent().compareTo(BigDecimal.valueOf(100)) >= 0) ? ".yearEnd" : "";
	}

	/** Whether all, some or none of the targets are behind: the pattern that says so. */
	static String summaryKey(TargetProgress targets) {
		long behind = targets.targets().stream().filter((t) -> t.schedule() == TargetProgress.Schedule.BEHIND).count();
		return ((behind == 0) ? "targets.allOnTrack"
				: (behind == targets.targets().size()) ? "targets.allBehind" : "targets.someBehind") + yearEnd(targets);
	}

	// shared

	/**
	 * "All ledgers (covering …)" is a title; inside an English sentence it reads "all
	 * ledgers (covering …)".
	 */
	private String subject() {
		RegionRef scope = this.figures.heading().scope();
		if (scope.code().equals(RegionCatalog.CHINA_CODE) && this.figures.heading().language().english()) {
			return scope.name().substring(0, 1).toLowerCase(java.util.Locale.ENGLISH) + scope.name().substring(1);
		}
		return scope.name();
	}

	private String rate(Optional<BigDecimal> percent) {
		return percent.map(BigDecimal::toPlainString).orElse("—");
	}

	private static String whole(BigDecimal value) {
		return value.setScale(0, RoundingMode.HALF_UP).toPlainString();
	}

}
