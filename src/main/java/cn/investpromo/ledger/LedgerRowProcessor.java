package cn.investpromo.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import cn.investpromo.event.EventType;
import cn.investpromo.event.PromotionEvent;
import cn.investpromo.industry.IndustryMatch;
import cn.investpromo.industry.IndustryTaxonomy;
import cn.investpromo.ledger.LedgerItem.Event;
import cn.investpromo.ledger.LedgerItem.LedgerRow;
import cn.investpromo.ledger.LedgerItem.Project;
import cn.investpromo.ledger.LedgerItem.ReferenceRow;
import cn.investpromo.ledger.LedgerItem.Rejected;
import cn.investpromo.ledger.LedgerItem.SummaryRow;
import cn.investpromo.project.AgreementType;
import cn.investpromo.project.ProjectStatus;
import cn.investpromo.project.SignedProject;
import cn.investpromo.quality.LedgerKind;
import cn.investpromo.quality.RejectedRow;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.value.FxRates;
import cn.investpromo.value.Reason;
import cn.investpromo.value.Vocabularies;

/**
 * Turns a raw ledger row into a normalised event or project, or into a reject naming the
 * column, the value and the reason (SPEC §2.4–§2.6). Rows are never thrown away silently:
 * rejects are items the writer stores.
 */
public class LedgerRowProcessor implements ItemProcessor<LedgerItem, LedgerItem> {

	/** The fields read into a project by their {@link ProjectCell}, in their order. */
	private static final List<LedgerField> PLAIN_PROJECT_FIELDS = Arrays.stream(LedgerField.values())
		.filter((field) -> field.projectCell() != null)
		.toList();

	private final FxRates fxRates;

	private final @Nullable Region defaultRegion;

	private final ReferenceRows referenceRows;

	private final TextMatches matches;

	private final PipelineRows pipelineRows;

	private final FundRows fundRows;

	public LedgerRowProcessor(RegionCatalog regions, IndustryTaxonomy industries, FxRates fxRates,
			@Nullable Region defaultRegion) {
		this.fxRates = fxRates;
		this.defaultRegion = defaultRegion;
		this.referenceRows = new ReferenceRows(regions, fxRates);
		this.matches = new TextMatches(regions, industries);
		this.pipelineRows = new PipelineRows(this.matches);
		this.fundRows = new FundRows(fxRates, defaultRegion);
	}

	@Override
	public LedgerItem process(LedgerItem item) {
		if (!(item instanceof LedgerRow row)) {
			return item;
		}
		if (row.sheet().kind().reference()) {
			return referenceRow(row);
		}
		Cells cells = new Cells(row, this.fxRates, this.defaultRegion, this.matches);
		if (SummaryRows.isSummary(row)) {
			return new SummaryRow(row.source());
		}
		try {
			return switch (row.sheet().kind()) {
				case EVENTS -> new Event(event(cells));
				case PROJECTS -> new Project(project(cells));
				case PIPELINE -> new LedgerItem.Pipeline(this.pipelineRows.project(cells));
				case FUNDS -> new LedgerItem.Arrival(this.fundRows.arrival(cells));
				default -> throw new IllegalStateException("rows of " + row.sheet().kind() + " are not read");
			};
		}
		catch (InvalidCellException ex) {
			return new Rejected(
					new RejectedRow(row.source(), ex.column(), ex.value(), ex.reason(), rowMonth(cells, row)));
		}
	}

	/**
	 * The month of the rejected row's own date where it reads, so that the report can say
	 * which compared period misses the row (issue 22); null when the date is the fault.
	 */
	private static @Nullable YearMonth rowMonth(Cells cells, LedgerRow row) {
		LedgerField date = (row.sheet().kind() == LedgerKind.EVENTS) ? LedgerField.EVENT_START
				: LedgerField.SIGNED_DATE;
		try {
			return cells.optionalDate(date).map(YearMonth::from).orElse(null);
		}
		catch (InvalidCellException ex) {
			return null;
		}
	}

