package cn.investpromo.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import cn.investpromo.delivery.DeliveredReport;
import cn.investpromo.delivery.Delivery;
import cn.investpromo.delivery.ReportDelivery;
import cn.investpromo.job.ReportLauncher;
import cn.investpromo.job.ReportOutcome;
import cn.investpromo.report.ReportFiles;
import cn.investpromo.system.InvestpromoProperties;

/**
 * {@code investpromo deliver}: sends a written report again to every configured channel.
 */
@Command(name = "deliver", mixinStandardHelpOptions = true,
		description = "重新投递已生成的月报（邮件、企业微信、钉钉）。Send a written report again by mail and to the robots.")
final class DeliverCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	CommonOptions common = new CommonOptions();

	@Mixin
	ReportOptions report = new ReportOptions();

	@Override
	public Integer call() {
		Console console = new Console(this.spec);
		try (ConfigurableApplicationContext context = ApplicationContexts.start(this.spec.name(),
				ReportCommand.properties(this.common, this.report), EarlyChecks.report(this.report))) {
			ReportCommand.Target target;
			try {
				target = ReportCommand.target(context, this.report);
			}
			catch (IllegalArgumentException ex) {
				return console.usage(ex.getMessage());
			}
			ReportDelivery delivery = context.getBean(ReportDelivery.class);
			if (!delivery.configured()) {
				console.problem("未配置投递渠道 / no delivery configured: set investpromo.delivery.mail.to, "
						+ ".wecom.webhook-url or .dingtalk.webhook-url");
				return 1;
			}
			ReportFiles files = ReportFiles.of(context.getBean(InvestpromoProperties.class).outputDir(),
					target.scope().name(), target.period(), target.language());
			DeliveredReport written;
			try {
				written = DeliveredReport.of(target.scope().code(), target.scope().name(), target.period(),
						target.language(), files);
			}
			catch (IOException ex) {
				console.problem(ex.getMessage() + "；请先生成报告 / write the report first (investpromo report)");
				return 1;
			}
			Long execution = context.getBean(ReportLauncher.class)
				.lastReport(target.period(), target.scope(), target.language());
			return show(console, delivery.deliver(written, execution, false));
		}
		catch (Exception ex) {
			return console.failed(ex);
		}
	}

	/**
	 * Delivers a report a run or report command just wrote, or found up to date (then
	 * only to channels it has not reached yet); 1 when a delivery failed. The report's
	 * files stay written either way.
	 */
	static int deliverAfter(ConfigurableApplicationContext context, Console console, ReportCommand.Target target,
			@Nullable ReportOutcome outcome, boolean noDeliver) {
		if (noDeliver || outcome == null || outcome.status() == ReportOutcome.Status.FAILED) {
			return 0;
		}
		ReportDelivery delivery = context.getBean(ReportDelivery.class);
		if (!delivery.configured()) {
			return 0;
		}
		DeliveredReport written;
		try {
			written = DeliveredReport.of(target.scope().code(), target.scope().name(), target.period(),
					target.language(), outcome.files());
		}
		catch (IOException ex) {
			console.problem("投递失败 / delivery failed: " + ex.getMessage());
			return 1;
		}
		return show(console, delivery.deliver(written, outcome.executionId(),
				outcome.status() == ReportOutcome.Status.ALREADY_DONE));
	}

	private static int show(Console console, List<Delivery> deliveries) {
		int status = 0;
		for (Delivery delivery : deliveries) {
			if (delivery.delivered()) {
				console.line("已投递 / delivered: " + delivery.channel() + " → " + delivery.recipients());
			}
			else {
				console.problem("投递失败 / delivery failed: " + delivery.channel() + ": " + delivery.error());
				status = 1;
			}
		}
		return status;
	}

}
