package cn.investpromo.report.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import cn.investpromo.report.CoverageNotes;
import cn.investpromo.report.Period;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportModel;

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
		StreamedArrays streamed = new StreamedArrays();
		ObjectNode root = tree(model, streamed);
		Files.createDirectories(target.toAbsolutePath().getParent());
		try (JsonGenerator generator = this.mapper.writerWithDefaultPrettyPrinter()
			.createGenerator(target, JsonEncoding.UTF8)) {
			streamed.write(generator, root);
		}
		catch (JacksonException ex) {
			throw new IOException("JSON 无法写入 " + target + "：" + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * The document in §5.1's order, its long lists as placeholders in {@code streamed}.
	 */
	private ObjectNode tree(ReportModel model, StreamedArrays streamed) {
		ObjectNode root = this.mapper.createObjectNode();
		// SPEC §5.1's month for a monthly report; every report names its period (issue 8)
		boolean monthly = model.period().kind() == Period.Kind.MONTH;
		heading(root, model, monthly);
		KpiJson.kpis(root, model);
		KpiJson.signings(root, model);
		ArrayNode kpiNotes = root.putArray("kpiNotes");
		new CoverageNotes(ReportLabels.of(model)).headline(model).forEach(kpiNotes::add);
		BreakdownJson.write(root, model);
		LandingJson.landing(root, model);
		root.set("eventFollowThrough", FollowThroughJson.events(model.followThrough()));
		root.set("eventFollowThroughTotal", FollowThroughJson.total(model.followThrough()));
		LandingJson.fundsArrived(root.putObject("fundsArrived"), model.funds(), ReportLabels.of(model));
		FundsJson.write(root, model);
		LandingJson.targets(root.putObject("targets"), model.targets());
		ForeignJson.write(root, model);
		PipelineJson.write(root, model, streamed);
		KpiJson.amountBands(root, model);
		InvestorTagsJson.write(root, model);
		KpiJson.trend(root, model, monthly);
		ListingJson.topProjects(root, model);
		ListingJson.lists(root, model, streamed);
		FrontPageJson.narrative(root, model);
		FrontPageJson.frontPage(root.putObject("frontPage"), model.frontPage());
		DataQualityJson.write(root.putObject("dataQuality"), model.dataQuality(), streamed);
		return root;
	}

	/** The month (of a monthly report), period, scope, time written and language. */
	private static void heading(ObjectNode root, ReportModel model, boolean monthly) {
		if (monthly) {
			root.put("month", model.month().toString());
		}
		ObjectNode period = root.putObject("period");
		period.put("label", model.period().label());
		period.put("from", model.period().from().toString());
		period.put("to", model.period().to().toString());
		period.put("kind", model.period().kind().key());
		// a period not over yet is partial up to the day it was generated (issue 22)
		period.put("partial", model.heading().partial());
		period.put("dataUntil", (model.heading().dataUntil() != null) ? model.heading().dataUntil().toString() : null);
		YearMonth coveredFrom = model.heading().coverage().from();
		period.put("coveredFrom", (coveredFrom != null) ? coveredFrom.toString() : null);
		ObjectNode scope = root.putObject("scope");
		scope.put("code", model.scope().code());
		scope.put("name", model.scope().name());
		root.put("generatedAt", model.generatedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		root.put("language", model.language().name().toLowerCase(Locale.ROOT));
	}

}
