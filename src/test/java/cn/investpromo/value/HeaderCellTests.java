package cn.investpromo.value;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderCellTests {

	@ParameterizedTest(name = "[{index}] \"{0}\" → ({1}, {2})")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			协议投资额（万元）         | 协议投资额   | 万元
			" 投资额(亿元) "          | 投资额      | 亿元
			投资额【亿元】             | 投资额      | 亿元
			投资额[万美元]            | 投资额      | 万美元
			投资额（单位：万元）        | 投资额      | 万元
			投资额 (单位 万元)         | 投资额      | 万元
			"协议投资额\\n（万元）"      | 协议投资额   | 万元
			参会人数（人）             | 参会人数     | 人
			投资额（）                | 投资额      |
			项目名称                  | 项目名称     |
			*项目名称                 | 项目名称     |
			※ 签约日期                | 签约日期     |
			项目 名称                 | 项目名称     |
			签约日期*                 | 签约日期     |
			Start Date               | start_date |
			start_date               | start_date |
			START-DATE               | start_date |
			ｓｔａｒｔ＿ｄａｔｅ        | start_date |
			Amount (USD million)     | amount     | USD million
			Event ID                 | event_id   |
			""                       | ""         |
			""")
	void splitsNameAndUnit(String raw, String name, String unit) {
		// given: a header cell as found in a ledger (\\n stays escaped so that it does
		// not break the table)
		String cell = raw.translateEscapes();

		// when
		HeaderCell header = HeaderCell.parse(cell);

		// then
		assertThat(header.name()).isEqualTo(name);
		assertThat(header.unit()).isEqualTo(unit);
	}

}
