package cn.investpromo.benchmark;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.jspecify.annotations.Nullable;

import cn.investpromo.event.EventType;
import cn.investpromo.industry.IndustryMatch;
import cn.investpromo.industry.IndustryTaxonomy;
import cn.investpromo.project.AgreementType;
import cn.investpromo.project.ProjectStatus;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.region.RegionMatch;
import cn.investpromo.value.AmountUnit;
import cn.investpromo.value.Amounts;
import cn.investpromo.value.Counts;
import cn.investpromo.value.FxRates;
import cn.investpromo.value.InvalidValueException;
import cn.investpromo.value.LedgerDates;
import cn.investpromo.value.TextNormalizer;
import cn.investpromo.value.Vocabularies;

/**
 * The benchmark's second baseline, the schema copy (issue 10; the floor until issue 24):
 * what {@link FloorImport} does, plus the region catalogue and the industry taxonomy once
 * per distinct text, normal forms and keys, into a fresh HSQLDB file database whose two
 * tables have the shape and the seven indexes of {@code signed_project} and
 * {@code promo_event}, committed every 500 rows as the import commits its chunks. It pays
 * the product's own schema costs, so it is not a floor: import ÷ schema baseline tells
 * how much of the import's time that schema costs, import ÷ floor what the whole design
 * does. It reads only what the generator writes (one sheet, the header on row 2).
 * <p>
 * {@code SchemaFloorImport <database folder> <ledger.xlsx>…}; prints
 * {@code floor: N row(s) read, A accepted, R rejected}.
 */
public final class SchemaFloorImport {

	private static final int BATCH = 500;

	private final RegionCatalog regions = RegionCatalog.loadDefault();

	private final IndustryTaxonomy industries = IndustryTaxonomy.loadDefault();

	private final FxRates rates = FxRates.defaults();

	private final Region context = this.regions.byCode("370685").orElseThrow();

	private final Map<String, Optional<Region>> regionByText = new HashMap<>();

	private final Map<String, Optional<Region>> originByText = new HashMap<>();

	private final Map<String, IndustryMatch> industryByText = new HashMap<>();

	private final XlsxRows rows = new XlsxRows();

	private final Connection connection;

	private long read;

	private long rejected;

	private SchemaFloorImport(Connection connection) {
		this.connection = connection;
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		Files.createDirectories(folder);
		String url = "jdbc:hsqldb:file:" + folder.resolve("floor")
				+ ";hsqldb.default_table_type=cached;hsqldb.tx=mvcc;shutdown=true";
		try (Connection connection = DriverManager.getConnection(url, "SA", "")) {
			createTables(connection);
			connection.setAutoCommit(false);
			SchemaFloorImport floor = new SchemaFloorImport(connection);
			for (int i = 1; i < args.length; i++) {
				floor.load(Path.of(args[i]));
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN");
			}
			System.out.printf("floor: %d row(s) read, %d accepted, %d rejected%n", floor.read,
					floor.read - floor.rejected, floor.rejected);
		}
	}

