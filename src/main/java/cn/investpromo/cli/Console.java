package cn.investpromo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Model.CommandSpec;

import cn.investpromo.job.JobRunner.ImportOutcome;
import cn.investpromo.job.JobRunner.ReportOutcome;
import cn.investpromo.region.Region;
import cn.investpromo.report.Period;

/**
 * The one place the CLI prints: outcome lines on standard output, problems on standard
 * error, no stack traces.
 */
final class Console {

	private final PrintWriter out;

	private final PrintWriter err;

	Console(CommandSpec spec) {
		this(spec.commandLine().getOut(), spec.commandLine().getErr());
	}

	Console(PrintWriter out, PrintWriter err) {
		this.out = new LoggedWriter(out, false);
		this.err = new LoggedWriter(err, true);
	}

	/** Where problems go; the scheduler also logs them. */
	void problem(String text) {
		this.err.println("错误 / error: " + text);
		this.err.flush();
	}

	/**
	 * A redrawn progress line on the terminal (standard error, so that standard output
	 * keeps only outcome lines); {@code null} ends it.
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
		// counts are those of each file's latest import: an unchanged file keeps its
		// earlier figures
		line(String.format("%s: %d file(s)%s, %d row(s) read, %d accepted, %d rejected%s%s%s",
				outcome.completed() ? "导入完成 / import completed"
						: outcome.stopped() ? "导入已停止 / import STOPPED" : "导入失败 / import FAILED",
				outcome.files(),
				(outcome.unchangedFiles() > 0) ? " (" + outcome.unchangedFiles() + " unchanged, skipped)" : "",
				outcome.read(), outcome.read() - outcome.rejected(), outcome.rejected(),
				(outcome.unreadableFiles() > 0) ? ", " + outcome.unreadableFiles() + " unreadable file(s)" : "",
				(outcome.noLedgerFiles() > 0) ? ", " + outcome.noLedgerFiles() + " file(s) without a ledger sheet" : "",
				(outcome.resumedAt() > 0) ? " (restarted after " + outcome.resumedAt() + " committed item(s))" : ""));
		outcome.corrections()
			.forEach((file) -> line("待修正 / to correct: " + file + "（改正标红的单元格后放回原台账的位置再导入 / fix the red "
					+ "cells, put it in place of the ledger and import again）"));
	}

	/**
	 * Writes each printed line to the log file as well (logger
	 * {@code investpromo.console}, file only), so that a cron or systemd run leaves its
	 * outcome and error lines in {@code data/logs/investpromo.log} (SPEC §2.6); the
	 * redrawn progress line is not a line and is not logged.
	 */
	private static final class LoggedWriter extends PrintWriter {

		private static final Logger log = LoggerFactory.getLogger("investpromo.console");

		private final boolean problems;

		LoggedWriter(PrintWriter target, boolean problems) {
			super(target, true);
			this.problems = problems;
		}

		@Override
		public void println(@Nullable String text) {
			super.println(text);
			if (text != null && !text.isBlank()) {
				if (this.problems) {
					log.warn(text);
				}
				else {
					log.info(text);
				}
			}
		}

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
			case WRITTEN -> line("报告已生成 / report " + scope.name() + " " + month + " written: " + files);
			case ALREADY_DONE -> line("报告已是最新 / report " + scope.name() + " " + month
					+ " already up to date, no data changed since it was written (--rerun writes it again): " + files);
			case FAILED -> line("报告生成失败 / report " + scope.name() + " " + month + " FAILED");
		}
	}

	/**
	 * Something the reader should know that does not fail the run, e.g. a month not yet
	 * over.
	 */
	void warning(String text) {
		this.err.println("警告 / warning: " + text);
		this.err.flush();
	}

	/**
	 * A failure outside any job, e.g. the database cannot be opened: one line, exit
	 * status 1.
	 */
	int failed(Exception ex) {
		if (ex instanceof UsageException usage) {
			// found before the command started (EarlyChecks): bad usage, not a failed job
			return usage(usage.getMessage());
		}
		this.err.println("错误 / error: " + ApplicationContexts.rootMessage(ex));
		this.err.flush();
		return 1;
	}

	/** A bad option value found after start-up (an unknown scope): exit status 2. */
	int usage(@Nullable String message) {
		this.err.println("用法错误 / usage: " + message);
		this.err.flush();
		return 2;
	}

}
