package cn.investpromo.cli;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import cn.investpromo.delivery.Delivery;
import cn.investpromo.delivery.DeliveryStore;
import cn.investpromo.job.RunHistory;
import cn.investpromo.job.Run;
import cn.investpromo.job.Part;
import cn.investpromo.job.RunUnit;

/**
 * {@code investpromo history}: past runs from the job repository, newest first, as a
 * table or JSON (SPEC §6).
 */
@Command(name = "history", mixinStandardHelpOptions = true, description = "运行历史：作业、参数、开始时间、耗时、状态、读取/写入/跳过行数、生成文件。"
		+ "Past runs, newest first: job, parameters, start, duration, status, rows, files written.")
final class HistoryCommand implements Callable<Integer> {

	private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/**
	 * Parameters that identify a run for a reader; the technical ones (fingerprints,
	 * launch ids) are in --json.
	 */
	private static final Set<String> SHOWN = Set.of("month", "period", "scope", "lang", "eachLevel", "input", "rerun");

	@Spec
	CommandSpec spec;

	@Mixin
	CommonOptions common = new CommonOptions();

	@Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many runs, default 20")
	int limit;

	@Option(names = "--json", description = "JSON instead of a table")
	boolean json;

	@Override
	public Integer call() {
		Console console = new Console(this.spec);
		if (this.limit < 1) {
			return console.usage("--limit must be at least 1, not " + this.limit);
		}
		try (ConfigurableApplicationContext context = ApplicationContexts.start(this.spec.name(),
				this.common.properties(), ExistingDatabase.before(EarlyChecks.Check.NONE))) {
			List<Run> runs = context.getBean(RunHistory.class).latest(this.limit);
			List<Delivery> deliveries = context.getBean(DeliveryStore.class).latest(this.limit);
			console.line(this.json ? HistoryJson.of(runs, deliveries) : table(runs) + DeliveriesTable.of(deliveries));
			return 0;
		}
		catch (Exception ex) {
			return console.failed(ex);
		}
	}

	static String table(List<Run> runs) {
		if (runs.isEmpty()) {
			return "no runs yet / 尚无运行记录";
		}
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("ID", "JOB", "PARAMETERS", "START", "DURATION", "STATUS", "READ", "WRITTEN", "SKIPPED",
				"FILES"));
		for (Run run : runs) {
			rows.add(List.of(String.valueOf(run.executionId()), job(run), parameters(run),
					(run.start() != null) ? START.format(run.start()) : "-", duration(run.duration()), run.status(),
					String.valueOf(run.read()), String.valueOf(run.written()), String.valueOf(run.skipped()),
					files(run.files())));
			for (RunUnit unit : run.units()) {
				rows.add(List.of("", "└ " + unit.name(), "", "", duration(unit.duration()), unit.status(), "", "", "",
						files(unit.files())));
			}
		}
		return TextTable.align(rows, true);
	}

	/**
	 * The parameters a reader identifies a run by: the period, the scope by its name, the
	 * language, how far down an --each run went, the input.
	 */
	private static String parameters(Run run) {
		return run.parameters()
			.entrySet()
			.stream()
			.filter((entry) -> SHOWN.contains(entry.getKey()))
			.map((entry) -> entry.getKey() + "="
					+ (entry.getKey().equals("scope") && run.scopeName() != null ? run.scopeName() : entry.getValue()))
			.collect(Collectors.joining(" "));
	}

	/** A monthly run names its parts; a part names the monthly run it belongs to. */
	private static String job(Run run) {
		if (!run.parts().isEmpty()) {
			return run.job() + " ("
					+ run.parts()
						.stream()
						.map((part) -> part.name() + ((part.executionId() != null) ? " #" + part.executionId() : "")
								+ " " + part.status())
						.collect(Collectors.joining(", "))
					+ ")";
		}
		if (!run.units().isEmpty()) {
			return run.job() + " (" + run.units().size() + " units)";
		}
		return (run.partOf() != null) ? "└ " + run.job() + " (part of #" + run.partOf() + ")" : run.job();
	}

	private static String duration(@Nullable Duration duration) {
		if (duration == null) {
			return "-";
		}
		long seconds = duration.toSeconds();
		return (seconds < 60) ? String.format(Locale.ROOT, "%.1fs", duration.toMillis() / 1000.0)
				: String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
	}

	/** The three report files share a folder and a base name: show it once. */
	private static String files(List<String> files) {
		if (files.isEmpty()) {
			return "-";
		}
		String first = files.get(0);
		int dot = first.lastIndexOf('.');
		return first.substring(0, dot) + ".{"
				+ files.stream()
					.map((file) -> file.substring(file.lastIndexOf('.') + 1))
					.collect(Collectors.joining(","))
				+ "}";
	}

}
