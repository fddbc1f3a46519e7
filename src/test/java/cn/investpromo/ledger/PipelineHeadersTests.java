package cn.investpromo.ledger;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.investpromo.quality.LedgerKind;
import cn.investpromo.value.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A pipeline ledger (项目名称 + 洽谈阶段) is never taken for a signed-projects ledger (项目名称 +
 * 签约日期), nor the other way round, and its 预计签约日期 reads a month as its last day.
 */
class PipelineHeadersTests {

	private final HeaderMatcher matcher = new HeaderMatcher();

	@Test
	void aPipelineWithPlannedSigningDatesIsAPipeline() {
		// given: 预计签约日期 and 计划签约时间 both contain 签约 and a date word
		RawRow expected = new RawRow(3, List.of("序号", "项目名称", "洽谈阶段", "预计签约日期", "拟落地地区"));
		RawRow planned = new RawRow(2, List.of("项目名称", "推进阶段", "计划签约时间", "意向企业", "计划投资额（亿元）"));

		// when
		SheetLayout first = this.matcher.match(expected).orElseThrow();
		SheetLayout second = this.matcher.match(planned).orElseThrow();

		// then
		assertThat(first.kind()).isEqualTo(LedgerKind.PIPELINE);
		assertThat(first.column(LedgerField.EXPECTED_SIGNING).index()).isEqualTo(3);
		assertThat(second.kind()).isEqualTo(LedgerKind.PIPELINE);
		assertThat(second.column(LedgerField.STAGE).header()).isEqualTo("推进阶段");
		assertThat(second.column(LedgerField.EXPECTED_AMOUNT).unit()).isEqualTo("亿元");
		assertThat(second.column(LedgerField.PIPELINE_INVESTOR).index()).isEqualTo(3);
	}

	@Test
	void aSignedProjectsLedgerWithAStageColumnStaysOne() {
		// given: a 项目阶段 column beside the signed date, and none of the pipeline's dates
		RawRow signed = new RawRow(3, List.of("项目名称", "签约日期", "落地地区", "投资方", "所属产业", "项目阶段"));
		RawRow plain = new RawRow(3, List.of("项目名称", "签约时间", "落户地区", "签约企业", "行业"));

		// when / then
		assertThat(this.matcher.match(signed).orElseThrow().kind()).isEqualTo(LedgerKind.PROJECTS);
		assertThat(this.matcher.match(plain).orElseThrow().kind()).isEqualTo(LedgerKind.PROJECTS);
	}

	@Test
	void aPipelineThatAlsoRecordsTheSigningDateIsAPipeline() {
		// given: the signed date of the projects already signed, beside the pipeline's
		// own dates
		RawRow row = new RawRow(1, List.of("项目名称", "洽谈阶段", "签约日期", "最近跟进日期", "责任单位"));

		// when / then
		assertThat(this.matcher.match(row).orElseThrow().kind()).isEqualTo(LedgerKind.PIPELINE);
	}

	@Test
	void anExpectedSigningMonthIsItsLastDayAndADateStaysADate() {
		// when / then
		assertThat(PipelineRows.dateOrMonth("2019年6月")).isEqualTo(LocalDate.of(2019, 6, 30));
		assertThat(PipelineRows.dateOrMonth("2019-02")).isEqualTo(LocalDate.of(2019, 2, 28));
		assertThat(PipelineRows.dateOrMonth("2019.12")).isEqualTo(LocalDate.of(2019, 12, 31));
		assertThat(PipelineRows.dateOrMonth("2019年6月15日")).isEqualTo(LocalDate.of(2019, 6, 15));
		assertThat(PipelineRows.dateOrMonth("20190615")).isEqualTo(LocalDate.of(2019, 6, 15));
		assertThatThrownBy(() -> PipelineRows.dateOrMonth("2019年13月")).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> PipelineRows.dateOrMonth("下半年")).isInstanceOf(InvalidValueException.class);
	}

}
