package cn.investpromo.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import cn.investpromo.job.EachLevel;
import cn.investpromo.job.JobRunner;
import cn.investpromo.job.MonthlyOutcome;
import cn.investpromo.job.MonthlyScheduler;
import cn.investpromo.region.Region;
import cn.investpromo.report.Period;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.system.InvestpromoProperties;
import cn.investpromo.system.ScheduledScopes;

/**
 * {@code investpromo schedule}: stays up and runs import then report for the previous
 * month on a cron expression, for each configured scope (SPEC §1, §6). SIGTERM stops a
 * running job at a chunk boundary and ends the process.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true, description = "常驻运行：按 cron 表达式定期导入台账并生成上月月报。"
		+ "Stay up and run import + report for the previous month on a cron schedule.")
final class ScheduleCommand implements Callable<Integer> {

	private static final Logger log = LoggerFactory.getLogger(ScheduleCommand.class);

	@Spec
	CommandSpec spec;

	@Mixin
	CommonOptions common = new CommonOptions();

	@Option(names = "--cron", paramLabel = "EXPR",
			description = "Spring cron: second minute hour day month weekday. Default: investpromo.schedule.cron, "
					+ "\"0 0 6 2 * *\" (06:00 on the 2nd)")
	@Nullable String cron;

	@Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of the cron, default Asia/Shanghai")
	@Nullable String zone;

	@Option(names = "--scope", paramLabel = "NAME-OR-CODE",
			description = "A region to report on; repeat for several. Default: investpromo.schedule.scopes, "
					+ "else the default region, else all of China")
	List<String> scopes = new ArrayList<>();

	@Option(names = "--input", paramLabel = "DIR", description = "Folder of ledgers, default: input/")
	@Nullable Path input;

	@Option(names = "--out", paramLabel = "DIR", description = "Output directory, default: reports/")
	@Nullable Path outputDir;

	@Option(names = "--lang", paramLabel = "zh|en", description = "Report language, default zh")
	@Nullable String language;

	@picocli.CommandLine.Mixin
	DeliveryOption delivery = new DeliveryOption();

	@Mixin
	EachOptions each = new EachOptions();

	@Override
	public Integer call() {
		Console console = new Console(this.spec);
		GracefulShutdown shutdown = new GracefulShutdown();
		try (shutdown;
				ConfigurableApplicationContext context = ApplicationContexts.start(this.spec.name(), properties())) {
			InvestpromoProperties properties = context.getBean(InvestpromoProperties.class);
			JobRunner runner = context.getBean(JobRunner.class);
			List<Region> scopes = context.getBean(ScheduledScopes.class).regions();
			MonthlyScheduler scheduler = new MonthlyScheduler(properties.schedule().cronExpression(),
					properties.schedule().zoneId(), Clock.systemDefaultZone());
			shutdown.onSignal(scheduler::stop);
			shutdown.onSignal(runner::stopRunning);
			console.line("schedule started: \"" + properties.schedule().cron() + "\" " + properties.schedule().zone()
					+ ", scopes " + String.join("、", scopes.stream().map(Region::name).toList()));
			boolean deliver = !this.delivery.noDeliver;
			EachLevel level = this.each.each ? this.each.eachLevel() : null;
			scheduler.run((month) -> monthlyRun(context, console, scopes, month, shutdown, deliver, level));
			console.line("schedule stopped");
			return 0;
		}
		catch (Exception ex) {
			return console.failed(ex);
		}
	}

	private Map<String, Object> properties() {
		Map<String, Object> properties = this.common.properties();
		if (this.cron != null) {
			properties.put("investpromo.schedule.cron", this.cron);
		}
		if (this.zone != null) {
			properties.put("investpromo.schedule.zone", this.zone);
		}
		if (!this.scopes.isEmpty()) {
			properties.put("investpromo.schedule.scopes", String.join(",", this.scopes));
		}
		if (this.input != null) {
			properties.put("investpromo.input-dir", this.input.toAbsolutePath().toString());
		}
		if (this.outputDir != null) {
			properties.put("investpromo.output-dir", this.outputDir.toAbsolutePath().toString());
		}
		if (this.language != null) {
			properties.put("investpromo.language", this.language);
		}
		return properties;
	}

	/**
	 * One firing: the monthly job per scope (its import part finds unchanged files after
	 * the first); a failure is logged and the schedule goes on.
	 */
	private static void monthlyRun(ConfigurableApplicationContext context, Console console, List<Region> scopes,
			YearMonth month, GracefulShutdown shutdown, boolean deliver, @Nullable EachLevel each) {
		InvestpromoProperties properties = context.getBean(InvestpromoProperties.class);
		JobRunner runner = context.getBean(JobRunner.class);
		List<String> failed = new ArrayList<>();
		try {
			ReportLanguage language = ReportLanguage.parse(properties.language());
			for (Region scope : scopes) {
				if (shutdown.signalled()) {
					return;
				}
				ReportTarget target = new ReportTarget(scope, language, Period.month(month));
				if (each != null) {
					if (EachReports.importThenEach(context, console, target, each, false, !deliver) != 0) {
						failed.add(scope.name());
					}
					continue;
				}
				MonthlyOutcome outcome = runner.runMonthly(properties.inputDir(), target.period(), scope, language,
						properties.outputDir(), false);
				RunCommand.show(console, target, outcome);
				if (outcome.completed()
						&& Deliveries.deliverAfter(context, console, target, outcome.report(), !deliver) != 0) {
					failed.add(scope.name() + "（投递 / delivery）");
				}
				log.info("Scheduled monthly run {} {}: {}", scope.name(), month,
						outcome.completed() ? "COMPLETED" : "FAILED");
				if (!outcome.completed()) {
					failed.add(scope.name());
				}
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ApplicationContexts.rootMessage(ex), ex);
		}
		if (!failed.isEmpty()) {
			throw new IllegalStateException("monthly run failed for " + String.join("、", failed));
		}
	}

}
