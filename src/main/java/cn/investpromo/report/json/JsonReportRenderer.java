package cn.investpromo.report.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import cn.investpromo.report.Comparison;
import cn.investpromo.report.DataQuality;
import cn.investpromo.report.FrontPage;
import cn.investpromo.report.FundsArrived;
import cn.investpromo.report.KeyProject;
import cn.investpromo.report.Kpi;
import cn.investpromo.report.LandingFigures;
import cn.investpromo.report.Money;
import cn.investpromo.report.NarrativeParagraph;
import cn.investpromo.report.ProjectListing;
import cn.investpromo.report.Period;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.TargetProgress;
import cn.investpromo.quality.Reject;
import cn.investpromo.store.Rows;

/**
 * Writes the report model as the JSON of SPEC §5.1: the contract other systems read.
 * Amounts are decimal strings in 万元 with two decimals; counts are integers; a change
 * against zero, or a rate against zero, is {@code null}. Unknown is not zero (issue 9): a
 * count or amount none of whose items gives it is {@code null}, a change with blanks
 * where they would mislead is {@code null}, and how many items left a figure blank is
 * said beside it ({@code kpis.*.unreported}, {@code projectsWithoutAmount},
 * {@code eventsWithoutAttendees}, {@code eventsWithoutEnterprises}). Beyond §5.1 (fields
 * added, none changed): {@code kpis.averageWan}; landing shares, rates and new starts per
 * row and in {@code landingTotal}; {@code fundsArrived}; {@code targets};
 * {@code amountBands}; {@code dataQuality.totals}; {@code eventsByType[].typeName} in the
 * report language; {@code bySubIndustry} and {@code projects} (the month's list, each
 * with its {@code subIndustry} code and name, or null); {@code period} (label, first and
 * last day, kind) and {@code trend[].period}. A report of a quarter, half-year or year
 * has no {@code month}: its {@code compare} objects keep their keys and hold the period,
 * the previous period, the same period last year, and the year to date at the period's
 * end with last year's.
 */
public final class JsonReportRenderer {

	private final JsonMapper mapper = JsonMapper.builder().build();

