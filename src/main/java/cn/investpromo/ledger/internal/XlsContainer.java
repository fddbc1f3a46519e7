package cn.investpromo.ledger.internal;

import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.WriteProtectRecord;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.Entry;
import org.jspecify.annotations.Nullable;

import cn.investpromo.ledger.UnreadableFileException;

/**
 * What the OLE2 container of an .xls says before any record is parsed: which stream is
 * the workbook, whether it is Excel 97 or later, whether it is encrypted.
 */
final class XlsContainer {

	private XlsContainer() {
	}

	/**
	 * The name of the workbook stream of a readable BIFF8 workbook.
	 * @throws UnreadableFileException when it is encrypted, another Office document, an
	 * Excel 5.0/95 workbook or not a workbook stream at all
	 */
	static String workbookStream(DirectoryNode root) throws IOException {
		if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
			// an encrypted .xlsx is an OLE2 container holding the encrypted package
			throw encrypted(null);
		}
		String name = streamName(root);
		if (name == null) {
			throw new UnreadableFileException("不是电子表格：这是其他 Office 文档（如 Word），不是 Excel 工作簿",
					"not a spreadsheet: another Office document (such as Word), not an Excel workbook");
		}
		int version = bofVersion(root, name);
		if (version < 0 || version > BOFRecord.VERSION) {
			throw new UnreadableFileException("文件已损坏，工作簿流不以 Excel 的文件头开始",
					"the file is damaged: its workbook stream does not start as Excel's do");
		}
		if (version < BOFRecord.VERSION) {
			throw excel95(null);
		}
		if (filePass(root, name)) {
			// even one protected with Excel's default password: POI's decryption of those
			// gives garbage here
			throw encrypted(null);
		}
		return name;
	}

	/**
	 * The workbook stream: {@code Workbook} as Excel 97 and later name it, in any
	 * capitalisation (report writers write {@code WORKBOOK} or {@code BOOK}), else
	 * {@code Book}, the name Excel 5.0/95 used.
	 */
	private static @Nullable String streamName(DirectoryNode root) {
		String book = null;
		for (Entry entry : root) {
			if (!(entry instanceof DocumentEntry)) {
				continue;
			}
			if (entry.getName().equalsIgnoreCase("Workbook")) {
				return entry.getName();
			}
			if (entry.getName().equalsIgnoreCase("Book")) {
				book = entry.getName();
			}
		}
		return book;
	}

	/**
	 * The BIFF version of the stream's first record, its BOF: 0x0600 for Excel 97 and
	 * later (BIFF8), 0x0500 for Excel 5.0/95; -1 when the stream does not start with a
	 * BOF record at all.
	 */
	private static int bofVersion(DirectoryNode root, String stream) throws IOException {
		try (InputStream in = root.createDocumentInputStream(stream)) {
			byte[] bof = in.readNBytes(6);
			int sid = (bof.length == 6) ? (bof[0] & 0xFF) | (bof[1] & 0xFF) << 8 : -1;
			return (sid == BOFRecord.sid) ? (bof[4] & 0xFF) | (bof[5] & 0xFF) << 8 : -1;
		}
	}

	/**
	 * Whether the stream is encrypted: a FILEPASS record follows the first BOF, after a
	 * WRITEPROTECT if there is one (where Excel writes them).
	 */
	private static boolean filePass(DirectoryNode root, String stream) throws IOException {
		try (InputStream in = root.createDocumentInputStream(stream)) {
			for (int record = 0; record < 3; record++) {
				byte[] header = in.readNBytes(4);
				if (header.length < 4) {
					return false;
				}
				int sid = (header[0] & 0xFF) | (header[1] & 0xFF) << 8;
				int length = (header[2] & 0xFF) | (header[3] & 0xFF) << 8;
				if (sid == FilePassRecord.sid) {
					return true;
				}
				if ((record == 0) ? sid != BOFRecord.sid : sid != WriteProtectRecord.sid) {
					return false;
				}
				if (in.skip(length) != length) {
					return false;
				}
			}
			return false;
		}
	}

	static UnreadableFileException encrypted(@Nullable Throwable cause) {
		String zh = "文件已加密，请去掉密码后再导入";
		String en = "the file is encrypted: remove its password";
		return (cause != null) ? new UnreadableFileException(zh, en, cause) : new UnreadableFileException(zh, en);
	}

	static UnreadableFileException excel95(@Nullable Throwable cause) {
		String zh = "Excel 5.0/95 工作簿格式无法读取，请在 Excel 中另存为 .xlsx";
		String en = "an Excel 5.0/95 workbook cannot be read: open it in Excel and save it as .xlsx";
		return (cause != null) ? new UnreadableFileException(zh, en, cause) : new UnreadableFileException(zh, en);
	}

	static UnreadableFileException damaged(Throwable cause) {
		return new UnreadableFileException("文件已损坏，无法作为 .xls 工作簿读取",
				"the file is damaged and cannot be read as an .xls workbook", cause);
	}

}
