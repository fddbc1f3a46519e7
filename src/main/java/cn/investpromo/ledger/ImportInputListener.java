package cn.investpromo.ledger;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import cn.investpromo.store.LedgerStore;
import cn.investpromo.system.ReferenceData;

/**
 * Keeps the import's {@link ImportInput} in the job's execution context: taken when the
 * job first starts (a restart keeps the one its instance took), its reference hash fixed
 * when the ledger step first starts; and makes sure every import ends with its
 * {@link ImportOutcome}, also one that stopped or failed before its check step.
 */
class ImportInputListener implements JobExecutionListener, StepExecutionListener {

	private final String inputParameter;

	private final LedgerStore store;

	private final ReferenceData referenceData;

	private final double rejectLimit;

	/**
	 * @param inputParameter the job parameter naming the input folder or file
	 */
	ImportInputListener(String inputParameter, LedgerStore store, ReferenceData referenceData, double rejectLimit) {
		this.inputParameter = inputParameter;
		this.store = store;
		this.referenceData = referenceData;
		this.rejectLimit = rejectLimit;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		ExecutionContext context = execution.getExecutionContext();
		if (!(context.get(ImportInput.KEY) instanceof ImportInput)) {
			String input = execution.getJobParameters().getString(this.inputParameter);
			context.put(ImportInput.KEY, ImportInput.of(Path.of(input), this.store));
		}
	}

	/** The ledger step: the reference data its rows are read with, once per import. */
	@Override
	public void beforeStep(StepExecution step) {
		ExecutionContext context = step.getJobExecution().getExecutionContext();
		if (context.get(ImportInput.KEY) instanceof ImportInput input && input.referenceHash() == null) {
			context.put(ImportInput.KEY, input.readWith(this.referenceData.fingerprint()));
		}
	}

	@Override
	public @Nullable ExitStatus afterStep(StepExecution step) {
		return null;
	}

	@Override
	public void afterJob(JobExecution execution) {
		if (ImportOutcome.in(execution) == null
				&& execution.getExecutionContext().get(ImportInput.KEY) instanceof ImportInput input) {
			execution.getExecutionContext().put(ImportOutcome.KEY, check(input).outcome());
		}
	}

	ImportCheck check(ImportInput input) {
		return new ImportCheck(input, this.store, this.rejectLimit);
	}

}
