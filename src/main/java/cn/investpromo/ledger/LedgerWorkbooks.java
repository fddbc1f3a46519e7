package cn.investpromo.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.jspecify.annotations.Nullable;

import cn.investpromo.ledger.internal.CsvLedgerWorkbook;
import cn.investpromo.ledger.internal.XlsLedgerWorkbook;
import cn.investpromo.ledger.internal.XlsxLedgerWorkbook;

/**
 * Opens a ledger file with the streaming reader that fits its content. The content
 * decides, not the extension: a workbook saved as .xls but named .xlsx still reads, and a
 * PDF or text file renamed .xlsx is named for what it is.
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
		// .xlsm is an .xlsx with macros, which are never run: its sheets read the same
		return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls") || lower.endsWith(".csv");
	}

	/** Opens the file read-only with generous limits. */
	public static LedgerWorkbook open(Path file) {
		return open(file, ReadLimits.EXCEL);
	}

	/**
	 * Opens the file read-only.
	 * @throws UnreadableFileException with one plain line when the file is empty, too
	 * large, encrypted, corrupt or not a spreadsheet
	 */
	public static LedgerWorkbook open(Path file, ReadLimits limits) {
		long size;
		FileMagic magic;
		byte[] head;
		try {
			size = Files.size(file);
			if (size == 0) {
				throw new UnreadableFileException("文件为空（0 字节）", "the file is empty (0 bytes)");
			}
			if (size > limits.maxFileBytes()) {
				throw new UnreadableFileException(
						String.format("文件大小 %.1f MB 超过上限 %d MB（investpromo.max-file-size-mb），已拒绝", size / 1048576.0,
								limits.maxFileBytes() / 1048576),
						String.format("the file's %.1f MB exceed the limit of %d MB (investpromo.max-file-size-mb)",
								size / 1048576.0, limits.maxFileBytes() / 1048576));
			}
			try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
				in.mark(8);
				head = in.readNBytes(4);
				in.reset();
				magic = FileMagic.valueOf(in);
			}
		}
		catch (IOException ex) {
			throw new UnreadableFileException("文件无法打开", "the file cannot be opened", ex);
		}
		boolean csvName = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
		String oldBiff = oldBiff(head);
		if (oldBiff != null && magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
			throw new UnreadableFileException(oldBiff + " 格式无法读取，请在 Excel 中另存为 .xlsx",
					"an " + oldBiff + " file cannot be read: open it in Excel and save it as .xlsx");
		}
		LedgerWorkbook opened = switch (magic) {
			case OOXML -> XlsxLedgerWorkbook.open(file, limits);
			case OLE2 -> XlsLedgerWorkbook.open(file, limits);
			case PDF -> throw new UnreadableFileException("不是电子表格：文件内容是 PDF 文档",
					"not a spreadsheet: the file is a PDF document");
			default -> {
				if (csvName) {
					yield CsvLedgerWorkbook.open(file, limits);
				}
				throw new UnreadableFileException("不是电子表格：内容既不是 .xlsx 也不是 .xls（可能只是改了扩展名）",
						"not a spreadsheet: the content is neither .xlsx nor .xls (perhaps only renamed)");
			}
		};
		// parsing on a second core while the caller stores the rows already parsed
		return new ReadAheadWorkbook(opened);
	}

	/**
	 * The pre-1997 Excel format a file starts with, if any: a bare BIFF stream begins
	 * with its BOF record, whose type tells the version (0x0009 Excel 2.x, 0x0209 Excel
	 * 3.0, 0x0409 Excel 4.0, 0x0809 Excel 5.0 and later without the OLE container Excel
	 * always writes around it).
	 */
	static @Nullable String oldBiff(byte[] head) {
		if (head.length < 4 || (head[0] & 0xFF) != 0x09) {
			return null;
		}
		return switch (head[1] & 0xFF) {
			case 0x00 -> "Excel 2.x";
			case 0x02 -> "Excel 3.0";
			case 0x04 -> "Excel 4.0";
			case 0x08 -> "Excel 5.0/95 (BIFF)";
			default -> null;
		};
	}

}
