package cn.investpromo.ledger;

import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.investpromo.project.SignedProject.Builder;
import cn.investpromo.quality.LedgerKind;

import static cn.investpromo.ledger.ProjectCell.amount;
import static cn.investpromo.ledger.ProjectCell.country;
import static cn.investpromo.ledger.ProjectCell.date;
import static cn.investpromo.ledger.ProjectCell.display;
import static cn.investpromo.ledger.ProjectCell.text;
import static cn.investpromo.ledger.ProjectCell.usdAmount;

/**
 * A column of the events or signed-projects ledger with the headers that name it (SPEC
 * §2.2, §2.3).
 */
public enum LedgerField {

	// SPEC §2.2 events ledger
	EVENT_ID(LedgerKind.EVENTS, false, "活动编号", "event_id", "编号"), EVENT_NAME(LedgerKind.EVENTS, true, "活动名称", "name"),
	EVENT_TYPE(LedgerKind.EVENTS, false, "活动类型", "type", "类型", "活动形式"),
	EVENT_START(LedgerKind.EVENTS, true, "开始日期", "start_date", "活动日期", "举办日期", "日期"),
	EVENT_END(LedgerKind.EVENTS, false, "结束日期", "end_date"),
	HOST_REGION(LedgerKind.EVENTS, false, "主办地区", "host_region", "所属地区", "地区"),
	VENUE(LedgerKind.EVENTS, false, "举办地点", "venue", "举办地", "地点"),
	TARGET_REGION(LedgerKind.EVENTS, false, "目标地区", "target_region", "对接地区"),
	ORGANIZER(LedgerKind.EVENTS, false, "主办单位", "organizer", "组织单位", "承办单位"),
	ATTENDEES(LedgerKind.EVENTS, false, "参会人数", "attendees", "参加人数"),
	ENTERPRISES(LedgerKind.EVENTS, false, "参会企业数", "enterprises", "企业数"),
	INDUSTRIES(LedgerKind.EVENTS, false, "重点产业", "industries", "对接产业"),
	EVENT_NOTES(LedgerKind.EVENTS, false, "备注", "notes"),

	// SPEC §2.3 signed-projects ledger; a column with a ProjectCell is read into the
	// project by it, the others by LedgerRowProcessor.project. Its plain cells are read
	// in
	// this order, so the first bad one of a row is the one its reject names.
	PROJECT_ID(LedgerKind.PROJECTS, false, "项目编号", "project_id", "编号"),
	PROJECT_NAME(LedgerKind.PROJECTS, true, "项目名称", "name"),
	SIGNED_DATE(LedgerKind.PROJECTS, true, "签约日期", "signed_date", "签约时间"),
	REGION(LedgerKind.PROJECTS, false, "落地地区", "region", "项目所在地", "落户地区", "所属地区"),
	INVESTOR(LedgerKind.PROJECTS, true, "投资方", "investor", "签约企业", "投资企业", "签约单位"),
	INVESTOR_ORIGIN(LedgerKind.PROJECTS, false, display(Builder::investorOriginText), "投资方所在地", "investor_origin",
			"来源地"),
	INDUSTRY(LedgerKind.PROJECTS, true, "所属产业", "industry", "产业", "行业"),
	AGREEMENT_TYPE(LedgerKind.PROJECTS, false, "协议类型", "agreement_type", "签约类型"),
	AMOUNT(LedgerKind.PROJECTS, false, text(Builder::amountText), "投资额", "amount", "协议投资额", "计划总投资", "总投资"),
	CURRENCY(LedgerKind.PROJECTS, false, "币种", "currency"),
	STATUS(LedgerKind.PROJECTS, false, "项目状态", "status", "进展情况"),
	CONSTRUCTION_DATE(LedgerKind.PROJECTS, false, date(Builder::constructionDate), "开工日期", "start_date",
			"construction_start"),
	PRODUCTION_DATE(LedgerKind.PROJECTS, false, date(Builder::productionDate), "投产日期", "production_date"),
	FUNDS_ARRIVED(LedgerKind.PROJECTS, false, amount(Builder::fundsArrivedWan), "到位资金", "funds_arrived", "实际到位资金"),
	CONTRACTED_FDI(LedgerKind.PROJECTS, false, usdAmount(Builder::contractedFdiUsdWan), "合同外资", "contracted_fdi",
			"合同外资额"),
	INVESTOR_COUNTRY(LedgerKind.PROJECTS, false, country(Builder::investorCountry), "投资方国别", "investor_country",
			"国别（地区）", "外资来源地"),
	EVENT_REF(LedgerKind.PROJECTS, false, text(Builder::eventRef), "关联活动", "event", "签约活动"),
	PROJECT_NOTES(LedgerKind.PROJECTS, false, display(Builder::notes), "备注", "notes"),

