package cn.investpromo.job;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A generated signed-projects ledger of any size for 招远市, written with POI's streaming
 * API: every 500th row has an unreadable date (a reject), the rest spread
 * deterministically over 2019's months, towns and industries.
 */
final class LargeLedger {

	private static final String[] TOWNS = { "夏甸镇", "玲珑镇", "招远经济技术开发区", "金岭镇", "辛庄镇" };

	private static final String[] INDUSTRIES = { "黄金深加工", "集成电路", "新材料", "生物医药", "食品加工" };

	private LargeLedger() {
	}

	/** Writes {@code rows} project rows to {@code file}; returns the file. */
	static Path write(Path file, int rows) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		try {
			Sheet sheet = workbook.createSheet("签约项目");
			sheet.createRow(0).createCell(0).setCellValue("招远市2019年签约项目台账");
			String[] headers = { "项目编号", "项目名称", "签约日期", "落地地区", "投资方", "所属产业", "协议投资额（万元）" };
			Row header = sheet.createRow(1);
			for (int i = 0; i < headers.length; i++) {
				header.createCell(i).setCellValue(headers[i]);
			}
			for (int i = 1; i <= rows; i++) {
				Row row = sheet.createRow(i + 1);
				LocalDate signed = LocalDate.of(2019, 1 + (i % 12), 1 + (i % 28));
				row.createCell(0).setCellValue(String.format("G-%06d", i));
				row.createCell(1).setCellValue("生成项目" + i);
				row.createCell(2).setCellValue((i % 500 == 0) ? "某日" : signed.toString());
				row.createCell(3).setCellValue(TOWNS[i % TOWNS.length]);
				row.createCell(4).setCellValue("投资企业" + (i % 997));
				row.createCell(5).setCellValue(INDUSTRIES[(i / 7) % INDUSTRIES.length]);
				row.createCell(6).setCellValue(100 + (i % 1000));
			}
			Files.createDirectories(file.getParent());
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
		return file;
	}

	/**
	 * Writes a ledger from the command line, for trying things by hand:
	 * {@code LargeLedger <file> <rows>}.
	 */
	public static void main(String[] args) throws IOException {
		write(Path.of(args[0]), Integer.parseInt(args[1]));
	}

}
