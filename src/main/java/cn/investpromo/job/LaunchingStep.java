package cn.investpromo.job;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;

/**
 * A step of the monthly job that launches one of the other jobs, outside any transaction
 * (like Batch's {@code JobStep}, whose launch and restart rules ours do not fit: an
 * import restarts over the same files only, a report is "already up to date" from the
 * same data).
 */
final class LaunchingStep extends AbstractStep {

	private final Body body;

	LaunchingStep(String name, JobRepository jobRepository, Body body) {
		super(name);
		setJobRepository(jobRepository);
		this.body = body;
	}

	@Override
	protected void doExecute(StepExecution stepExecution) throws Exception {
		this.body.run(stepExecution);
	}

	/** What the step does: launch a job, and keep its outcome in the step's context. */
	@FunctionalInterface
	interface Body {

		void run(StepExecution part) throws Exception;

	}

}
