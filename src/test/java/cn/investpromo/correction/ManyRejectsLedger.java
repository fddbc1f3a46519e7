package cn.investpromo.correction;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.investpromo.ledger.ReadLimits;
import cn.investpromo.store.LedgerStore.StoredReject;

/**
 * A signed-projects ledger in which every other row has an unreadable date, written with
 * POI's streaming API, and the rejects the store gives for it; run as a main class, it
 * writes the ledger's corrections workbook ({@code <ledger> <target> <rows>}).
 */
final class ManyRejectsLedger {

	static final String SHEET = "签约项目";

	static final String BAD_DATE = "某日";

	static final String REASON = "日期无法识别：" + BAD_DATE;

	/** The title row, then the header row: data rows start at row 3. */
	static final int HEADER_ROW = 2;

	static final String[] HEADERS = { "项目编号", "项目名称", "签约日期", "落地地区", "投资方", "所属产业", "协议投资额（万元）" };

	private ManyRejectsLedger() {
	}

	/** Whether data row {@code i} (1-based) is rejected. */
	static boolean rejected(int i) {
		return i % 2 == 0;
	}

	static Path write(Path file, int rows) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		try {
			Sheet sheet = workbook.createSheet(SHEET);
			sheet.createRow(0).createCell(0).setCellValue("招远市2019年签约项目台账");
			Row header = sheet.createRow(HEADER_ROW - 1);
			for (int i = 0; i < HEADERS.length; i++) {
				header.createCell(i).setCellValue(HEADERS[i]);
			}
			for (int i = 1; i <= rows; i++) {
				Row row = sheet.createRow(HEADER_ROW - 1 + i);
				row.createCell(0).setCellValue(String.format("G-%06d", i));
				row.createCell(1).setCellValue("生成项目" + i);
				row.createCell(2).setCellValue(rejected(i) ? BAD_DATE : "2019-07-" + (10 + i % 18));
				row.createCell(3).setCellValue("夏甸镇");
				row.createCell(4).setCellValue("投资企业" + (i % 997));
				row.createCell(5).setCellValue("黄金深加工");
				row.createCell(6).setCellValue(100 + (i % 1000));
			}
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

	/** The rejects of the ledger as the import stores them, in row order. */
	static List<StoredReject> rejects(int rows) {
		List<StoredReject> rejects = new ArrayList<>();
		for (int i = 1; i <= rows; i++) {
			if (rejected(i)) {
				rejects.add(new StoredReject(SHEET, HEADER_ROW + i, "签约日期", BAD_DATE, REASON,
						"date not recognised: " + BAD_DATE));
			}
		}
		return rejects;
	}

	public static void main(String[] args) throws IOException {
		int rows = Integer.parseInt(args[2]);
		CorrectionsWorkbooks.write(Path.of(args[0]), rejects(rows), Map.of(SHEET, HEADER_ROW),
				Map.of(SHEET, HEADERS.length), Path.of(args[1]), false, new ReadLimits(500, 2_000_000, 1L << 30));
		System.out.println("written");
	}

}
