package cn.investpromo.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.investpromo.report.FrontPage.Highlight;

/**
 * Chooses the front page from the figures (issue 9): its tiles ({@link FrontTiles}) and
 * up to three 本月要点, said through the narrative's sentence patterns so that they read as
 * its sentences do; the largest project is the largest not terminated (issue 22).
 */
final class FrontPages {

	private final Figures figures;

	private final Facts facts;

	private final Sentences say;

	private final Narrative narrative;

	FrontPages(Figures figures) {
		this.figures = figures;
		this.facts = new Facts(figures);
		this.say = new Sentences(figures.heading());
		this.narrative = new Narrative(figures);
	}

	FrontPage frontPage(RiseColour rise) {
		return new FrontPage(new FrontTiles(this.figures, this.facts, this.say).tiles(), highlights(), rise);
	}

	/**
	 * The main event and its signings, the largest project, and the targets behind
	 * schedule.
	 */
	private List<Highlight> highlights() {
		List<Highlight> lines = new ArrayList<>();
		this.facts.mainEvent().ifPresent((event) -> {
			Sentence line = new Sentence(this.say).add("highlight.mainEvent",
					this.say.day(Objects.requireNonNull(event.date())), event.event(), event.projects());
			this.narrative.signings(line, event);
			lines.add(new Highlight("mainEvent", line.clause()));
		});
		this.facts.largestProject().ifPresent((top) -> {
			String key = top.terminated() ? "highlight.largestTerminated"
					: this.facts.largerTerminated() ? "highlight.largestLive" : "highlight.largestProject";
			lines.add(new Highlight("largestProject", this.say.say(key, top.name(), this.say.amount(top.amountWan()),
					new LevelNames(this.figures.heading(), this.say).place(top))));
		});
		TargetProgress targets = this.figures.targets();
		if (!targets.targets().isEmpty()) {
			String key = Narrative.summaryKey(targets).replace("targets.", "highlight.");
			Sentence line = new Sentence(this.say).add(key, targets.targets().size(), this.facts.behind().size());
			this.facts.furthestBehind()
				.ifPresent((t) -> line.add("highlight.furthest" + Narrative.yearEnd(targets),
						this.say.say("target." + t.indicator().key()), t.completionPercent().toPlainString(),
						t.gapPoints().abs().toPlainString(), targets.elapsedPercent().toPlainString()));
			lines.add(new Highlight("targets", line.clause()));
		}
		Pipeline pipeline = this.figures.pipeline();
		if (pipeline != null) {
			lines.add(new Highlight("pipeline", new PipelineParagraph(pipeline, this.say).highlight()));
		}
		TagHighlight.of(this.figures.investorTags(), this.say).ifPresent(lines::add);
		return List.copyOf(lines);
	}

}
