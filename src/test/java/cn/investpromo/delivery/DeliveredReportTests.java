package cn.investpromo.delivery;

import org.junit.jupiter.api.Test;

import cn.investpromo.report.Period;
import cn.investpromo.report.ReportLanguage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delivered report is named by the report's own title and its period, in the report's
 * language (issue 20: the title is decided once, by the report's labels).
 */
class DeliveredReportTests {

	@Test
	void aMailOrMessageNamesTheReportByItsOwnTitleAndPeriod() {
		assertThat(DeliveredReport.title("招远市", Period.parse("2019-07"), ReportLanguage.ZH))
			.isEqualTo("招远市招商引资工作月度报告（2019年7月）");
		assertThat(DeliveredReport.title("招远市", Period.parse("2019-Q3"), ReportLanguage.ZH))
			.isEqualTo("招远市招商引资工作季度报告（2019年第三季度）");
		assertThat(DeliveredReport.title("招远市", Period.parse("2019-H2"), ReportLanguage.ZH))
			.isEqualTo("招远市招商引资工作半年报告（2019年下半年）");
		assertThat(DeliveredReport.title("Zhaoyuan (招远市)", Period.parse("2019-07"), ReportLanguage.EN))
			.isEqualTo("Zhaoyuan (招远市): Investment Promotion Monthly Report (July 2019)");
		assertThat(DeliveredReport.title("Zhaoyuan (招远市)", Period.parse("2019"), ReportLanguage.EN))
			.isEqualTo("Zhaoyuan (招远市): Investment Promotion Annual Report (2019)");
	}

}