	public void render(ReportModel model, Path target) throws IOException {
		ReportLabels labels = ReportLabels.of(model);
		ObjectNode root = this.mapper.createObjectNode();
		// SPEC §5.1's month for a monthly report; every report names its period (issue 8)
		boolean monthly = model.period().kind() == Period.Kind.MONTH;
		if (monthly) {
			root.put("month", model.month().toString());
		}
		ObjectNode period = root.putObject("period");
		period.put("label", model.period().label());
		period.put("from", model.period().from().toString());
		period.put("to", model.period().to().toString());
		period.put("kind", model.period().kind().key());
		ObjectNode scope = root.putObject("scope");
		scope.put("code", model.scope().code());
		scope.put("name", model.scope().name());
		root.put("generatedAt", model.generatedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		root.put("language", model.language().name().toLowerCase(java.util.Locale.ROOT));
		ObjectNode kpis = root.putObject("kpis");
		for (Kpi kpi : model.headline().kpis()) {
			ObjectNode node = kpis.putObject(kpi.kind().key());
			comparison(node, kpi.values(), kpi.kind().amount());
			unreported(node, kpi.values().unreported());
		}
		ArrayNode byRegion = root.putArray("byRegion");
		model.breakdowns().byRegion().forEach((r) -> {
			ObjectNode row = byRegion.addObject();
			row.put("code", r.code());
			row.put("name", r.name());
			row.put("self", r.self());
			row.put("events", r.events());
			row.put("attendees", r.attendees());
			row.put("eventsWithoutAttendees", r.eventsWithoutAttendees());
			row.put("projects", r.projects());
			row.put("amountWan", wan(r.amountWan()));
			row.put("projectsWithoutAmount", r.projectsWithoutAmount());
			row.put("rank", r.rank());
			row.put("rankChange", r.rankChange());
		});
		root.put("regionsWithoutFigures", model.breakdowns().regionsWithoutFigures());
		ArrayNode byIndustry = root.putArray("byIndustry");
		model.breakdowns().byIndustry().forEach((i) -> {
			ObjectNode row = byIndustry.addObject();
			row.put("code", i.code());
			row.put("name", i.name());
			row.put("projects", i.projects());
			row.put("amountWan", wan(i.amountWan()));
			row.put("projectsWithoutAmount", i.projectsWithoutAmount());
			row.put("sharePercent", plain(i.sharePercent()));
		});
		// added with the second level of the taxonomy: each industry's rows add up to its
		// byIndustry entry
		ArrayNode bySubIndustry = root.putArray("bySubIndustry");
		model.breakdowns().bySubIndustry().forEach((s) -> {
			ObjectNode row = bySubIndustry.addObject();
			row.put("industryCode", s.industryCode());
			row.put("code", s.code());
			row.put("name", s.name());
			row.put("projects", s.projects());
			row.put("amountWan", wan(s.amountWan()));
			row.put("projectsWithoutAmount", s.projectsWithoutAmount());
			row.put("sharePercent", plain(s.sharePercent()));
		});
		ArrayNode byOrigin = root.putArray("byInvestorOrigin");
		model.breakdowns().byInvestorOrigin().forEach((o) -> {
			ObjectNode row = byOrigin.addObject();
			row.put("code", o.code());
			row.put("name", o.name());
			row.put("projects", o.projects());
			row.put("amountWan", wan(o.amountWan()));
			row.put("projectsWithoutAmount", o.projectsWithoutAmount());
		});
		ArrayNode cross = root.putArray("byRegionIndustry");
		model.breakdowns().byRegionIndustry().forEach((c) -> {
			ObjectNode row = cross.addObject();
			row.put("regionCode", c.regionCode());
			row.put("regionName", c.regionName());
			row.put("industryCode", c.industryCode());
			row.put("projects", c.projects());
			row.put("amountWan", wan(c.amountWan()));
			row.put("projectsWithoutAmount", c.projectsWithoutAmount());
		});
		ArrayNode byType = root.putArray("eventsByType");
		model.breakdowns().eventsByType().forEach((t) -> {
			ObjectNode row = byType.addObject();
			row.put("type", t.type().zh());
			row.put("typeCode", t.type().name());
			row.put("typeName", model.language().english() ? t.type().en() : t.type().zh());
			row.put("events", t.events());
			row.put("attendees", t.attendees());
			row.put("eventsWithoutAttendees", t.eventsWithoutAttendees());
			row.put("enterprises", t.enterprises());
			row.put("eventsWithoutEnterprises", t.eventsWithoutEnterprises());
		});
		ArrayNode landing = root.putArray("landing");
		model.landing().byRegion().forEach((l) -> landing(landing.addObject(), l));
		ObjectNode landingTotal = root.putObject("landingTotal");
		landing(landingTotal, model.landing().total());
		landingTotal.put("newStartsSignedEarlier", model.landing().newStartsSignedEarlier());
		landingTotal.put("newProductionSignedEarlier", model.landing().newProductionSignedEarlier());
		root.set("eventFollowThrough", FollowThroughJson.events(model.followThrough()));
		root.set("eventFollowThroughTotal", FollowThroughJson.total(model.followThrough()));
		fundsArrived(root.putObject("fundsArrived"), model.funds(), labels);
		targets(root.putObject("targets"), model.targets());
		ArrayNode bands = root.putArray("amountBands");
		model.headline().amountBands().forEach((b) -> {
			ObjectNode row = bands.addObject();
			row.put("atLeastYi", b.atLeastYi().toPlainString());
			comparison(row.putObject("projects"), b.projects(), false);
		});
		ArrayNode trend = root.putArray("trend");
		model.trend().points().forEach((p) -> {
			ObjectNode row = trend.addObject();
			if (monthly) {
				row.put("month", p.month().toString());
			}
			row.put("period", p.period().label());
			row.put("events", p.events());
			row.put("projects", p.projects());
			row.put("amountWan", wan(p.amountWan()));
			row.put("projectsWithoutAmount", p.projectsWithoutAmount());
		});
		ArrayNode top = root.putArray("topProjects");
		model.rankings().topProjects().forEach((p) -> {
			ObjectNode row = top.addObject();
			row.put("rank", p.rank());
			row.put("name", p.name());
			row.put("investor", p.investor());
			row.put("regionCode", p.regionCode());
			row.put("regionName", p.regionName());
			row.put("industryCode", p.industryCode());
			row.put("amountWan", Money.wanText(p.amountWan()));
			row.put("signedDate", p.signedDate().toString());
		});
		// the long lists are placeholders here, written row by row as they are read (see
		// write)
		Map<JsonNode, Rows<ObjectNode>> streamed = new IdentityHashMap<>();
		streamed.put(root.putArray("keyProjects"), model.rankings().keyProjects().map((p) -> keyProject(p, model)));
		boolean english = model.language().english();
		streamed.put(root.putArray("projects"), model.listings().projects().map((p) -> project(p, english)));
		root.put("narrative", model.narrative());
		ArrayNode paragraphs = root.putArray("narrativeParagraphs");
		for (NarrativeParagraph paragraph : model.narrativeParagraphs()) {
			paragraphs.addObject().put("heading", paragraph.heading()).put("text", paragraph.text());
		}
		frontPage(root.putObject("frontPage"), model.frontPage());
		ObjectNode quality = root.putObject("dataQuality");
		dataQuality(quality, model.dataQuality(), streamed);
		Files.createDirectories(target.toAbsolutePath().getParent());
		try (JsonGenerator generator = this.mapper.writerWithDefaultPrettyPrinter()
			.createGenerator(target, JsonEncoding.UTF8)) {
			write(generator, root, streamed);
		}
		catch (JacksonException ex) {
			throw new IOException("JSON 无法写入 " + target + "：" + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Writes the tree, each placeholder array as its rows are read: no long list is held
	 * as nodes.
	 */
	private static void write(JsonGenerator generator, JsonNode node, Map<JsonNode, Rows<ObjectNode>> streamed) {
		Rows<ObjectNode> rows = streamed.get(node);
		if (rows != null) {
			generator.writeStartArray();
			rows.forEach(generator::writeTree);
			generator.writeEndArray();
		}
		else if (node.isObject()) {
			generator.writeStartObject();
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				generator.writeName(property.getKey());
				write(generator, property.getValue(), streamed);
			}
			generator.writeEndObject();
		}
		else {
			generator.writeTree(node);
		}
	}

	/**
	 * One project of the period's list, as the workbook's list sheet; {@code subIndustry}
	 * null without a second level.
	 */
	private static ObjectNode project(ProjectListing p, boolean english) {
		ObjectNode row = JsonNodeFactory.instance.objectNode();
		row.put("id", p.id());
		row.put("name", p.name());
		row.put("signedDate", p.signedDate().toString());
		row.put("regionName", p.region());
		row.put("investor", p.investor());
		row.put("investorOrigin", p.investorOrigin());
		row.put("industryCode", p.industryCode());
		row.put("industryName", p.industry());
		if (p.subIndustryCode() != null) {
			ObjectNode subIndustry = row.putObject("subIndustry");
			subIndustry.put("code", p.subIndustryCode());
			subIndustry.put("name", p.subIndustry());
		}
		else {
			row.putNull("subIndustry");
		}
		row.put("agreementType", p.agreementType().label(english));
		row.put("amountWan", wan(p.amountWan()));
		row.put("status", p.status().label(english));
		row.put("event", p.event());
		row.put("notes", p.notes());
		return row;
	}

	/**
	 * A 亿元以上重点项目 with its status at the period's end, its dates and its 到位资金 (null when
	 * not given).
	 */
	private static ObjectNode keyProject(KeyProject p, ReportModel model) {
		ObjectNode row = JsonNodeFactory.instance.objectNode();
		row.put("name", p.name());
		row.put("regionName", p.region());
		row.put("industryName", p.industry());
		row.put("amountWan", Money.wanText(p.amountWan()));
		row.put("signedDate", p.signedDate().toString());
		row.put("status", p.status().label(model.language().english()));
		row.put("constructionDate", (p.constructionDate() != null) ? p.constructionDate().toString() : null);
		row.put("productionDate", (p.productionDate() != null) ? p.productionDate().toString() : null);
		row.put("fundsArrivedWan", wan(p.fundsArrivedWan()));
		return row;
	}

	private static ObjectNode reject(Reject r) {
		ObjectNode row = JsonNodeFactory.instance.objectNode();
		row.put("file", r.file());
		row.put("sheet", r.sheet());
		row.put("row", r.row());
		row.put("column", r.column());
		row.put("value", r.value());
		row.put("reason", r.reason());
		return row;
	}

	private static void comparison(ObjectNode node, Comparison values, boolean amount) {
		figure(node, "month", values.month(), amount);
		figure(node, "previousMonth", values.previousMonth(), amount);
		figure(node, "sameMonthLastYear", values.sameMonthLastYear(), amount);
		figure(node, "ytd", values.ytd(), amount);
		figure(node, "ytdLastYear", values.ytdLastYear(), amount);
		ObjectNode changes = node.putObject("changePercent");
		percent(changes, "monthOnMonth", values.monthOnMonthPercent());
		percent(changes, "yearOnYear", values.yearOnYearPercent());
		percent(changes, "ytd", values.ytdPercent());
	}

	/**
	 * The §5.1 landing fields, then the shares, rates (null against zero) and the month's
	 * new starts.
	 */
	/** The tiles and 本月要点 of the front page, with the colour rises are shown in. */
	private static void frontPage(ObjectNode node, FrontPage frontPage) {
		node.put("riseColour", frontPage.riseColour().key());
		ArrayNode tiles = node.putArray("tiles");
		for (FrontPage.Tile tile : frontPage.tiles()) {
			ObjectNode t = tiles.addObject();
			t.put("key", tile.key());
			t.put("label", tile.label());
			t.put("unit", tile.unit().key());
			if (tile.value() == null) {
				t.putNull("value");
			}
			else if (tile.unit() == FrontPage.Unit.COUNT) {
				t.put("value", tile.value().longValue());
			}
			else if (tile.unit() == FrontPage.Unit.WAN) {
				t.put("value", Money.wanText(tile.value()));
			}
			else {
				t.put("value", tile.value().toPlainString());
			}
			t.put("valueText", tile.valueText());
			t.put("unitText", tile.unitText());
			if (tile.changePercent() == null) {
				t.putNull("change");
			}
			else {
				t.put("change", tile.changePercent().toPlainString());
			}
			t.put("changeBasis", tile.key().equals("targets") ? "schedulePoints" : "yearOnYearPercent");
			t.put("changeText", tile.changeText());
			t.put("direction", tile.direction().key());
			t.put("detail", tile.detail());
			t.put("light", (tile.light() != null) ? tile.light().key() : null);
		}
		ArrayNode highlights = node.putArray("highlights");
		for (FrontPage.Highlight highlight : frontPage.highlights()) {
			highlights.addObject().put("key", highlight.key()).put("text", highlight.text());
		}
	}

	private static void landing(ObjectNode row, LandingFigures l) {
		row.put("regionCode", l.regionCode());
		row.put("regionName", l.regionName());
		row.put("signed", l.signed());
		row.put("underConstruction", l.underConstruction());
		row.put("inProduction", l.inProduction());
		row.put("terminated", l.terminated());
		row.put("self", l.self());
		row.put("total", l.total());
		ObjectNode shares = row.putObject("sharePercent");
		shares.put("signed", l.shares().signed().toPlainString());
		shares.put("underConstruction", l.shares().underConstruction().toPlainString());
		shares.put("inProduction", l.shares().inProduction().toPlainString());
		shares.put("terminated", l.shares().terminated().toPlainString());
		percent(row, "startRatePercent", l.startRatePercent());
		percent(row, "productionRatePercent", l.productionRatePercent());
		row.put("newStarts", l.newStarts());
		row.put("newProduction", l.newProduction());
	}

	private static void fundsArrived(ObjectNode node, FundsArrived funds, ReportLabels labels) {
		node.put("totalWan", Money.wanText(funds.totalWan()));
		node.put("projects", funds.projects());
		node.put("projectsWithFunds", funds.projectsWithFunds());
		node.put("bySourceApplies", funds.bySourceApplies());
		ArrayNode sources = node.putArray("bySource");
		funds.bySource().forEach((f) -> {
			ObjectNode row = sources.addObject();
			row.put("source", f.kind().key());
			row.put("name", labels.get("funds." + f.kind().key()));
			row.put("projects", f.projects());
			row.put("amountWan", Money.wanText(f.amountWan()));
			row.put("sharePercent", f.sharePercent().toPlainString());
		});
	}

	private static void targets(ObjectNode node, TargetProgress targets) {
		node.put("year", targets.year());
		node.put("elapsedPercent", targets.elapsedPercent().toPlainString());
		targetItems(node.putArray("items"), targets.targets());
		ArrayNode regions = node.putArray("byRegion");
		targets.byRegion().forEach((region) -> {
			ObjectNode row = regions.addObject();
			row.put("code", region.code());
			row.put("name", region.name());
			targetItems(row.putArray("items"), region.targets());
		});
	}

	private static void targetItems(ArrayNode items, List<TargetProgress.TargetFigures> targets) {
		targets.forEach((t) -> {
			ObjectNode row = items.addObject();
			row.put("indicator", t.indicator().key());
			figure(row, "target", t.target(), t.indicator().amount());
			figure(row, "actualYtd", t.actualYtd(), t.indicator().amount());
			row.put("completionPercent", t.completionPercent().toPlainString());
			row.put("gapPoints", t.gapPoints().toPlainString());
			row.put("schedule", switch (t.schedule()) {
				case AHEAD -> "ahead";
				case ON_SCHEDULE -> "onSchedule";
				case BEHIND -> "behind";
			});
			row.put("light", t.light().key());
		});
	}

	/**
	 * How many items of each period left the figure blank: {@code unreported} with the
	 * keys of the figures (events without 参会人数, projects without an amount …); zero
	 * throughout for figures every item gives.
	 */
	private static void unreported(ObjectNode node, Comparison.Unreported unreported) {
		ObjectNode counts = node.putObject("unreported");
		counts.put("month", unreported.month());
		counts.put("previousMonth", unreported.previousMonth());
		counts.put("sameMonthLastYear", unreported.sameMonthLastYear());
		counts.put("ytd", unreported.ytd());
		counts.put("ytdLastYear", unreported.ytdLastYear());
	}

	/** An amount in 万元 as §5.1 writes it, or null where it is unknown. */
	private static @Nullable String wan(@Nullable BigDecimal value) {
		return (value != null) ? Money.wanText(value) : null;
	}

	private static @Nullable String plain(@Nullable BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

	/** A count or an amount; null where it is unknown. */
	private static void figure(ObjectNode node, String name, @Nullable BigDecimal value, boolean amount) {
		if (value == null) {
			node.putNull(name);
		}
		else if (amount) {
			node.put(name, Money.wanText(value));
		}
		else {
			node.put(name, value.setScale(0, RoundingMode.HALF_UP).longValueExact());
		}
	}

	private static void percent(ObjectNode node, String name, Optional<BigDecimal> value) {
		if (value.isPresent()) {
			node.put(name, value.get().toPlainString());
		}
		else {
			node.putNull(name);
		}
	}

	private static void dataQuality(ObjectNode node, DataQuality quality, Map<JsonNode, Rows<ObjectNode>> streamed) {
		ObjectNode totals = node.putObject("totals");
		totals.put("files", quality.totals().files());
		totals.put("sheets", quality.totals().sheets());
		totals.put("read", quality.totals().read());
		totals.put("accepted", quality.totals().accepted());
		totals.put("rejected", quality.totals().rejected());
		ArrayNode files = node.putArray("files");
		quality.files().forEach((f) -> {
			ObjectNode row = files.addObject();
			row.put("file", f.file());
			row.put("sheet", f.sheet());
			row.put("kind", f.kind());
			row.put("read", f.read());
			row.put("accepted", f.accepted());
			row.put("rejected", f.rejected());
			row.put("summaryRows", f.summaryRows());
		});
		streamed.put(node.putArray("rejects"), quality.rejects().map(JsonReportRenderer::reject));
		ArrayNode unmatched = node.putArray("unmatchedIndustries");
		quality.unmatchedIndustries().forEach(unmatched::add);
		ArrayNode duplicates = node.putArray("possibleDuplicates");
		quality.possibleDuplicates().forEach((d) -> {
			ObjectNode row = duplicates.addObject();
			row.put("first", d.first());
			row.put("second", d.second());
			row.put("reason", d.reason());
		});
	}

}
