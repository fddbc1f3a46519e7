package cn.investpromo.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import cn.investpromo.event.EventType;
import cn.investpromo.project.AgreementType;
import cn.investpromo.project.ProjectStatus;
import cn.investpromo.value.FxRates;

/**
 * The benchmark's floor (SPEC §8, issue 24): the least any program must do to load the
 * benchmark's .xlsx ledgers. The JDK's zip and StAX read the sheet ({@link XlsxRows});
 * every cell is typed by SPEC §2.4 ({@link TypedCells}: dates, amounts in 万元, counts,
 * vocabularies, required cells; a cell that does not read makes its row a reject); the
 * typed rows, rejects included, are batch-inserted into one table of a fresh HSQLDB file
 * database with nothing but a primary key, committed every 500 rows. No framework, no
 * region or industry lookup, no normal forms or keys, no secondary index: what the
 * product does beyond this is its design's cost, which {@link SchemaFloorImport} shows a
 * part of.
 * <p>
 * {@code FloorImport <database folder> <ledger.xlsx>…}; prints
 * {@code floor: N row(s) read, A accepted, R rejected}.
 */
public final class FloorImport {

	private static final int BATCH = 500;

	private static final String TEXT = "VARCHAR(32767)";

	private static final List<String> COLUMNS = List.of("row_id BIGINT PRIMARY KEY", "kind CHAR(1) NOT NULL",
			"source_file " + TEXT + " NOT NULL", "source_row INTEGER NOT NULL", "ledger_id " + TEXT, "name " + TEXT,
			"category VARCHAR(20)", "day DATE", "end_day DATE", "region " + TEXT, "investor " + TEXT, "origin " + TEXT,
			"industry " + TEXT, "amount_wan DECIMAL(24,6)", "status VARCHAR(20)", "construction_date DATE",
			"production_date DATE", "funds_wan DECIMAL(24,6)", "venue " + TEXT, "organizer " + TEXT,
			"attendees INTEGER", "enterprises INTEGER", "notes " + TEXT, "reason " + TEXT);

	private final Connection connection;

	private final PreparedStatement insert;

	private final FxRates rates = FxRates.defaults();

	private final XlsxRows rows = new XlsxRows();

	private long read;

	private long rejected;

	private int pending;

	private FloorImport(Connection connection) throws SQLException {
		this.connection = connection;
		this.insert = connection
			.prepareStatement("INSERT INTO ledger_row VALUES (?" + ", ?".repeat(COLUMNS.size() - 1) + ")");
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		Files.createDirectories(folder);
		String url = "jdbc:hsqldb:file:" + folder.resolve("floor")
				+ ";hsqldb.default_table_type=cached;hsqldb.tx=mvcc;shutdown=true";
		try (Connection connection = DriverManager.getConnection(url, "SA", "")) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE ledger_row (" + String.join(", ", COLUMNS) + ")");
			}
			connection.setAutoCommit(false);
			FloorImport floor = new FloorImport(connection);
			for (int i = 1; i < args.length; i++) {
				floor.load(Path.of(args[i]));
			}
			floor.flush();
			try (Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN");
			}
			System.out.printf("floor: %d row(s) read, %d accepted, %d rejected%n", floor.read,
					floor.read - floor.rejected, floor.rejected);
		}
	}

	private void load(Path file) throws Exception {
		String name = file.getFileName().toString();
		TypedCells[] sheet = new TypedCells[1];
		this.rows.read(file, (rowNumber, cells) -> {
			if (rowNumber == 1) {
				return; // the title
			}
			if (sheet[0] == null) {
				sheet[0] = cells.contains("签约日期") ? new Projects(cells, this.rates) : new Events(cells, this.rates);
				return;
			}
			row(sheet[0], name, rowNumber, cells);
		});
	}

	private void row(TypedCells sheet, String file, int rowNumber, List<String> cells) throws SQLException {
		this.read++;
		sheet.use(cells);
		Object[] values = new Object[COLUMNS.size()];
		values[0] = this.read;
		values[2] = file;
		values[3] = rowNumber;
		try {
			((Typing) sheet).type(values);
		}
		catch (TypedCells.Rejected ex) {
			this.rejected++;
			values = new Object[COLUMNS.size()];
			values[0] = this.read;
			values[1] = "R";
			values[2] = file;
			values[3] = rowNumber;
			values[5] = ex.column();
			values[22] = ex.value();
			values[23] = ex.getMessage();
		}
		for (int i = 0; i < values.length; i++) {
			TypedCells.bind(this.insert, i + 1, values[i]);
		}
		this.insert.addBatch();
		if (++this.pending == BATCH) {
			flush();
		}
	}

	private void flush() throws SQLException {
		if (this.pending > 0) {
			this.insert.executeBatch();
			this.connection.commit();
			this.pending = 0;
		}
	}

	/** A sheet kind's typing of its row into the table's columns (0-based). */
	private interface Typing {

		void type(Object[] values);

	}

	/** The signed-projects sheet, typed. */
	private static final class Projects extends TypedCells implements Typing {

		Projects(List<String> header, FxRates rates) {
			super(header, rates);
		}

		@Override
		public void type(Object[] values) {
			values[1] = "P";
			values[4] = display("项目编号");
			values[5] = required("项目名称");
			values[7] = requiredDate("签约日期");
			values[9] = required("落地地区");
			values[10] = required("投资方");
			values[11] = display("投资方所在地");
			values[12] = required("所属产业");
			values[6] = vocabulary("协议类型", AgreementType.class, AgreementType.INVESTMENT).name();
			values[13] = amount("协议投资额（万元）");
			values[14] = vocabulary("项目状态", ProjectStatus.class, ProjectStatus.SIGNED).name();
			values[15] = date("开工日期");
			values[16] = date("投产日期");
			values[17] = amount("到位资金（万元）");
			values[22] = display("备注");
		}

	}

	/** The promotion-events sheet, typed. */
	private static final class Events extends TypedCells implements Typing {

		Events(List<String> header, FxRates rates) {
			super(header, rates);
		}

		@Override
		public void type(Object[] values) {
			values[1] = "E";
			values[4] = display("活动编号");
			values[5] = required("活动名称");
			values[6] = vocabulary("活动类型", EventType.class, EventType.OTHER).name();
			values[7] = requiredDate("开始日期");
			values[8] = date("结束日期");
			values[9] = required("主办地区");
			values[11] = display("目标地区");
			values[12] = display("重点产业");
			values[18] = display("举办地点");
			values[19] = display("主办单位");
			values[20] = count("参会人数");
			values[21] = count("参会企业数");
			values[22] = display("备注");
		}

	}

}
