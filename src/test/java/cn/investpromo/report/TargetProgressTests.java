package cn.investpromo.report;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.investpromo.report.TargetProgress.Light;
import cn.investpromo.report.TargetProgress.Schedule;
import cn.investpromo.report.TargetProgress.TargetFigures;
import cn.investpromo.target.TargetIndicator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A target's light against 序时进度: green at or ahead, yellow up to five points behind, red
 * further behind.
 */
class TargetProgressTests {

	@ParameterizedTest
	@CsvSource({ "12.5, GREEN", "0.0, GREEN", "-0.1, YELLOW", "-5.0, YELLOW", "-5.1, RED", "-40.0, RED" })
	void theLightFollowsTheGapInPoints(String gap, Light light) {
		// given
		TargetFigures figures = new TargetFigures(TargetIndicator.PROJECTS, new BigDecimal("50"), new BigDecimal("30"),
				new BigDecimal("60.0"), new BigDecimal(gap), Schedule.AHEAD);
		// when, then
		assertThat(figures.light()).isEqualTo(light);
	}

}
