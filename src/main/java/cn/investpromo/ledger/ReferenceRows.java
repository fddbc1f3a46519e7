package cn.investpromo.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;

import cn.investpromo.quality.Source;
import cn.investpromo.ledger.SheetLayout.Column;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.region.RegionLevel;
import cn.investpromo.region.RegionMatch;
import cn.investpromo.value.AmountUnit;
import cn.investpromo.value.Amounts;
import cn.investpromo.value.Counts;
import cn.investpromo.value.FxRates;
import cn.investpromo.value.InvalidValueException;
import cn.investpromo.value.Reason;
import cn.investpromo.value.TextNormalizer;
import cn.investpromo.value.UsdAmounts;
import cn.investpromo.region.UserRegion;
import cn.investpromo.industry.IndustryKeywords;
import cn.investpromo.target.TargetRow;

/**
 * Reads the rows of the reference sheets of SPEC §2.3: user regions, industry keywords
 * and annual targets. The reference step stores what reads; the import step reads the
 * same rows again only to list the bad ones, so both use this one parser.
 */
public final class ReferenceRows {

	/**
	 * Prefix of the codes of user regions; the rest is derived from the name, so the code
	 * never changes.
	 */
	public static final String USER_CODE_PREFIX = "U";

	private static final String LIST_SEPARATORS = "[、,，;；/|\n]";

	private final RegionCatalog regions;

	private final FxRates fxRates;

	public ReferenceRows(RegionCatalog regions, FxRates fxRates) {
		this.regions = regions;
		this.fxRates = fxRates;
	}

	/**
	 * Reads a regions-sheet row.
	 * @param defined regions defined earlier in the same import, by normalised name
	 * ({@link #nameKey}), so that a zone may sit under another
	 */
	public UserRegion region(RawRow row, SheetLayout layout, Source source, Map<String, Region> defined) {
		String name = required(row, layout, LedgerField.USER_REGION_NAME);
		// required above
		Column nameColumn = Objects.requireNonNull(layout.column(LedgerField.USER_REGION_NAME));
		// shown as written (某园区（一期）); the code and every comparison use the normal form,
		// as before
		String displayName = TextNormalizer.display(row.cell(nameColumn.index()));
		String parentText = text(row, layout, LedgerField.USER_REGION_PARENT);
		String typeText = text(row, layout, LedgerField.USER_REGION_TYPE);
		List<String> aliases = list(text(row, layout, LedgerField.USER_REGION_ALIASES));
		List<String> members = list(text(row, layout, LedgerField.USER_REGION_MEMBERS));
		RegionLevel level = level(typeText, parentText, members, row, layout);
		Region parent = parentText.isEmpty() ? null
				: find(parentText, defined, row, layout, LedgerField.USER_REGION_PARENT);
		if (level == RegionLevel.ZONE && parent == null) {
			throw invalid(row, layout, LedgerField.USER_REGION_PARENT, Reason.of("reference.zoneParent"));
		}
		List<String> memberCodes = new ArrayList<>();
		for (String member : members) {
			memberCodes.add(find(member, defined, row, layout, LedgerField.USER_REGION_MEMBERS).code());
		}
		if (level == RegionLevel.GROUP && memberCodes.isEmpty()) {
			throw invalid(row, layout, LedgerField.USER_REGION_MEMBERS, Reason.of("reference.groupMembers"));
		}
		RegionMatch known = this.regions.resolve(name, parent);
		if (known.region() != null && known.region().name().equals(name)
				&& !known.region().code().startsWith(USER_CODE_PREFIX)) {
			// a shipped region: it keeps its code, name, level and parent and gains
			// aliases (and members)
			Region region = known.region();
			return new UserRegion(
					new Region(region.code(), region.name(), region.level(), region.parentCode(), aliases), memberCodes,
					source);
		}
		// a zone has one
		String parentCode = (level == RegionLevel.GROUP) ? null : Objects.requireNonNull(parent).code();
		return new UserRegion(new Region(userCode(name), displayName, level, parentCode, aliases), memberCodes, source);
	}

	/**
	 * The key of a region in the {@code defined} map of {@link #region}: its name in
	 * normal form.
	 */
	public static String nameKey(String name) {
		return TextNormalizer.normalize(name);
	}

