package cn.investpromo.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

import cn.investpromo.region.Region;
import cn.investpromo.report.Period;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.system.DefaultRegion;
import cn.investpromo.system.InvestpromoProperties;
import cn.investpromo.system.ReferenceData;
import cn.investpromo.system.ReportScopes;

/**
 * What a report is for: its scope, language and period, as {@code report}, {@code run},
 * {@code deliver} and the schedule ask for it.
 */
record ReportTarget(Region scope, ReportLanguage language, Period period) {

	/** The properties the report options set, besides the common ones. */
	static Map<String, Object> properties(CommonOptions common, ReportOptions report) {
		Map<String, Object> properties = common.properties();
		if (report.outputDir != null) {
			properties.put("investpromo.output-dir", report.outputDir.toAbsolutePath().toString());
		}
		return properties;
	}

	/**
	 * The period, scope and language a report is asked for; a missing period or an
	 * unknown scope is an {@link IllegalArgumentException}.
	 */
	static ReportTarget of(ConfigurableApplicationContext context, ReportOptions options) {
		InvestpromoProperties properties = context.getBean(InvestpromoProperties.class);
		Period period = options.reportPeriod();
		Region scope = ReportScopes.resolve(options.scope, context.getBean(ReferenceData.class).regions(),
				context.getBean(DefaultRegion.class));
		ReportLanguage language = ReportLanguage
			.parse((options.language != null) ? options.language : properties.language());
		// a period not begun has no figures at all: a report of it would state "未举办招商活动"
		if (period.from().isAfter(LocalDate.now(context.getBean(Clock.class)))) {
			throw new IllegalArgumentException(period.label() + " 尚未开始，无可报告的数据 / " + period.label()
					+ " has not begun yet: there is nothing to report");
		}
		return new ReportTarget(scope, language, period);
	}

	/**
	 * A period that has not ended yet (in the schedule's time zone) is reported, with a
	 * word that it is partial.
	 */
	void warnIfNotOver(ConfigurableApplicationContext context, Console console) {
		if (!this.period.to().isBefore(LocalDate.now(context.getBean(Clock.class)))) {
			console.warning(this.period.label() + " 尚未结束，报告中的数字不完整 / " + this.period.label()
					+ " has not ended yet: the report's figures are partial");
		}
	}

}
