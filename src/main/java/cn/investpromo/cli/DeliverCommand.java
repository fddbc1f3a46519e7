package cn.investpromo.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import cn.investpromo.delivery.DeliveredReport;
import cn.investpromo.delivery.ReportDelivery;
import cn.investpromo.job.ReportLauncher;
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
		return CommandRun.plain(this.spec,
				() -> ApplicationContexts.start(this.spec.name(), ReportTarget.properties(this.common, this.report),
						ExistingDatabase.before(EarlyChecks.report(this.report))),
				this::deliver);
	}

	private int deliver(ConfigurableApplicationContext context, Console console) {
		ReportTarget target;
		try {
			target = ReportTarget.of(context, this.report);
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
		return Deliveries.show(console, delivery.deliver(written, execution, false));
	}

}
