package cn.investpromo.ledger;

import java.nio.file.Path;
import java.util.Locale;

import cn.investpromo.ledger.internal.CsvLedgerWorkbook;
import cn.investpromo.ledger.internal.XlsxLedgerWorkbook;

/** Opens a ledger file with the streaming reader that fits its format. */
public final class LedgerWorkbooks {

	private LedgerWorkbooks() {
	}

	/** Whether the file name has an extension the importer reads (SPEC §2.1). */
	public static boolean isLedgerFile(Path file) {
		String name = file.getFileName().toString();
		if (name.startsWith("~$") || name.startsWith(".")) {
			return false; // Office lock files and hidden files
		}
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".csv");
	}

	/** Opens the file read-only. */
	public static LedgerWorkbook open(Path file) {
		String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (lower.endsWith(".csv")) {
			return CsvLedgerWorkbook.open(file);
		}
		if (lower.endsWith(".xls")) {
			throw new UnreadableFileException("旧版 .xls 格式暂不支持，请在 Excel 中另存为 .xlsx");
		}
		return XlsxLedgerWorkbook.open(file);
	}

}
