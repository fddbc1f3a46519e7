package cn.investpromo.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.investpromo.ledger.LedgerWorkbook.LedgerSheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading ahead changes nothing but the thread that parses: the same rows in the same
 * order, a sheet left half-read for the next one, and the file's own failures, as the
 * workbook underneath gives them.
 */
class ReadAheadWorkbookTests {

	@TempDir
	Path work;

	@Test
	void givesEveryRowOfEverySheetInOrderAsTheReaderUnderneath() throws IOException {
		// given: two sheets, each longer than what is read directly
		Path file = workbook(2_000, 700);
		// when
		List<List<RawRow>> ahead = readAll(LedgerWorkbooks.open(file));
		List<List<RawRow>> direct;
		try (LedgerWorkbook opened = LedgerWorkbooks.open(file)) {
			direct = readAll(((ReadAheadWorkbook) opened).reader());
		}
		// then
		assertThat(ahead).hasSize(2);
		assertThat(ahead.get(0)).hasSize(2_000).isEqualTo(direct.get(0));
		assertThat(ahead.get(1)).hasSize(700).isEqualTo(direct.get(1));
		assertThat(ahead.get(1).get(699).cells()).containsExactly("B700", "700");
	}

	@Test
	void aSheetLeftHalfReadGivesWayToTheNextOne() throws IOException {
		// given
		Path file = workbook(5_000, 300);
		try (LedgerWorkbook workbook = LedgerWorkbooks.open(file)) {
			LedgerSheet first = workbook.nextSheet();
			for (int i = 0; i < ReadAheadWorkbook.READ_DIRECTLY + 10; i++) {
				first.nextRow();
			}
			// when
			LedgerSheet second = workbook.nextSheet();
			// then
			assertThat(second.name()).isEqualTo("B");
			assertThat(second.nextRow().cells()).containsExactly("B1", "1");
			int rows = 1;
			while (second.nextRow() != null) {
				rows++;
			}
			assertThat(rows).isEqualTo(300);
			assertThat(workbook.nextSheet()).isNull();
		}
	}

	@Test
	void aFailureWhileReadingAheadComesOutWhereTheRowWouldHave() throws IOException {
		// given: a sheet whose 100th row the file cannot give
		LedgerWorkbook failing = new LedgerWorkbook() {
			private boolean given;

			@Override
			public LedgerSheet nextSheet() {
				if (this.given) {
					return null;
				}
				this.given = true;
				return new LedgerSheet() {
					private int row;

					@Override
					public String name() {
						return "S";
					}

					@Override
					public RawRow nextRow() throws IOException {
						if (++this.row == 100) {
							throw new IOException("damaged at row 100");
						}
						return new RawRow(this.row, List.of("r" + this.row));
					}
				};
			}

			@Override
			public void close() {
			}
		};
		try (LedgerWorkbook workbook = new ReadAheadWorkbook(failing)) {
			LedgerSheet sheet = workbook.nextSheet();
			// when
			for (int i = 1; i < 100; i++) {
				assertThat(sheet.nextRow().number()).isEqualTo(i);
			}
			// then
			assertThatThrownBy(sheet::nextRow).isInstanceOf(IOException.class).hasMessage("damaged at row 100");
			assertThat(sheet.nextRow()).isNull();
		}
	}

	private Path workbook(int first, int second) throws IOException {
		Path file = this.work.resolve("ledger.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			for (String name : List.of("A", "B")) {
				Sheet sheet = workbook.createSheet(name);
				int rows = name.equals("A") ? first : second;
				for (int r = 0; r < rows; r++) {
					Row row = sheet.createRow(r);
					row.createCell(0).setCellValue(name + (r + 1));
					row.createCell(1).setCellValue(r + 1);
				}
			}
			workbook.write(out);
		}
		return file;
	}

	private static List<List<RawRow>> readAll(LedgerWorkbook workbook) throws IOException {
		List<List<RawRow>> sheets = new ArrayList<>();
		try (workbook) {
			LedgerSheet sheet;
			while ((sheet = workbook.nextSheet()) != null) {
				List<RawRow> rows = new ArrayList<>();
				RawRow row;
				while ((row = sheet.nextRow()) != null) {
					rows.add(row);
				}
				sheets.add(rows);
			}
		}
		return sheets;
	}

}