	/**
	 * The two tables as V2–V11 leave them, with the same keys and indexes, and the
	 * rejects.
	 */
	private static void createTables(Connection connection) throws SQLException {
		String text = "VARCHAR(32767)";
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE promo_event (event_key VARCHAR(600) NOT NULL PRIMARY KEY, event_id " + text
					+ ", name " + text + " NOT NULL, event_type VARCHAR(20) NOT NULL, start_date DATE NOT NULL, "
					+ "end_date DATE NOT NULL, host_region_code VARCHAR(20) NOT NULL, venue " + text
					+ ", target_region " + text + ", organizer " + text + ", attendees INTEGER, enterprises INTEGER, "
					+ "industries " + text + ", notes " + text + ", source_file VARCHAR(1000) NOT NULL, "
					+ "source_sheet VARCHAR(200) NOT NULL, source_row INTEGER NOT NULL, updated_at TIMESTAMP NOT NULL)");
			statement.execute("CREATE INDEX promo_event_date ON promo_event (start_date)");
			statement.execute("CREATE INDEX promo_event_region_date ON promo_event (host_region_code, start_date)");
			statement.execute("CREATE TABLE signed_project (project_key VARCHAR(600) NOT NULL PRIMARY KEY, project_id "
					+ text + ", name " + text
					+ " NOT NULL, signed_date DATE NOT NULL, region_code VARCHAR(20) NOT NULL, " + "investor " + text
					+ " NOT NULL, investor_origin_code VARCHAR(20), investor_origin_text " + text
					+ ", industry_code VARCHAR(10) NOT NULL, industry_text " + text + " NOT NULL, "
					+ "agreement_type VARCHAR(20) NOT NULL, amount_wan DECIMAL(24,6), amount_text VARCHAR(100), "
					+ "currency VARCHAR(3) NOT NULL, status VARCHAR(20) NOT NULL, event_ref " + text
					+ ", construction_date DATE, production_date DATE, funds_arrived_wan DECIMAL(24,6), notes " + text
					+ ", source_file VARCHAR(1000) NOT NULL, source_sheet VARCHAR(200) NOT NULL, "
					+ "source_row INTEGER NOT NULL, updated_at TIMESTAMP NOT NULL, industry_sub_code VARCHAR(20), "
					+ "investor_key VARCHAR(500))");
			statement.execute("CREATE INDEX signed_project_date ON signed_project (signed_date)");
			statement.execute("CREATE INDEX signed_project_region_date ON signed_project (region_code, signed_date)");
			statement.execute("CREATE INDEX signed_project_construction ON signed_project (construction_date)");
			statement.execute("CREATE INDEX signed_project_production ON signed_project (production_date)");
			statement.execute(
					"CREATE INDEX signed_project_investor ON signed_project (investor_key, region_code, signed_date)");
			statement.execute("CREATE TABLE ledger_reject (file_name VARCHAR(1000) NOT NULL, sheet_name VARCHAR(200) "
					+ "NOT NULL, row_number INTEGER NOT NULL, column_name VARCHAR(200) NOT NULL, cell_value "
					+ "VARCHAR(1000), reason VARCHAR(1000) NOT NULL, reason_en VARCHAR(1000), "
					+ "PRIMARY KEY (file_name, sheet_name, row_number))");
		}
	}

	private void load(Path file) throws IOException, XMLStreamException, SQLException {
		String name = file.getFileName().toString();
		Sheet[] target = new Sheet[1];
		this.rows.read(file, (rowNumber, cells) -> {
			if (rowNumber == 1) {
				return; // the title
			}
			if (target[0] == null) {
				target[0] = Sheet.header(this, cells, name);
			}
			else {
				target[0].row(rowNumber, cells);
			}
		});
		if (target[0] != null) {
			target[0].finish();
		}
	}

	private Optional<Region> region(String text) {
		return this.regionByText.computeIfAbsent(text, (t) -> {
			RegionMatch match = this.regions.resolve(t, this.context);
			return match.resolved() ? Optional.of(match.region()) : Optional.empty();
		});
	}

	private @Nullable String originCode(@Nullable String text) {
		if (text == null) {
			return null;
		}
		return this.originByText.computeIfAbsent(text, (t) -> {
			RegionMatch match = this.regions.resolve(t, null);
			return match.resolved() ? Optional.of(match.region()) : Optional.empty();
		}).map(Region::code).orElse(null);
	}

	private IndustryMatch industry(String text) {
		return this.industryByText.computeIfAbsent(text, this.industries::classify);
	}

	/** One sheet being loaded: its columns by header and the batches of its rows. */
	private abstract static class Sheet extends TypedCells {

		final SchemaFloorImport floor;

		final String file;

		final Timestamp now = Timestamp.valueOf(LocalDateTime.now());

		final PreparedStatement insert;

		final PreparedStatement reject;

		int pending;

		int pendingRejects;

		Sheet(SchemaFloorImport floor, List<String> header, String file, String insertSql) throws SQLException {
			super(header, floor.rates);
			this.floor = floor;
			this.file = file;
			this.insert = floor.connection.prepareStatement(insertSql);
			this.reject = floor.connection.prepareStatement("INSERT INTO ledger_reject (file_name, sheet_name, "
					+ "row_number, column_name, cell_value, reason, reason_en) VALUES (?, ?, ?, ?, ?, ?, ?)");
		}

		/** The header row (row 2, under the title) names the sheet's kind. */
		static Sheet header(SchemaFloorImport floor, List<String> cells, String file) throws SQLException {
			return cells.contains("签约日期") ? new Projects(floor, cells, file) : new Events(floor, cells, file);
		}

		void row(int rowNumber, List<String> cells) throws SQLException {
			this.floor.read++;
			use(cells);
			try {
				bind(rowNumber);
				this.insert.addBatch();
			}
			catch (Rejected ex) {
				this.floor.rejected++;
				this.reject.setString(1, this.file);
				this.reject.setString(2, sheetName());
				this.reject.setInt(3, rowNumber);
				this.reject.setString(4, ex.column());
				this.reject.setString(5, ex.value());
				this.reject.setString(6, ex.getMessage());
				this.reject.setString(7, ex.getMessage());
				this.reject.addBatch();
				this.pendingRejects++;
			}
			if (++this.pending == BATCH) {
				flush();
			}
		}

		abstract String sheetName();

		abstract void bind(int rowNumber) throws SQLException;

		void finish() throws SQLException {
			flush();
			this.insert.close();
			this.reject.close();
		}

		private void flush() throws SQLException {
			// HSQLDB refuses to run an empty batch
			if (this.pending > this.pendingRejects) {
				this.insert.executeBatch();
			}
			if (this.pendingRejects > 0) {
				this.reject.executeBatch();
			}
			this.pendingRejects = 0;
			this.floor.connection.commit();
			this.pending = 0;
		}

		String regionCode(String header) {
			String text = text(header);
			if (text == null) {
				throw new Rejected(header, "", "required region");
			}
			return this.floor.region(text).orElseThrow(() -> new Rejected(header, text, "unknown region")).code();
		}

		void set(int index, @Nullable Object value) throws SQLException {
			TypedCells.bind(this.insert, index, value);
		}

		@Nullable String industryCodes(@Nullable String text) {
			if (text == null) {
				return null;
			}
			Set<String> codes = new LinkedHashSet<>();
			for (String part : text.split("[、,，;；/]")) {
				if (!part.isBlank()) {
					codes.add(this.floor.industry(part.trim()).industry().code());
				}
			}
			return codes.isEmpty() ? null : String.join(",", codes);
		}

		static String key(@Nullable String id, String name, LocalDate date, String region) {
			return (id != null) ? "ID|" + id : "K|" + TextNormalizer.comparisonKey(name) + "|" + date + "|" + region;
		}

	}

	/** The signed-projects sheet. */
	private static final class Projects extends Sheet {

		Projects(SchemaFloorImport floor, List<String> header, String file) throws SQLException {
			super(floor, header, file, "INSERT INTO signed_project (project_key, project_id, name, signed_date, "
					+ "region_code, investor, investor_origin_code, investor_origin_text, industry_code, industry_text, "
					+ "industry_sub_code, agreement_type, amount_wan, amount_text, currency, status, construction_date, "
					+ "production_date, funds_arrived_wan, notes, source_file, source_sheet, source_row, investor_key, "
					+ "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
		}

		@Override
		String sheetName() {
			return "签约项目";
		}

		@Override
		void bind(int rowNumber) throws SQLException {
			String id = text("项目编号");
			String name = required("项目名称");
			LocalDate signed = requiredDate("签约日期");
			String region = regionCode("落地地区");
			String investor = required("投资方");
			String industryText = required("所属产业");
			IndustryMatch industry = this.floor.industry(text("所属产业"));
			set(1, key(id, name, signed, region));
			set(2, id);
			set(3, name);
			set(4, signed);
			set(5, region);
			set(6, investor);
			set(7, this.floor.originCode(text("投资方所在地")));
			set(8, display("投资方所在地"));
			set(9, industry.industry().code());
			set(10, industryText);
			set(11, (industry.subIndustry() != null) ? industry.subIndustry().code() : null);
			set(12, vocabulary("协议类型", AgreementType.class, AgreementType.INVESTMENT).name());
			set(13, amount("协议投资额（万元）"));
			set(14, text("协议投资额（万元）"));
			set(15, "CNY");
			set(16, vocabulary("项目状态", ProjectStatus.class, ProjectStatus.SIGNED).name());
			set(17, date("开工日期"));
			set(18, date("投产日期"));
			set(19, amount("到位资金（万元）"));
			set(20, display("备注"));
			set(21, this.file);
			set(22, sheetName());
			set(23, rowNumber);
			set(24, TextNormalizer.comparisonKey(investor));
			set(25, this.now);
		}

	}

	/** The promotion-events sheet. */
	private static final class Events extends Sheet {

		Events(SchemaFloorImport floor, List<String> header, String file) throws SQLException {
			super(floor, header, file, "INSERT INTO promo_event (event_key, event_id, name, event_type, start_date, "
					+ "end_date, host_region_code, venue, target_region, organizer, attendees, enterprises, industries, "
					+ "notes, source_file, source_sheet, source_row, updated_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
		}

		@Override
		String sheetName() {
			return "招商活动";
		}

		@Override
		void bind(int rowNumber) throws SQLException {
			String id = text("活动编号");
			String name = required("活动名称");
			EventType type = vocabulary("活动类型", EventType.class, EventType.OTHER);
			LocalDate start = requiredDate("开始日期");
			LocalDate end = date("结束日期");
			String host = regionCode("主办地区");
			String industries = text("重点产业");
			set(1, key(id, name, start, host));
			set(2, id);
			set(3, name);
			set(4, type.name());
			set(5, start);
			set(6, (end != null) ? end : start);
			set(7, host);
			set(8, display("举办地点"));
			set(9, display("目标地区"));
			set(10, display("主办单位"));
			set(11, count("参会人数"));
			set(12, count("参会企业数"));
			set(13, industryCodes(industries));
			set(14, display("备注"));
			set(15, this.file);
			set(16, sheetName());
			set(17, rowNumber);
			set(18, this.now);
		}

	}

}
