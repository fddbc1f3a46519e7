package cn.investpromo.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.FileMagic;

import cn.investpromo.ledger.internal.CsvLedgerWorkbook;
import cn.investpromo.ledger.internal.XlsLedgerWorkbook;
import cn.investpromo.ledger.internal.XlsxLedgerWorkbook;

/**
 * Opens a ledger file with the streaming reader that fits its content. The content decides, not the extension: a
 * workbook saved as .xls but named .xlsx still reads, and a PDF or text file renamed .xlsx is named for what it is.
 */
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

	/** Opens the file read-only with generous limits. */
	public static LedgerWorkbook open(Path file) {
		return open(file, ReadLimits.EXCEL);
	}

	/**
	 * Opens the file read-only.
	 * @throws UnreadableFileException with one plain line when the file is empty, too large, encrypted, corrupt or
	 * not a spreadsheet
	 */
	public static LedgerWorkbook open(Path file, ReadLimits limits) {
		long size;
		FileMagic magic;
		try {
			size = Files.size(file);
			if (size == 0) {
				throw new UnreadableFileException("文件为空（0 字节）");
			}
			if (size > limits.maxFileBytes()) {
				throw new UnreadableFileException(String.format("文件大小 %.1f MB 超过上限 %d MB（investpromo.max-file-size-mb），已拒绝",
						size / 1048576.0, limits.maxFileBytes() / 1048576));
			}
			try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
				magic = FileMagic.valueOf(in);
			}
		}
		catch (IOException ex) {
			throw new UnreadableFileException("文件无法打开：" + ex.getMessage(), ex);
		}
		boolean csvName = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
		return switch (magic) {
			case OOXML -> XlsxLedgerWorkbook.open(file, limits);
			case OLE2 -> XlsLedgerWorkbook.open(file, limits);
			case BIFF2, BIFF3, BIFF4 -> throw new UnreadableFileException(
					"Excel 4.0 或更早的工作簿格式无法读取，请在 Excel 中另存为 .xlsx");
			case PDF -> throw new UnreadableFileException("不是电子表格：文件内容是 PDF 文档");
			default -> {
				if (csvName) {
					yield CsvLedgerWorkbook.open(file, limits);
				}
				throw new UnreadableFileException("不是电子表格：内容既不是 .xlsx 也不是 .xls（可能只是改了扩展名）");
			}
		};
	}

}
