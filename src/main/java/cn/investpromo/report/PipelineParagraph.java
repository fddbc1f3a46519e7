package cn.investpromo.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.investpromo.pipeline.PipelineStage;
import cn.investpromo.report.Pipeline.StageRow;

/**
 * What the narrative and the front page say of the pipeline (SPEC §2.8): how many
 * projects are under negotiation and at which stage, the period's leads and conversions,
 * and the overdue and unfollowed projects, the longest overdue by name.
 */
final class PipelineParagraph {

	private final Pipeline pipeline;

	private final Sentences say;

	PipelineParagraph(Pipeline pipeline, Sentences say) {
		this.pipeline = pipeline;
		this.say = say;
	}

	List<String> sentences() {
		List<String> sentences = new ArrayList<>();
		List<String> stages = new ArrayList<>();
		long open = 0;
		for (StageRow row : this.pipeline.byStage()) {
			PipelineStage stage = Objects.requireNonNull(row.stage());
			if (row.projects() > 0) {
				stages.add(this.say.say("pipeline.stage", stage.label(english()), row.projects()));
			}
			open += stage.closed() ? 0 : row.projects();
		}
		Sentence total = new Sentence(this.say).add("pipeline.total", this.say.day(this.pipeline.asOf()),
				this.pipeline.total().projects(), this.say.amount(this.pipeline.total().expectedAmountWan()),
				this.say.labels().enumerate(stages), open);
		sentences.add(total.text());
		sentences.add(new Sentence(this.say).add("pipeline.leads", this.pipeline.newLeads(), this.pipeline.converted())
			.text());
		Sentence late = new Sentence(this.say);
		if (this.pipeline.overdue().isEmpty()) {
			late.add("pipeline.noOverdue");
		}
		else {
			PipelineEntry longest = this.pipeline.overdue().first(1).get(0);
			late.add("pipeline.overdue", this.pipeline.overdue().count(), longest.name(),
					Objects.requireNonNull(longest.daysOverdue()), responsible(longest));
		}
		if (!this.pipeline.stale().isEmpty()) {
			late.add("pipeline.stale", this.pipeline.stale().count(), this.pipeline.staleDays());
		}
		sentences.add(late.text());
		return sentences;
	}

	/** The 本月要点 line: the overdue projects and the longest overdue, or that none is. */
	String highlight() {
		if (this.pipeline.overdue().isEmpty()) {
			return this.say.say("highlight.pipelineNoneOverdue", this.pipeline.total().projects());
		}
		PipelineEntry longest = this.pipeline.overdue().first(1).get(0);
		return this.say.say("highlight.pipelineOverdue", this.pipeline.overdue().count(),
				Objects.requireNonNull(longest.daysOverdue()), longest.name());
	}

	/** "（责任单位：招商一局，责任人：王某）", or nothing where the ledger names neither. */
	private String responsible(PipelineEntry entry) {
		List<String> who = new ArrayList<>();
		if (entry.responsibleUnit() != null) {
			who.add(this.say.say("pipeline.unit", entry.responsibleUnit()));
		}
		if (entry.responsible() != null) {
			who.add(this.say.say("pipeline.person", entry.responsible()));
		}
		return who.isEmpty() ? ""
				: this.say.say("pipeline.who", String.join(this.say.say("pipeline.whoSeparator"), who));
	}

	private boolean english() {
		return this.say.labels().language().english();
	}

}
