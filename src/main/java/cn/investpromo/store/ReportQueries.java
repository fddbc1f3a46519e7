package cn.investpromo.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import cn.investpromo.event.PromotionEvent;
import cn.investpromo.project.ProjectStatus;
import cn.investpromo.project.SignedProject;
import cn.investpromo.quality.Reject;
import cn.investpromo.quality.SheetQuality;
import cn.investpromo.target.AnnualTarget;

/**
 * Reads what a report needs where the data lives (SPEC §5, issue 8): counts and sums of a
 * scope and a date range as {@code GROUP BY} queries that HSQLDB and PostgreSQL run
 * unchanged, and as rows only what a report lists row by row. Every query selects its
 * scope with {@link RegionScope}, binding parameters by name.
 */
@Repository
public class ReportQueries {

	private final EventQueries events;

	private final ProjectSums projectSums;

	private final ProjectLists projectLists;

	private final QualityQueries quality;

	private final CoverageQueries coverage;

	private final ForeignQueries foreign;

	private final PipelineQueries pipeline;

	private final TagQueries tags;

	private final FundQueries funds;

	public ReportQueries(NamedParameterJdbcTemplate jdbc) {
		this.funds = new FundQueries(jdbc);
		this.coverage = new CoverageQueries(jdbc);
		this.events = new EventQueries(jdbc);
		this.projectSums = new ProjectSums(jdbc);
		this.projectLists = new ProjectLists(jdbc);
		this.quality = new QualityQueries(jdbc);
		this.foreign = new ForeignQueries(jdbc);
		this.pipeline = new PipelineQueries(jdbc);
		this.tags = new TagQueries(jdbc);
	}

	/** The 外资 figures (SPEC §2.9). */
	public ForeignQueries foreign() {
		return this.foreign;
	}

	/** What a report reads of the pipeline ledger (SPEC §2.8). */
	public PipelineQueries pipeline() {
		return this.pipeline;
	}

	/** The investor tags of projects (SPEC §3.3). */
	public TagQueries tags() {
		return this.tags;
	}

	/** The queries of the stored arrivals (SPEC §2.7). */
	public FundQueries funds() {
		return this.funds;
	}

	/**
	 * Events, attendees and enterprises of one calendar month.
	 *
	 * @param attendees 参会人数 of the events that give one
	 * @param withAttendees events that give a 参会人数 (the others left it blank)
	 * @param withEnterprises events that give a 参会企业数
	 */
	public record EventMonth(YearMonth month, long events, long attendees, long enterprises, long withAttendees,
			long withEnterprises) {
	}

	/**
	 * Projects of one calendar month.
	 *
	 * @param amountWan agreed investment, projects without an amount counting zero
	 * @param withAmount projects with an amount
	 * @param unagreed projects without an amount whose agreement is not an investment
	 * agreement (战略合作协议 …), which by its nature sets none
	 * @param atLeast per threshold asked for, the projects of at least that amount
	 */
	public record ProjectMonth(YearMonth month, long projects, BigDecimal amountWan, long withAmount, long unagreed,
			List<Long> atLeast) {
	}

	/**
	 * Events of one value of a column (a region code, an event type).
	 *
	 * @param attendees 参会人数 of the events that give one
	 * @param withAttendees events that give a 参会人数 (the others left it blank)
	 * @param withEnterprises events that give a 参会企业数
	 */
	public record EventGroup(String key, long events, long attendees, long enterprises, long withAttendees,
			long withEnterprises) {
	}

	/** What projects can be grouped by. */
	public enum ProjectColumn {

		REGION("region_code"), INDUSTRY("industry_code"), SUB_INDUSTRY("industry_sub_code"),
		ORIGIN("investor_origin_code"), AGREEMENT_TYPE("agreement_type"), STATUS("status");

		private final String column;

		ProjectColumn(String column) {
			this.column = column;
		}

		String column() {
			return this.column;
		}

	}

	/**
	 * Projects of one combination of column values.
	 *
	 * @param keys the values of the columns grouped by, in their order; null where the
	 * project has none
	 * @param amountWan agreed investment, projects without an amount counting zero
	 * @param withAmount projects with an amount
	 * @param fundsWan 到位资金 of those with a value
	 * @param withFunds projects with a 到位资金 value
	 */
	public record ProjectGroup(List<@Nullable String> keys, long projects, BigDecimal amountWan, long withAmount,
			BigDecimal fundsWan, long withFunds) {

		public @Nullable String key(int i) {
			return this.keys.get(i);
		}

	}

	/** Projects of a region by a status. */
	public record RegionCount(String regionCode, String status, long projects) {
	}