	private PromotionEvent event(Cells cells) {
		String id = cells.optionalText(LedgerField.EVENT_ID);
		String name = cells.requiredDisplay(LedgerField.EVENT_NAME);
		EventType type = cells.parse(LedgerField.EVENT_TYPE, (text) -> Vocabularies.parse(EventType.class, text))
			.orElse(EventType.OTHER);
		LocalDate start = cells.requiredDate(LedgerField.EVENT_START);
		LocalDate end = cells.optionalDate(LedgerField.EVENT_END).orElse(start);
		if (end.isBefore(start)) {
			throw cells.fail(LedgerField.EVENT_END, Reason.of("event.endBeforeStart", start));
		}
		Region host = cells.region(LedgerField.HOST_REGION);
		Integer attendees = cells.count(LedgerField.ATTENDEES);
		Integer enterprises = cells.count(LedgerField.ENTERPRISES);
		String industryCodes = this.matches.industryCodes(cells.optionalText(LedgerField.INDUSTRIES));
		String key = LedgerKeys.key(id, name, start, host.code());
		return PromotionEvent.builder()
			.key(key)
			.id(id)
			.name(name)
			.type(type)
			.startDate(start)
			.endDate(end)
			.hostRegionCode(host.code())
			.venue(cells.optionalDisplay(LedgerField.VENUE))
			.targetRegion(cells.optionalDisplay(LedgerField.TARGET_REGION))
			.organizer(cells.optionalDisplay(LedgerField.ORGANIZER))
			.attendees(attendees)
			.enterprises(enterprises)
			.industries(industryCodes)
			.notes(cells.optionalDisplay(LedgerField.EVENT_NOTES))
			.source(cells.source())
			.build();
	}

	private SignedProject project(Cells cells) {
		String id = cells.optionalText(LedgerField.PROJECT_ID);
		String name = cells.requiredDisplay(LedgerField.PROJECT_NAME);
		LocalDate signed = cells.requiredDate(LedgerField.SIGNED_DATE);
		Region region = cells.region(LedgerField.REGION);
		String investor = cells.requiredDisplay(LedgerField.INVESTOR);
		String originCode = this.matches.originCode(cells.optionalText(LedgerField.INVESTOR_ORIGIN));
		String industryText = cells.requiredDisplay(LedgerField.INDUSTRY);
		IndustryMatch industry = this.matches.classify(cells.requiredText(LedgerField.INDUSTRY));
		AgreementType agreement = cells
			.parse(LedgerField.AGREEMENT_TYPE, (text) -> Vocabularies.parse(AgreementType.class, text))
			.orElse(AgreementType.INVESTMENT);
		String currencyCell = cells.currencyCell();
		String currency = currencyCell.isEmpty() ? "CNY" : cells.currency(currencyCell);
		BigDecimal amount = cells.amount(LedgerField.AMOUNT, currencyCell);
		ProjectStatus status = cells.parse(LedgerField.STATUS, (text) -> Vocabularies.parse(ProjectStatus.class, text))
			.orElse(ProjectStatus.SIGNED);
		String key = LedgerKeys.key(id, name, signed, region.code());
		SignedProject.Builder project = SignedProject.builder()
			.key(key)
			.id(id)
			.name(name)
			.signedDate(signed)
			.regionCode(region.code())
			.investor(investor)
			.investorOriginCode(originCode)
			.industryCode(industry.industry().code())
			.industryText(industryText)
			.industrySubCode((industry.subIndustry() != null) ? industry.subIndustry().code() : null)
			.agreementType(agreement)
			.amountWan(amount)
			.currency(currency)
			.status(status)
			.source(cells.source());
		for (LedgerField field : PLAIN_PROJECT_FIELDS) {
			Objects.requireNonNull(field.projectCell()).read(cells, field, project);
		}
		return project.build();
	}

	/**
	 * Checks a reference row again (the reference step stored it if it reads) to count it
	 * or list it as bad.
	 */
	private LedgerItem referenceRow(LedgerRow row) {
		// rows come from recognised sheets
		SheetLayout layout = Objects.requireNonNull(row.sheet().layout());
		try {
			switch (row.sheet().kind()) {
				case REGIONS -> this.referenceRows.region(row.row(), layout, row.source(), Map.of());
				case INDUSTRIES -> this.referenceRows.industry(row.row(), layout, row.source());
				case ENTERPRISES -> EnterpriseRows.enterprise(row.row(), layout, row.source());
				default -> this.referenceRows.target(row.row(), layout, row.source());
			}
			return new ReferenceRow(row.source());
		}
		catch (InvalidCellException ex) {
			return new Rejected(new RejectedRow(row.source(), ex.column(), ex.value(), ex.reason()));
		}
	}

}
