package cn.investpromo.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One row of the 招远 signed-projects ledger; amount cells hold a number in the column's
 * unit or text with units.
 */
record SampleProject(String id, String name, Object signed, String region, String investor, String origin,
		String industry, String agreement, Object amount, String status, String event, Object constructionStart,
		Object productionStart, Object fundsArrived, String notes) {

	/**
	 * Headers up to the amount column; the amount and funds headers carry the ledger's
	 * unit.
	 */
	static List<String> headers(AmountUnit unit) {
		List<String> headers = new ArrayList<>(List.of("序号", "项目编号", "项目名称", "签约日期", "落地地区", "投资方", "投资方所在地", "所属产业",
				"协议类型", unit.amountHeader(), "项目状态", "关联活动", "开工日期", "投产日期", unit.fundsHeader(), "备注"));
		headers.addAll(ForeignInvestors.HEADERS);
		return List.copyOf(headers);
	}

	SampleProject withId(String newId) {
		return new SampleProject(newId, this.name, this.signed, this.region, this.investor, this.origin, this.industry,
				this.agreement, this.amount, this.status, this.event, this.constructionStart, this.productionStart,
				this.fundsArrived, this.notes);
	}

	List<Object> cells(int serial) {
		List<Object> cells = new ArrayList<>(Arrays.asList(serial, this.id, this.name, this.signed, this.region,
				this.investor, this.origin, this.industry, this.agreement, this.amount, this.status, this.event,
				this.constructionStart, this.productionStart, this.fundsArrived, this.notes));
		cells.addAll(ForeignInvestors.of(this.id));
		return cells;
	}

}
