package cn.investpromo.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.system.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regions, industries and targets sheets of SPEC §2.3 through the real import job:
 * they take effect for the ledger rows of the same import whatever the file order, reach
 * {@code annual_target}, serve later reports, and re-importing them changes nothing.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:hsqldb:mem:referencesheets;shutdown=false",
		"investpromo.default-region=" })
class ReferenceSheetsFunctionalTests extends ImportJobTestSupport {

	@Autowired
	ReferenceData referenceData;

	@Test
	void referenceSheetsInALaterFileServeTheRowsOfAnEarlierOne() throws Exception {
		// given: the ledger comes first in path order, the reference workbook last
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("签约项目");
			row(sheet, 0, "项目编号", "项目名称", "签约日期", "落地地区", "投资方", "所属产业", "协议投资额（万元）");
			row(sheet, 1, "Y-1", "氢燃料电池项目", "2019-07-10", "莱山新材料园", "某氢能公司", "氢能装备", "8000");
			row(sheet, 2, "Y-2", "园区配套项目", "2019-07-11", "莱山新材料产业园", "某公司", "燃料电池", "2000");
			write(workbook, this.input.resolve("a-烟台项目.xlsx"));
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet regions = workbook.createSheet("地区");
			row(regions, 0, "地区名称", "上级地区", "类型", "别名", "成员");
			row(regions, 1, "莱山新材料产业园", "山东省烟台市莱山区", "园区", "莱山新材料园、莱山新材园", null);
			row(regions, 2, "胶东招商片区", null, "地区组", null, "烟台市、威海市、莱山新材料产业园");
			row(regions, 3, "无主园区", "不存在的县", "园区", null, null);
			Sheet industries = workbook.createSheet("产业");
			row(industries, 0, "产业", "关键词");
			row(industries, 1, "新能源", "氢能、燃料电池");
			Sheet targets = workbook.createSheet("年度目标");
			row(targets, 0, "地区", "年度", "指标", "目标值（亿元）");
			row(targets, 1, "招远市", "2019", "协议投资额", "50");
			row(targets, 2, "招远市", "2019年", "签约项目数", "30个");
			row(targets, 3, "莱山新材料园", "2019", "到位资金", "1.5亿");
			row(targets, 4, "招远市", "2019", "利润", "9");
			write(workbook, this.input.resolve("z-参考资料.xlsx"));
		}
		// when
		Launch first = launch();
		List<Map<String, Object>> targetsBefore = this.jdbc
			.queryForList("SELECT * FROM annual_target ORDER BY indicator");
		Launch second = launch();
		// then
		assertThat(first.status()).isEqualTo(BatchStatus.COMPLETED);
		String park = ReferenceRows.userCode("莱山新材料产业园");
		assertThat(this.jdbc.queryForList("SELECT region_code FROM signed_project ORDER BY project_id", String.class))
			.containsExactly(park, park);
		assertThat(this.jdbc.queryForList("SELECT industry_code FROM signed_project ORDER BY project_id", String.class))
			.containsExactly("NEN", "NEN");
		assertThat(targetsBefore)
			.extracting((t) -> t.get("REGION_CODE") + " " + t.get("TARGET_YEAR") + " " + t.get("INDICATOR") + " "
					+ ((BigDecimal) t.get("TARGET_VALUE")).stripTrailingZeros().toPlainString())
			.containsExactly("370685 2019 AMOUNT 500000", park + " 2019 FUNDS_ARRIVED 15000",
					"370685 2019 PROJECTS 30");
		Map<String, Object> badTarget = this.jdbc.queryForMap("SELECT * FROM ledger_reject WHERE sheet_name = '年度目标'");
		assertThat(badTarget.get("ROW_NUMBER")).isEqualTo(5);
		assertThat(badTarget.get("COLUMN_NAME")).isEqualTo("指标");
		assertThat(badTarget.get("CELL_VALUE")).isEqualTo("利润");
		Map<String, Object> badRegion = this.jdbc.queryForMap("SELECT * FROM ledger_reject WHERE sheet_name = '地区'");
		assertThat(badRegion.get("ROW_NUMBER")).isEqualTo(4);
		assertThat(badRegion.get("COLUMN_NAME")).isEqualTo("上级地区");
		assertThat(this.jdbc.queryForObject("SELECT rows_accepted FROM ledger_sheet WHERE sheet_name = '年度目标'",
				Integer.class))
			.isEqualTo(3);
		// a later report sees the user regions: the park lies in 烟台市 and in the user
		// group
		RegionCatalog regions = this.referenceData.regions();
		Region parkRegion = regions.resolve("莱山新材园", null).region();
		assertThat(parkRegion.code()).isEqualTo(park);
		assertThat(regions.contains(regions.resolve("烟台市", null).region(), parkRegion)).isTrue();
		Region group = regions.resolve("胶东招商片区", null).region();
		assertThat(regions.members(group)).extracting(Region::name).containsExactly("烟台市", "威海市", "莱山新材料产业园");
		// re-importing changes nothing
		assertThat(second.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("SELECT * FROM annual_target ORDER BY indicator")).isEqualTo(targetsBefore);
	}

	@Test
	void anIndustriesSheetWithParentsAddsSubIndustriesForTheSameImport() throws Exception {
		// given: sub-industries under a shipped industry and under the sheet's own, and a
		// row without 上级产业
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("签约项目");
			row(sheet, 0, "项目编号", "项目名称", "签约日期", "落地地区", "投资方", "所属产业", "协议投资额（万元）");
			row(sheet, 1, "S-1", "龙口粉丝项目", "2019-07-10", "招远市", "某食品公司", "龙口粉丝", "8000");
			row(sheet, 2, "S-2", "数字藏品平台", "2019-07-11", "招远市", "某文创公司", "数字藏品", "2000");
			row(sheet, 3, "S-3", "元宇宙体验馆", "2019-07-12", "招远市", "某文创公司", "元宇宙", "1000");
			row(sheet, 4, "S-4", "海参加工项目", "2019-07-13", "招远市", "某海洋公司", "海参", "500");
			Sheet industries = workbook.createSheet("产业");
			row(industries, 0, "产业", "关键词", "上级产业");
			row(industries, 1, "粉丝", "龙口粉丝", "FOOD");
			row(industries, 2, "数字文创", "元宇宙", null);
			row(industries, 3, "数字藏品", "数字藏品", "数字文创");
			write(workbook, this.input.resolve("招远市项目.xlsx"));
		}

		// when
		Launch launch = launch();

		// then
		assertThat(launch.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(
				this.jdbc.queryForList("SELECT industry || ' ' || COALESCE(parent_industry, '-') FROM industry_keyword "
						+ "ORDER BY source_row", String.class))
			.containsExactly("粉丝 FOOD", "数字文创 -", "数字藏品 数字文创");
		assertThat(this.jdbc.queryForList("SELECT project_id || ' ' || industry_code || ' ' "
				+ "|| COALESCE(industry_sub_code, '-') FROM signed_project ORDER BY project_id", String.class))
			.containsExactly("S-1 FOOD FOOD.粉丝", "S-2 数字文创 数字文创.数字藏品", "S-3 数字文创 -", "S-4 FOOD FOOD.SEA");
		assertThat(this.referenceData.industries().subIndustries("FOOD")).extracting((sub) -> sub.zh())
			.contains("海洋食品", "粉丝");
	}

}
