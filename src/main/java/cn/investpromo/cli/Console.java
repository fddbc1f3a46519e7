package cn.investpromo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Model.CommandSpec;

import cn.investpromo.job.JobRunner.ImportOutcome;
import cn.investpromo.job.JobRunner.ReportOutcome;
import cn.investpromo.region.Region;
import cn.investpromo.report.Period;

/** The one place the CLI prints: outcome lines on standard output, problems on standard error, no stack traces. */
final class Console {

	private final PrintWriter out;

	private final PrintWriter err;

	Console(CommandSpec spec) {
		this(spec.commandLine().getOut(), spec.commandLine().getErr());
	}

	Console(PrintWriter out, PrintWriter err) {
		this.out = out;
		this.err = err;
	}

	/** Where problems go; the scheduler also logs them. */
	void problem(String text) {
		this.err.println("错误 / error: " + text);
		this.err.flush();
	}

	/**
	 * A redrawn progress line on the terminal (standard error, so that standard output keeps only outcome lines);
	 * {@code null} ends it.
	 */
	void progress(@Nullable String text) {
		if (text == null) {
			this.err.println();
		}
		else {
			this.err.print("\r" + text + "\u001b[K");
		}
		this.err.flush();
	}

	void line(String text) {
		this.out.println(text);
		this.out.flush();
	}

	void importOutcome(ImportOutcome outcome) {
		outcome.problems().forEach((problem) -> this.err.println("错误 / error: " + problem));
		this.err.flush();
		// counts are those of each file's latest import: an unchanged file keeps its earlier figures
		line(String.format("import %s: %d file(s)%s, %d row(s) read, %d accepted, %d rejected%s%s",
				outcome.completed() ? "completed" : outcome.stopped() ? "STOPPED" : "FAILED", outcome.files(),
				(outcome.unchangedFiles() > 0) ? " (" + outcome.unchangedFiles() + " unchanged, skipped)" : "",
				outcome.read(), outcome.read() - outcome.rejected(), outcome.rejected(),
				(outcome.unreadableFiles() > 0) ? ", " + outcome.unreadableFiles() + " unreadable file(s)" : "",
				(outcome.resumedAt() > 0) ? " (restarted after " + outcome.resumedAt() + " committed item(s))" : ""));
	}

	void reportOutcome(Region scope, YearMonth month, ReportOutcome outcome) {
		reportOutcome(scope, Period.month(month), outcome);
	}

	void reportOutcome(Region scope, Period period, ReportOutcome outcome) {
		String month = period.label();
		outcome.problems().forEach((problem) -> this.err.println("错误 / error: " + problem));
		this.err.flush();
		String files = String.join(", ", outcome.files().all().stream().map(Path::toString).toList());
		switch (outcome.status()) {
			case WRITTEN -> line("report " + scope.name() + " " + month + " written: " + files);
			case ALREADY_DONE -> line("report " + scope.name() + " " + month
					+ " already up to date, no data changed since it was written (--rerun writes it again): " + files);
			case FAILED -> line("report " + scope.name() + " " + month + " FAILED");
		}
	}

	/** A failure outside any job, e.g. the database cannot be opened: one line, exit status 1. */
	int failed(Exception ex) {
		this.err.println("错误 / error: " + ApplicationContexts.rootMessage(ex));
		this.err.flush();
		return 1;
	}

	/** A bad option value found after start-up (an unknown scope): exit status 2. */
	int usage(String message) {
		this.err.println("用法错误 / usage: " + message);
		this.err.flush();
		return 2;
	}

}