	/** A signed project and its status at the end of a range (see {@link #statusAt}). */
	public record ProjectAtEnd(SignedProject project, ProjectStatus statusAtEnd) {
	}

	/**
	 * The projects signed at one event, with their status at the end of the range.
	 *
	 * @param date the event's first day
	 * @param withAmount projects with an agreed investment
	 * @param unagreed projects without one whose agreement type sets none (战略合作协议 …)
	 * @param amountWan their agreed investment
	 * @param started projects under construction or in production at the end
	 * @param inProduction projects in production at the end
	 * @param terminated projects terminated
	 * @param withFunds projects with a 到位资金 value
	 * @param fundsWan their 到位资金
	 * @param fundsOfKnownAmountsWan 到位资金 of the projects with both values
	 * @param amountsWithFundsWan agreed investment of the projects with both values
	 */
	public record EventSignings(String eventKey, String name, LocalDate date, long projects, long withAmount,
			long unagreed, BigDecimal amountWan, long started, long inProduction, long terminated, long withFunds,
			BigDecimal fundsWan, BigDecimal fundsOfKnownAmountsWan, BigDecimal amountsWithFundsWan) {
	}

	/**
	 * The rejected cell of a rejected ledger row.
	 *
	 * @param kind the sheet's ledger kind ({@code events}, {@code projects})
	 * @param column the header of the cell that was rejected
	 * @param value the cell as read; null when blank
	 * @param month the month the row's own date names ({@code 2019-06}) where it reads;
	 * null when the date was the cell at fault, or for rows rejected before it was kept
	 */
	public record RejectedCell(String kind, String column, @Nullable String value, @Nullable String month) {
	}

	/**
	 * The day of the scope's earliest ledger row, events and projects alike: from when
	 * its ledgers cover it; null when it has none.
	 */
	public @Nullable LocalDate firstRowDate(RegionScope scope) {
		return this.coverage.firstRowDate(scope);
	}

	/**
	 * The rejected cells of the rows of the given ledger kinds, in the files that hold
	 * rows of the scope (every file's for {@code null}).
	 */
	public List<RejectedCell> rejectedCells(@Nullable RegionScope scope, List<String> kinds) {
		return this.coverage.rejectedCells(scope, kinds);
	}

	/**
	 * Every region code any ledger row names, events' hosts and projects' regions, for
	 * what a 全国 report covers: read from what each import records of its file's regions,
	 * a few rows, rather than from the rows themselves.
	 */
	public List<String> regionCodesWithData() {
		return this.quality.regionCodesWithData();
	}

	/**
	 * Events and attendees by calendar month, for the months of [from, to] that have any;
	 * a blank count is NULL, which SUM leaves out and COUNT(column) does not count.
	 */
	public List<EventMonth> eventMonths(RegionScope scope, LocalDate from, LocalDate to) {
		return this.events.eventMonths(scope, from, to);
	}

	/**
	 * Projects by calendar month of signing, with the projects of at least each threshold
	 * (万元).
	 */
	public List<ProjectMonth> projectMonths(RegionScope scope, LocalDate from, LocalDate to,
			List<BigDecimal> thresholdsWan) {
		return this.projectSums.projectMonths(scope, from, to, thresholdsWan);
	}

	/** Events of [from, to] by host region code. */
	public List<EventGroup> eventsByRegion(RegionScope scope, LocalDate from, LocalDate to) {
		return this.events.eventGroups(scope, from, to, "host_region_code");
	}

	/** Events of [from, to] by event type (its enum name). */
	public List<EventGroup> eventsByType(RegionScope scope, LocalDate from, LocalDate to) {
		return this.events.eventGroups(scope, from, to, "event_type");
	}

	/** Projects signed in [from, to] grouped by the given columns, ordered by them. */
	public List<ProjectGroup> projectGroups(RegionScope scope, LocalDate from, LocalDate to, List<ProjectColumn> by) {
		return this.projectSums.projectGroups(scope, from, to, by);
	}

	/**
	 * Projects signed in [from, end] by region and by their status at {@code end} (a
	 * {@link ProjectStatus} name): terminated stays terminated; else a 投产日期 or 开工日期 on or
	 * before the end decides; dates given but all after it mean still signed; without
	 * dates the ledger's status counts.
	 */
	public List<RegionCount> statusAt(RegionScope scope, LocalDate from, LocalDate end) {
		return this.projectSums.statusAt(scope, from, end);
	}

	/**
	 * The projects of the scope signed in [from, to] with an agreed investment of at
	 * least {@code leastWan}, largest first, each with its status at {@code to}: the 重点项目
	 * a bureau follows, read as the report walks them.
	 */
	public Rows<ProjectAtEnd> largeProjects(RegionScope scope, LocalDate from, LocalDate to, BigDecimal leastWan) {
		return this.projectLists.largeProjects(scope, from, to, leastWan);
	}