	/**
	 * The stable code of a user region: {@code U} and 10 hex digits of the SHA-256 of its
	 * name.
	 */
	public static String userCode(String name) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
			return USER_CODE_PREFIX + HexFormat.of().formatHex(hash).substring(0, 10).toUpperCase(Locale.ROOT);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex); // every JVM has SHA-256
		}
	}

	private RegionLevel level(String type, String parent, List<String> members, RawRow row, SheetLayout layout) {
		String t = type.toLowerCase(Locale.ROOT);
		if (t.isEmpty()) {
			return (!members.isEmpty() && parent.isEmpty()) ? RegionLevel.GROUP : RegionLevel.ZONE;
		}
		if (t.matches(".*(组|圈|经济带|片区|区域|城市群|group).*")) {
			return RegionLevel.GROUP;
		}
		if (t.matches(".*(开发区|园区|园|高新|经开|新区|保税|自贸|功能区|zone|park).*")) {
			return RegionLevel.ZONE;
		}
		throw invalid(row, layout, LedgerField.USER_REGION_TYPE, Reason.of("reference.regionType"));
	}

	private Region find(String text, Map<String, Region> defined, RawRow row, SheetLayout layout, LedgerField field) {
		Region own = defined.get(text);
		if (own != null) {
			return own;
		}
		RegionMatch match = this.regions.resolve(text, null);
		if (!match.resolved()) {
			throw new InvalidCellException(header(layout, field), text, Objects.requireNonNull(match.reason()));
		}
		return Objects.requireNonNull(match.region());
	}

	/** Reads an industries-sheet row. */
	public IndustryKeywords industry(RawRow row, SheetLayout layout, Source source) {
		String industry = required(row, layout, LedgerField.KEYWORD_INDUSTRY);
		List<String> keywords = list(required(row, layout, LedgerField.KEYWORDS));
		String parent = text(row, layout, LedgerField.KEYWORD_PARENT);
		return new IndustryKeywords(industry, keywords, parent.isEmpty() ? null : parent, source);
	}

	/**
	 * Reads a targets-sheet row; the region resolves against the catalog with this
	 * import's user regions.
	 */
	public TargetRow target(RawRow row, SheetLayout layout, Source source) {
		String regionText = required(row, layout, LedgerField.TARGET_AREA);
		RegionMatch match = this.regions.resolve(regionText, null);
		if (!match.resolved()) {
			throw invalid(row, layout, LedgerField.TARGET_AREA, match.reason());
		}
		String yearText = required(row, layout, LedgerField.TARGET_YEAR).replaceAll("年度?$", "").trim();
		int year;
		try {
			year = Integer.parseInt(yearText.replaceAll("\\.0+$", ""));
		}
		catch (NumberFormatException ex) {
			throw invalid(row, layout, LedgerField.TARGET_YEAR, Reason.of("reference.yearFormat"));
		}
		if (year < 1990 || year > 2100) {
			throw invalid(row, layout, LedgerField.TARGET_YEAR, Reason.of("reference.yearRange"));
		}
		String indicator = indicator(required(row, layout, LedgerField.TARGET_INDICATOR), row, layout);
		String valueText = required(row, layout, LedgerField.TARGET_VALUE);
		BigDecimal value;
		try {
			if (indicator.equals("FOREIGN_CAPITAL_USED")) {
				// in 万美元 unless the header or the cell names another unit (SPEC §2.9)
				Column column = Objects.requireNonNull(layout.column(LedgerField.TARGET_VALUE));
				value = UsdAmounts.parseUsdWan(valueText, column.unit(), this.fxRates)
					.orElseThrow(() -> new InvalidValueException("reference.targetBlank"));
			}
			else if (indicator.equals("PROJECTS")) {
				OptionalInt count = Counts.parse(valueText.replaceAll("[个项]$", ""));
				value = BigDecimal.valueOf(count.orElseThrow(() -> new InvalidValueException("reference.targetBlank")));
			}
			else {
				// required above
				Column column = Objects.requireNonNull(layout.column(LedgerField.TARGET_VALUE));
				value = Amounts.parseWan(valueText, AmountUnit.parse(column.unit()), "", this.fxRates)
					.orElseThrow(() -> new InvalidValueException("reference.targetBlank"));
			}
		}
		catch (InvalidValueException ex) {
			throw invalid(row, layout, LedgerField.TARGET_VALUE, ex.reason());
		}
		return new TargetRow(Objects.requireNonNull(match.region()).code(), year, indicator, value, source);
	}

	private String indicator(String text, RawRow row, SheetLayout layout) {
		String t = text.replace(" ", "").toLowerCase(Locale.ROOT);
		return switch (t) {
			case "签约项目数", "项目数", "签约项目", "签约项目个数", "projects", "project_count" -> "PROJECTS";
			case "协议投资额", "投资额", "签约金额", "签约投资额", "amount", "investment" -> "AMOUNT";
			case "到位资金", "实际到位资金", "资金到位", "funds_arrived", "funds" -> "FUNDS_ARRIVED";
			case "实际使用外资", "实际利用外资", "利用外资", "使用外资", "foreign_capital_used", "fdi_used", "actual_fdi" ->
				"FOREIGN_CAPITAL_USED";
			default -> throw invalid(row, layout, LedgerField.TARGET_INDICATOR, Reason.of("reference.indicator"));
		};
	}

	static String text(RawRow row, SheetLayout layout, LedgerField field) {
		Column column = layout.column(field);
		return (column != null) ? TextNormalizer.normalize(row.cell(column.index())) : "";
	}

	static String required(RawRow row, SheetLayout layout, LedgerField field) {
		String text = text(row, layout, field);
		if (text.isEmpty()) {
			throw invalid(row, layout, field, Reason.of("cell.required"));
		}
		return text;
	}

	static List<String> list(String text) {
		List<String> items = new ArrayList<>();
		for (String item : text.split(LIST_SEPARATORS)) {
			if (!item.isBlank()) {
				items.add(item.strip());
			}
		}
		return items;
	}

	private static String header(SheetLayout layout, LedgerField field) {
		Column column = layout.column(field);
		return (column != null) ? column.header() : field.canonicalHeader();
	}

	static InvalidCellException invalid(RawRow row, SheetLayout layout, LedgerField field, @Nullable Reason reason) {
		return new InvalidCellException(header(layout, field), text(row, layout, field),
				(reason != null) ? reason : Reason.of("cell.unreadable"));
	}

}
