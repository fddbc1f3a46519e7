package cn.investpromo.report;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * One report of a month, quarter, half-year or year (SPEC §5): its figures, section by
 * section, and the narrative written last from them, computed once by
 * {@link ReportModelBuilder}; the Excel, PDF and JSON renderers only lay them out.
 *
 * @param frontPage the tiles and 本月要点 a director reads first
 * @param narrativeParagraphs the narrative as a 月报 writes it: 一、招商活动 二、项目签约 三、落地与到位
 * 四、目标完成
 */
public record ReportModel(Figures figures, FrontPage frontPage,
		List<NarrativeParagraph> narrativeParagraphs) implements ReportLabels.Holder {

	/** The narrative as one text: its paragraphs, each with its heading, one a line. */
	public String narrative() {
		return this.narrativeParagraphs.stream().map(NarrativeParagraph::line).collect(Collectors.joining("\n"));
	}

	/** What the report is of. */
	@Override
	public ReportHeading heading() {
		return this.figures.heading();
	}

	/** The report's period. */
	public Period period() {
		return this.figures.heading().period();
	}

	/** The report's scope. */
	public RegionRef scope() {
		return this.figures.heading().scope();
	}

	/** When the report was generated. */
	public OffsetDateTime generatedAt() {
		return this.figures.heading().generatedAt();
	}

	/** The report's language. */
	public ReportLanguage language() {
		return this.figures.heading().language();
	}

	/**
	 * The period's last month: the end of its year to date, of its landing window and of
	 * its trend.
	 */
	public YearMonth month() {
		return this.figures.heading().month();
	}

	/** The headline-figures section. */
	public Headline headline() {
		return this.figures.headline();
	}

	/** The breakdowns section. */
	public BreakdownTables breakdowns() {
		return this.figures.breakdowns();
	}

	/** The rankings section. */
	public Rankings rankings() {
		return this.figures.rankings();
	}

	/** The landing-progress section. */
	public Landing landing() {
		return this.figures.landing();
	}

	/**
	 * The follow-through-of-events section: each event of the last 12 months and what its
	 * signings became.
	 */
	public EventFollowThrough followThrough() {
		return this.figures.followThrough();
	}

	/** 到位资金 from the funds ledger (SPEC §2.7), null when the scope has no arrival. */
	public @Nullable FundsFigures fundsLedger() {
		return this.figures.fundsLedger();
	}

	/** The funds-arrived section. */
	public FundsArrived funds() {
		return this.figures.funds();
	}

	/** The annual-targets section. */
	public TargetProgress targets() {
		return this.figures.targets();
	}

	/** The trend section. */
	public Trend trend() {
		return this.figures.trend();
	}

	/** The listings section. */
	public PeriodListings listings() {
		return this.figures.listings();
	}

	/** The chart-data section. */
	public ChartData charts() {
		return this.figures.charts();
	}

	/** The 外资 section (SPEC §2.9); null when the scope has none. */
	public @Nullable ForeignInvestment foreignInvestment() {
		return this.figures.foreignInvestment();
	}

	/** The pipeline section (SPEC §2.8), null where the scope has no pipeline. */
	public @Nullable Pipeline pipeline() {
		return this.figures.pipeline();
	}

	/** The data-quality section. */
	public DataQuality dataQuality() {
		return this.figures.dataQuality();
	}

}
