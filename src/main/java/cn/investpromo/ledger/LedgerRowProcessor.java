package cn.investpromo.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import cn.investpromo.industry.IndustryMatch;
import cn.investpromo.industry.IndustryTaxonomy;
import cn.investpromo.event.PromotionEvent;
import cn.investpromo.ledger.LedgerItem.Event;
import cn.investpromo.ledger.LedgerItem.LedgerRow;
import cn.investpromo.ledger.LedgerItem.Project;
import cn.investpromo.project.SignedProject;
import cn.investpromo.ledger.LedgerItem.ReferenceRow;
import cn.investpromo.ledger.LedgerItem.Rejected;
import cn.investpromo.quality.RejectedRow;
import cn.investpromo.ledger.LedgerItem.SheetStarted;
import cn.investpromo.ledger.LedgerItem.SummaryRow;
import cn.investpromo.ledger.SheetLayout.Column;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.region.RegionMatch;
import cn.investpromo.value.AmountUnit;
import cn.investpromo.value.Amounts;
import cn.investpromo.value.Counts;
import cn.investpromo.value.Currencies;
import cn.investpromo.value.FxRates;
import cn.investpromo.value.InvalidValueException;
import cn.investpromo.value.LedgerDates;
import cn.investpromo.value.Reason;
import cn.investpromo.value.TextNormalizer;
import cn.investpromo.value.Vocabularies;
import cn.investpromo.event.EventType;
import cn.investpromo.project.ProjectStatus;
import cn.investpromo.project.AgreementType;
import cn.investpromo.quality.LedgerKind;

/**
 * Turns a raw ledger row into a normalised event or project, or into a reject naming the
 * column, the value and the reason (SPEC §2.4–§2.6). Rows are never thrown away silently:
 * rejects are items the writer stores.
 */
public class LedgerRowProcessor implements ItemProcessor<LedgerItem, LedgerItem> {

	/**
	 * The longest text a cell holds in Excel, and a text column in the database (V11).
	 */
	static final int MAX_TEXT = 32_767;

	/** The size of the key columns. */
	static final int MAX_KEY = 600;

	/**
	 * What clerks write in a summary row's first text cell, compared without spaces or a
	 * trailing colon.
	 */
	private static final Set<String> SUMMARY_WORDS = Set.of("合计", "小计", "总计", "总合计", "累计");

	private final RegionCatalog regions;

	private final IndustryTaxonomy industries;

	private final FxRates fxRates;

	private final @Nullable Region defaultRegion;

	private final ReferenceRows referenceRows;

	/**
	 * Resolutions and classifications by text: a ledger repeats its few thousand region,
	 * origin and industry texts over all its rows, so each is worked out once. Bounded,
	 * as a ledger of distinct texts must not fill the heap.
	 */
	private final Map<String, RegionMatch> regionByText = new Lru<>(CACHED_TEXTS);

	private final Map<String, IndustryMatch> industryByText = new Lru<>(CACHED_TEXTS);

	/** How many distinct texts of each kind are remembered. */
	private static final int CACHED_TEXTS = 20_000;

	public LedgerRowProcessor(RegionCatalog regions, IndustryTaxonomy industries, FxRates fxRates,
			@Nullable Region defaultRegion) {
		this.regions = regions;
		this.industries = industries;
		this.fxRates = fxRates;
		this.defaultRegion = defaultRegion;
		this.referenceRows = new ReferenceRows(regions, fxRates);
	}