	/**
	 * The events starting in [from, to] at which projects of the scope signed in [from,
	 * to] were signed (关联活动), latest first, with those projects' figures and their status
	 * at {@code to}. A project names its event by id (an event's id is its key, so one
	 * event) or by name, compared as names are (SPEC §2.5, {@code name_key}); of several
	 * events of that name it is the latest starting on or before the signing day, so that
	 * no project counts for two events.
	 */
	public List<EventSignings> eventSignings(RegionScope scope, LocalDate from, LocalDate to) {
		return this.events.eventSignings(scope, from, to);
	}

	/**
	 * Projects not terminated, signed at any time, whose 开工日期
	 * ({@code UNDER_CONSTRUCTION}) or 投产日期 ({@code IN_PRODUCTION}) falls in [from, to],
	 * by region.
	 */
	public List<RegionCount> landedIn(RegionScope scope, LocalDate from, LocalDate to) {
		return this.projectSums.landedIn(scope, from, to);
	}

	/**
	 * As {@link #landedIn(RegionScope, LocalDate, LocalDate)}, of the projects signed
	 * before {@code signedBefore} only: the new starts and new production that are not
	 * among the landing window's projects.
	 */
	public List<RegionCount> landedIn(RegionScope scope, LocalDate from, LocalDate to, LocalDate signedBefore) {
		return this.projectSums.landedIn(scope, from, to, signedBefore);
	}

	/**
	 * The {@code limit} projects of [from, to] with the largest amounts, and any more
	 * that tie with the last of them, so that the caller's own order settles ties; each
	 * with its status at {@code to}.
	 */
	public List<ProjectAtEnd> largestProjects(RegionScope scope, LocalDate from, LocalDate to, int limit) {
		return this.projectLists.largestProjects(scope, from, to, limit);
	}

	/**
	 * Events starting within [from, to], in date order, read as the report walks them.
	 */
	public Rows<PromotionEvent> events(RegionScope scope, LocalDate from, LocalDate to) {
		return this.events.events(scope, from, to);
	}

	/**
	 * Projects signed within [from, to], largest agreed investment first and those
	 * without an amount last (then by date), read as the report walks them: the order in
	 * which a director reads the period's list.
	 */
	public Rows<SignedProject> projects(RegionScope scope, LocalDate from, LocalDate to) {
		return this.projectLists.projects(scope, from, to);
	}

	/**
	 * The projects of [from, to] that have a possible duplicate there (SPEC §2.5: same
	 * investor in normal form, same landing region, a different key, signed within
	 * {@code days} days), in date order.
	 */
	public List<SignedProject> possibleDuplicates(RegionScope scope, LocalDate from, LocalDate to, int days) {
		return this.projectLists.possibleDuplicates(scope, from, to, days);
	}

	/**
	 * The industry texts of [from, to] classified as {@code otherCode}, each with the day
	 * it first appears.
	 */
	public List<String> unmatchedIndustries(RegionScope scope, LocalDate from, LocalDate to, String otherCode) {
		return this.projectLists.unmatchedIndustries(scope, from, to, otherCode);
	}

	/**
	 * The annual targets set for a region and year (SPEC §2.3 targets sheet); unknown
	 * indicators are ignored.
	 */
	public List<AnnualTarget> targets(String regionCode, int year) {
		return targets(List.of(regionCode), year);
	}

	/**
	 * The annual targets set for any of the regions in a year, by region code then
	 * indicator; unknown indicators are ignored.
	 */
	public List<AnnualTarget> targets(List<String> regionCodes, int year) {
		return this.quality.targets(regionCodes, year);
	}

	/** Every sheet of every file, as the latest import left it. */
	public List<SheetQuality> sheets() {
		return sheets(null);
	}

	/**
	 * The sheets of the files that hold rows of the scope, and of every file that could
	 * not be read at all, as the latest import left them; every sheet of every file for
	 * {@code null} (全国).
	 */
	public List<SheetQuality> sheets(@Nullable RegionScope scope) {
		return this.quality.sheets(scope);
	}

	/** Why each unreadable file could not be read, as "file: reason" lines. */
	public List<String> unreadableFiles() {
		return this.quality.unreadableFiles();
	}

	/**
	 * The recorded rejects of the files that hold rows of the scope (every file's for
	 * {@code null}), by file, sheet and row, with the reason in the report's language; a
	 * row rejected before English reasons were stored keeps its Chinese one.
	 */
	public Rows<Reject> rejects(@Nullable RegionScope scope, boolean english) {
		return this.quality.rejects(scope, english);
	}

}
