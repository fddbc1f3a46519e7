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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import cn.investpromo.delivery.Delivery;
import cn.investpromo.delivery.DeliveryStore;
import cn.investpromo.job.RunHistory;
import cn.investpromo.job.RunHistory.Run;

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
	private static final Set<String> SHOWN = Set.of("month", "scope", "lang", "input", "rerun");

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
				this.common.properties())) {
			List<Run> runs = context.getBean(RunHistory.class).latest(this.limit);
			List<Delivery> deliveries = context.getBean(DeliveryStore.class).latest(this.limit);
			console.line(this.json ? json(runs, deliveries) : table(runs) + deliveries(deliveries));
			return 0;
		}
		catch (Exception ex) {
			return console.failed(ex);
		}
	}

	static String json(List<Run> runs) {
		return json(runs, List.of());
	}

	/**
	 * Runs as JSON; a report run, and the monthly run it is part of, list the deliveries
	 * of what it wrote.
	 */
	static String json(List<Run> runs, List<Delivery> deliveries) {
		JsonMapper mapper = JsonMapper.builder().build();
		ArrayNode array = mapper.createArrayNode();
		for (Run run : runs) {
			ObjectNode node = array.addObject();
			node.put("executionId", run.executionId());
			node.put("job", run.job());
			ObjectNode parameters = node.putObject("parameters");
			run.parameters().forEach(parameters::put);
			node.put("start", (run.start() != null) ? run.start().toString() : null);
			if (run.duration() != null) {
				node.put("durationSeconds", run.duration().toMillis() / 1000.0);
			}
			else {
				node.putNull("durationSeconds");
			}
			node.put("status", run.status());
			node.put("read", run.read());
			node.put("written", run.written());
			node.put("skipped", run.skipped());
			ArrayNode files = node.putArray("files");
			run.files().forEach(files::add);
			if (!run.parts().isEmpty()) {
				ArrayNode parts = node.putArray("parts");
				for (RunHistory.Part part : run.parts()) {
					ObjectNode partNode = parts.addObject();
					partNode.put("name", part.name());
					partNode.put("status", part.status());
					partNode.put("executionId", part.executionId());
					partNode.put("job", part.job());
				}
			}
			if (run.partOf() != null) {
				node.put("partOf", run.partOf());
			}
			Set<Long> reports = new java.util.HashSet<>();
			reports.add(run.executionId());
			run.parts()
				.stream()
				.map(RunHistory.Part::executionId)
				.filter(java.util.Objects::nonNull)
				.forEach(reports::add);
			List<Delivery> sent = deliveries.stream()
				.filter((delivery) -> delivery.reportExecutionId() != null
						&& reports.contains(delivery.reportExecutionId()))
				.toList();
			if (!sent.isEmpty()) {
				ArrayNode list = node.putArray("deliveries");
				for (Delivery delivery : sent) {
					ObjectNode item = list.addObject();
					item.put("at", delivery.at().toString());
					item.put("channel", delivery.channel());
					item.put("recipients", delivery.recipients());
					item.put("outcome", delivery.delivered() ? "DELIVERED" : "FAILED");
					item.put("attempts", delivery.attempts());
					item.put("error", delivery.error());
				}
			}
		}
		return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array);
	}

	static String table(List<Run> runs) {
		if (runs.isEmpty()) {
			return "no runs yet / 尚无运行记录";
		}
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("ID", "JOB", "PARAMETERS", "START", "DURATION", "STATUS", "READ", "WRITTEN", "SKIPPED",
				"FILES"));
		for (Run run : runs) {
			rows.add(List.of(String.valueOf(run.executionId()), job(run),
					run.parameters()
						.entrySet()
						.stream()
						.filter((entry) -> SHOWN.contains(entry.getKey()))
						.map((entry) -> entry.getKey() + "=" + entry.getValue())
						.collect(Collectors.joining(" ")),
					(run.start() != null) ? START.format(run.start()) : "-", duration(run.duration()), run.status(),
					String.valueOf(run.read()), String.valueOf(run.written()), String.valueOf(run.skipped()),
					files(run.files())));
		}
		return align(rows);
	}

	/**
	 * The deliveries below the runs: when, which report, the channel and recipients, the
	 * outcome and why.
	 */
	static String deliveries(List<Delivery> deliveries) {
		if (deliveries.isEmpty()) {
			return "";
		}
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("DELIVERED", "REPORT", "CHANNEL", "RECIPIENTS", "OUTCOME", "ERROR"));
		for (Delivery delivery : deliveries) {
			rows.add(List.of(START.format(delivery.at()),
					delivery.scopeName() + " " + delivery.month() + " " + delivery.language()
							+ ((delivery.reportExecutionId() != null) ? " #" + delivery.reportExecutionId() : ""),
					delivery.channel(), delivery.recipients(),
					delivery.delivered() ? "DELIVERED" : "FAILED (" + delivery.attempts() + " attempt(s))",
					(delivery.error() != null) ? delivery.error() : "-"));
		}
		return "\n\n" + align(rows, false);
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
		return (run.partOf() != null) ? "└ " + run.job() + " (part of #" + run.partOf() + ")" : run.job();
	}

	/**
	 * Columns padded to the widest cell, counting a Chinese character as two columns as
	 * terminals do.
	 */
	private static String align(List<List<String>> rows) {
		return align(rows, true);
	}

	private static String align(List<List<String>> rows, boolean runs) {
		int[] widths = new int[rows.get(0).size()];
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], width(row.get(i)));
			}
		}
		StringBuilder table = new StringBuilder();
		for (List<String> row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.size(); i++) {
				boolean number = runs && (i == 0 || (i >= 6 && i <= 8));
				String cell = row.get(i);
				String pad = " ".repeat(widths[i] - width(cell));
				line.append(number ? pad + cell : cell + ((i < row.size() - 1) ? pad : "")).append("  ");
			}
			table.append(line.toString().stripTrailing()).append('\n');
		}
		return table.toString().stripTrailing();
	}

	static int width(String text) {
		return text.codePoints().map((cp) -> wide(cp) ? 2 : 1).sum();
	}

	private static boolean wide(int cp) {
		return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
				|| (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
				|| (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
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
