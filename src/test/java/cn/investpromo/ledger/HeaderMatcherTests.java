package cn.investpromo.ledger;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import cn.investpromo.quality.LedgerKind;

class HeaderMatcherTests {

	private final HeaderMatcher matcher = new HeaderMatcher();

	@Test
	void recognisesAnEventsHeaderWithAliasesSpacesAndUnits() {
		// given
		RawRow row = new RawRow(3, List.of("序号", " 活动名称 ", "活动形式", "举办日期", "地区", "参加人数（人）", "无关列"));
		// when
		Optional<SheetLayout> layout = this.matcher.match(row);
		// then
		assertThat(layout).isPresent();
		assertThat(layout.get().kind()).isEqualTo(LedgerKind.EVENTS);
		assertThat(layout.get().headerRow()).isEqualTo(3);
		assertThat(layout.get().column(LedgerField.EVENT_NAME).index()).isEqualTo(1);
		assertThat(layout.get().column(LedgerField.EVENT_TYPE).index()).isEqualTo(2);
		assertThat(layout.get().column(LedgerField.EVENT_START).index()).isEqualTo(3);
		assertThat(layout.get().column(LedgerField.HOST_REGION).index()).isEqualTo(4);
		assertThat(layout.get().column(LedgerField.ATTENDEES).index()).isEqualTo(5);
	}

	@Test
	void recognisesAProjectsHeaderAndTheUnitOfTheAmountColumn() {
		// given
		RawRow row = new RawRow(1, List.of("项目名称", "签约时间", "落户地区", "签约企业", "行业", "协议投资额（亿元）"));
		// when
		SheetLayout layout = this.matcher.match(row).orElseThrow();
		// then
		assertThat(layout.kind()).isEqualTo(LedgerKind.PROJECTS);
		assertThat(layout.column(LedgerField.AMOUNT).unit()).isEqualTo("亿元");
		assertThat(layout.column(LedgerField.AMOUNT).header()).isEqualTo("协议投资额（亿元）");
		assertThat(layout.column(LedgerField.INVESTOR).index()).isEqualTo(3);
	}

	@Test
	void englishHeadersWithStartDateAreProjectsWhenASignedDateIsThere() {
		// given
		RawRow projects = new RawRow(1, List.of("project_id", "name", "signed_date", "start_date", "region"));
		RawRow events = new RawRow(1, List.of("event_id", "Name", "Start_Date", "host_region"));
		// then
		assertThat(this.matcher.match(projects).orElseThrow().kind()).isEqualTo(LedgerKind.PROJECTS);
		assertThat(this.matcher.match(projects).orElseThrow().column(LedgerField.CONSTRUCTION_DATE).index())
			.isEqualTo(3);
		assertThat(this.matcher.match(events).orElseThrow().kind()).isEqualTo(LedgerKind.EVENTS);
	}

	@Test
	void aTitleRowOrAnInstructionsSheetIsNoHeader() {
		// then
		assertThat(this.matcher.match(new RawRow(1, List.of("招远市2019年签约项目台账")))).isEmpty();
		assertThat(this.matcher.match(new RawRow(1, List.of("活动名称", "备注")))).isEmpty();
	}

}