	@Override
	public LedgerItem process(LedgerItem item) {
		if (!(item instanceof LedgerRow row)) {
			return item;
		}
		if (row.sheet().kind().reference()) {
			return referenceRow(row);
		}
		Cells cells = new Cells(row);
		if (isSummary(row)) {
			return new SummaryRow(row.source());
		}
		try {
			return switch (row.sheet().kind()) {
				case EVENTS -> new Event(event(cells));
				case PROJECTS -> new Project(project(cells));
				default -> throw new IllegalStateException("rows of " + row.sheet().kind() + " are not read");
			};
		}
		catch (InvalidCellException ex) {
			return new Rejected(new RejectedRow(row.source(), ex.column(), ex.value(), ex.reason()));
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
		String industryCodes = industryCodes(cells.optionalText(LedgerField.INDUSTRIES));
		String key = boundedKey((id != null) ? "ID|" + id : "K|" + keyText(name) + "|" + start + "|" + host.code());
		return new PromotionEvent(key, id, name, type, start, end, host.code(),
				cells.optionalDisplay(LedgerField.VENUE), cells.optionalDisplay(LedgerField.TARGET_REGION),
				cells.optionalDisplay(LedgerField.ORGANIZER), attendees, enterprises, industryCodes,
				cells.optionalDisplay(LedgerField.EVENT_NOTES), cells.row.source());
	}

	private SignedProject project(Cells cells) {
		String id = cells.optionalText(LedgerField.PROJECT_ID);
		String name = cells.requiredDisplay(LedgerField.PROJECT_NAME);
		LocalDate signed = cells.requiredDate(LedgerField.SIGNED_DATE);
		Region region = cells.region(LedgerField.REGION);
		String investor = cells.requiredDisplay(LedgerField.INVESTOR);
		String originCode = originCode(cells.optionalText(LedgerField.INVESTOR_ORIGIN));
		String industryText = cells.requiredDisplay(LedgerField.INDUSTRY);
		IndustryMatch industry = classify(cells.requiredText(LedgerField.INDUSTRY));
		AgreementType agreement = cells
			.parse(LedgerField.AGREEMENT_TYPE, (text) -> Vocabularies.parse(AgreementType.class, text))
			.orElse(AgreementType.INVESTMENT);
		// the raw 币种 cell: the value rules tell a blank one from an explicit CNY
		String currencyCell = Objects.requireNonNullElse(cells.optionalText(LedgerField.CURRENCY), "");
		String currency = currencyCell.isEmpty() ? "CNY" : cells.currency(currencyCell);
		BigDecimal amount = cells.amount(LedgerField.AMOUNT, currencyCell);
		ProjectStatus status = cells.parse(LedgerField.STATUS, (text) -> Vocabularies.parse(ProjectStatus.class, text))
			.orElse(ProjectStatus.SIGNED);
		LocalDate construction = cells.optionalDate(LedgerField.CONSTRUCTION_DATE).orElse(null);
		LocalDate production = cells.optionalDate(LedgerField.PRODUCTION_DATE).orElse(null);
		BigDecimal funds = cells.amount(LedgerField.FUNDS_ARRIVED, currencyCell);
		String key = boundedKey((id != null) ? "ID|" + id : "K|" + keyText(name) + "|" + signed + "|" + region.code());
		return new SignedProject(key, id, name, signed, region.code(), investor, originCode,
				cells.optionalDisplay(LedgerField.INVESTOR_ORIGIN), industry.industry().code(), industryText,
				(industry.subIndustry() != null) ? industry.subIndustry().code() : null, agreement, amount,
				cells.optionalText(LedgerField.AMOUNT), currency, status, cells.optionalText(LedgerField.EVENT_REF),
				construction, production, funds, cells.optionalDisplay(LedgerField.PROJECT_NOTES), cells.row.source());
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
				default -> this.referenceRows.target(row.row(), layout, row.source());
			}
			return new ReferenceRow(row.source());
		}
		catch (InvalidCellException ex) {
			return new Rejected(new RejectedRow(row.source(), ex.column(), ex.value(), ex.reason()));
		}
	}

	/**
	 * A summary row (SPEC §2.6): its name cell or its first text cell says 合计, 小计, 总计,
	 * 总合计 or 累计, and it has no date, so it cannot be a record that happens to be called
	 * so.
	 */
	private static boolean isSummary(LedgerRow row) {
		SheetLayout layout = Objects.requireNonNull(row.sheet().layout());
		boolean events = row.sheet().kind() == LedgerKind.EVENTS;
		Column name = layout.column(events ? LedgerField.EVENT_NAME : LedgerField.PROJECT_NAME);
		Column date = layout.column(events ? LedgerField.EVENT_START : LedgerField.SIGNED_DATE);
		boolean summaryWord = (name != null && isSummaryWord(row.row().cell(name.index()))) || row.row()
			.cells()
			.stream()
			.map(TextNormalizer::normalize)
			.filter((cell) -> !cell.isEmpty() && !cell.matches("[0-9.,%\\-]+"))
			.findFirst()
			.map(LedgerRowProcessor::isSummaryWord)
			.orElse(false);
		if (!summaryWord) {
			return false;
		}
		String dateText = (date != null) ? TextNormalizer.normalize(row.row().cell(date.index())) : "";
		if (dateText.isEmpty()) {
			return true;
		}
		try {
			LedgerDates.parse(dateText);
			return false;
		}
		catch (InvalidValueException ex) {
			return true;
		}
	}

	private static boolean isSummaryWord(String cell) {
		String word = TextNormalizer.normalize(cell).replace(" ", "").replaceAll("[:：]$", "");
		return SUMMARY_WORDS.contains(word);
	}

	/**
	 * The investor's home region is informative: an unknown one is kept as text, not a
	 * reason to reject.
	 */
	private @Nullable String originCode(@Nullable String text) {
		if (text == null) {
			return null;
		}
		RegionMatch match = resolve(text, null);
		return (match.region() != null) ? match.region().code() : null;
	}

	private RegionMatch resolve(String text, @Nullable Region context) {
		String key = ((context != null) ? context.code() : "") + '\u0000' + text;
		RegionMatch match = this.regionByText.get(key);
		if (match == null) {
			match = this.regions.resolve(text, context);
			this.regionByText.put(key, match);
		}
		return match;
	}

	private IndustryMatch classify(String text) {
		IndustryMatch match = this.industryByText.get(text);
		if (match == null) {
			match = this.industries.classify(text);
			this.industryByText.put(text, match);
		}
		return match;
	}

	/** A map that forgets its oldest entry beyond a size. */
	private static final class Lru<K, V> extends LinkedHashMap<K, V> {

		private static final long serialVersionUID = 1L;

		private final int limit;

		Lru(int limit) {
			super(16, 0.75f, true);
			this.limit = limit;
		}

		@Override
		protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
			return size() > this.limit;
		}

	}

	private @Nullable String industryCodes(@Nullable String text) {
		if (text == null) {
			return null;
		}
		Set<String> codes = new LinkedHashSet<>();
		for (String part : text.split("[、,，;；/]")) {
			if (!part.isBlank()) {
				codes.add(classify(part.trim()).industry().code());
			}
		}
		return codes.isEmpty() ? null : String.join(",", codes);
	}

	/**
	 * SPEC §2.5: names compare after normalisation (spaces, width, case), so 投资方（一期） and
	 * 投资方(一期) are one key whichever form the display name keeps.
	 */
	private static String keyText(String name) {
		return TextNormalizer.comparisonKey(name);
	}

	/**
	 * A key as stored: up to {@value #MAX_KEY} characters as it is, a longer one (a name
	 * of thousands of characters without an id) as its start and the SHA-256 of the
	 * whole, so that it still identifies the row.
	 */
	static String boundedKey(String key) {
		if (key.length() <= MAX_KEY) {
			return key;
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return key.substring(0, MAX_KEY - 65) + "#" + HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex); // every JVM has SHA-256
		}
	}

	/** A row's cells by field, with the parsing that turns a bad value into a reject. */
	private final class Cells {

		private final LedgerRow row;

		private final SheetStarted sheet;

		Cells(LedgerRow row) {
			this.row = row;
			this.sheet = row.sheet();
		}

		private String raw(LedgerField field) {
			Column column = Objects.requireNonNull(this.sheet.layout()).column(field);
			String text = (column != null) ? this.row.row().cell(column.index()) : "";
			if (text.length() > MAX_TEXT) { // only a CSV can hold more than an Excel
											// cell; the columns hold that much
				throw new InvalidCellException(Objects.requireNonNull(column).header(), text.substring(0, 100) + "…",
						Reason.of("cell.tooLong", text.length(), MAX_TEXT));
			}
			return text;
		}

		/** The cell in its normal form: for ids, lookups and parsing. */
		@Nullable String optionalText(LedgerField field) {
			String text = TextNormalizer.normalize(raw(field));
			return text.isEmpty() ? null : text;
		}

		/**
		 * The cell as the report prints it: names, places and notes keep the ledger's
		 * Chinese punctuation.
		 */
		@Nullable String optionalDisplay(LedgerField field) {
			String text = TextNormalizer.display(raw(field));
			return text.isEmpty() ? null : text;
		}

		String requiredDisplay(LedgerField field) {
			String text = optionalDisplay(field);
			if (text == null) {
				throw fail(field, Reason.of("cell.required"));
			}
			return text;
		}

		String requiredText(LedgerField field) {
			String text = optionalText(field);
			if (text == null) {
				throw fail(field, Reason.of("cell.required"));
			}
			return text;
		}

		<T> Optional<T> parse(LedgerField field, java.util.function.Function<String, Optional<T>> parser) {
			String text = optionalText(field);
			if (text == null) {
				return Optional.empty();
			}
			try {
				return parser.apply(text);
			}
			catch (InvalidValueException ex) {
				throw fail(field, ex.reason());
			}
		}

		LocalDate requiredDate(LedgerField field) {
			return optionalDate(field).orElseThrow(() -> fail(field, Reason.of("cell.requiredDate")));
		}

		Optional<LocalDate> optionalDate(LedgerField field) {
			return parse(field, (text) -> Optional.of(LedgerDates.parse(text)));
		}

		@Nullable Integer count(LedgerField field) {
			return parse(field, (text) -> {
				OptionalInt value = Counts.parse(text);
				return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
			}).orElse(null);
		}

		String currency(String text) {
			try {
				return Currencies.code(text);
			}
			catch (InvalidValueException ex) {
				throw fail(LedgerField.CURRENCY, ex.reason());
			}
		}

		@Nullable BigDecimal amount(LedgerField field, String currency) {
			Column column = Objects.requireNonNull(this.sheet.layout()).column(field);
			if (column == null) {
				return null;
			}
			return parse(field, (text) -> Amounts.parseWan(text, AmountUnit.parse(column.unit()), currency,
					LedgerRowProcessor.this.fxRates))
				.orElse(null);
		}

		Region region(LedgerField field) {
			String text = optionalText(field);
			if (text == null) {
				if (LedgerRowProcessor.this.defaultRegion != null) {
					return LedgerRowProcessor.this.defaultRegion;
				}
				throw fail(field, Reason.of("cell.requiredRegion"));
			}
			Region context = (this.sheet.contextRegionCode() != null)
					? LedgerRowProcessor.this.regions.byCode(this.sheet.contextRegionCode()).orElse(null)
					: LedgerRowProcessor.this.defaultRegion;
			RegionMatch match = LedgerRowProcessor.this.resolve(text, context);
			if (!match.resolved()) {
				throw fail(field, match.reason());
			}
			return Objects.requireNonNull(match.region());
		}

		InvalidCellException fail(LedgerField field, @Nullable Reason reason) {
			Column column = Objects.requireNonNull(this.sheet.layout()).column(field);
			String header = (column != null) ? column.header() : field.canonicalHeader();
			return new InvalidCellException(header, raw(field),
					(reason != null) ? reason : Reason.of("cell.unreadable"));
		}

	}

}