	// SPEC §2.7 funds ledger (issue 21), read by FundRows
	FUND_PROJECT_ID(LedgerKind.FUNDS, false, "项目编号", "project_id", "编号"),
	FUND_PROJECT_NAME(LedgerKind.FUNDS, true, "项目名称", "name", "project", "project_name"),
	FUND_REGION(LedgerKind.FUNDS, false, "落地地区", "region", "项目所在地", "所属地区", "落户地区"),
	ARRIVAL_DATE(LedgerKind.FUNDS, false, "到位日期", "arrival_date", "到位时间"),
	ARRIVAL_MONTH(LedgerKind.FUNDS, false, "到位月份", "month", "arrival_month"),
	ARRIVAL_AMOUNT(LedgerKind.FUNDS, true, "到位金额", "amount", "到位资金", "本月到位", "本月到位资金", "到位资金额"),
	FUND_CURRENCY(LedgerKind.FUNDS, false, "币种", "currency"),
	FUND_SOURCE(LedgerKind.FUNDS, false, "资金来源", "source", "来源"), FUND_NOTES(LedgerKind.FUNDS, false, "备注", "notes"),

	// SPEC §2.3 reference sheets: regions, industries, targets
	USER_REGION_NAME(LedgerKind.REGIONS, true, "地区名称", "region_name", "名称"),
	USER_REGION_PARENT(LedgerKind.REGIONS, false, "上级地区", "parent", "上级"),
	USER_REGION_TYPE(LedgerKind.REGIONS, false, "类型", "type", "地区类型"),
	USER_REGION_ALIASES(LedgerKind.REGIONS, false, "别名", "aliases"),
	USER_REGION_MEMBERS(LedgerKind.REGIONS, false, "成员", "members", "包含地区"),
	KEYWORD_INDUSTRY(LedgerKind.INDUSTRIES, true, "产业", "industry", "行业"),
	KEYWORDS(LedgerKind.INDUSTRIES, true, "关键词", "keywords", "关键字"),
	KEYWORD_PARENT(LedgerKind.INDUSTRIES, false, "上级产业", "parent_industry", "一级产业", "所属一级产业"),
	TARGET_AREA(LedgerKind.TARGETS, true, "地区", "region"), TARGET_YEAR(LedgerKind.TARGETS, true, "年度", "year", "年份"),
	TARGET_INDICATOR(LedgerKind.TARGETS, true, "指标", "indicator"),
	TARGET_VALUE(LedgerKind.TARGETS, true, "目标值", "target", "目标");

	private final LedgerKind kind;

	private final boolean required;

	private final List<String> headers;

	private final @Nullable ProjectCell projectCell;

	LedgerField(LedgerKind kind, boolean required, String... headers) {
		this(kind, required, null, headers);
	}

	LedgerField(LedgerKind kind, boolean required, @Nullable ProjectCell projectCell, String... headers) {
		this.kind = kind;
		this.required = required;
		this.projectCell = projectCell;
		this.headers = List.of(headers);
	}

	public LedgerKind kind() {
		return this.kind;
	}

	/**
	 * Whether a row without it is rejected (region columns are required too unless a
	 * default region is set).
	 */
	public boolean required() {
		return this.required;
	}

	/** The canonical Chinese header first, then the accepted aliases. */
	public List<String> headers() {
		return this.headers;
	}

	/**
	 * How this plain column of the projects ledger is read into the project, null where
	 * {@link LedgerRowProcessor} reads it.
	 */
	@Nullable ProjectCell projectCell() {
		return this.projectCell;
	}

	/** The header this column is known by in messages. */
	public String canonicalHeader() {
		return this.headers.get(0);
	}

}
