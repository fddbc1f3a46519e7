package cn.investpromo.ledger.internal;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import cn.investpromo.ledger.UnreadableFileException;

/**
 * The plain line for an .xlsx that cannot be read, and the zip-bomb guard's limits: the
 * causes a library reports in its own words (zip bombs, too many parts, a part Excel did
 * not write, XML entities) are named as such, anything else as the caller's own words.
 */
final class XlsxFailures {

	/**
	 * Sheet XML compresses 5 to 20 times; an entry expanding more than 100 times is a zip
	 * bomb, not a ledger.
	 */
	static final double MIN_INFLATE_RATIO = 0.01;

	/**
	 * 2 GB of XML is far beyond any ledger (2 million rows); larger entries are refused
	 * before being inflated.
	 */
	static final long MAX_ENTRY_SIZE = 2L << 30;

	private XlsxFailures() {
	}

	static UnreadableFileException describe(Throwable ex, String otherwiseZh, String otherwiseEn) {
		if (ex instanceof UnreadableFileException unreadable) {
			return unreadable;
		}
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.contains("Zip bomb") || message.contains("max. ratio")) {
				return new UnreadableFileException("疑似压缩炸弹（zip bomb）：解压后的数据量与压缩比异常，已拒绝读取",
						"suspected zip bomb: the unpacked size and compression ratio are abnormal", ex);
			}
			if (message.contains("MAX_FILE_COUNT")) {
				return new UnreadableFileException("压缩包中的部件超过 " + ZipSecureFile.getMaxFileCount() + " 个（读取的安全上限），已拒绝读取",
						"the workbook's zip holds more than " + ZipSecureFile.getMaxFileCount()
								+ " parts (the safety limit for reading)",
						ex);
			}
			if (message.contains("exceeds the max") || message.contains("MAX_ENTRY_SIZE")) {
				return new UnreadableFileException("压缩包中的条目过大（超过 " + (MAX_ENTRY_SIZE >> 30) + " GB），疑似压缩炸弹，已拒绝读取",
						"an entry of the zip is larger than " + (MAX_ENTRY_SIZE >> 30) + " GB: a suspected zip bomb",
						ex);
			}
			if (message.contains("does not have any content type")) {
				String part = message.replaceFirst("^The part (\\S+) .*$", "$1");
				return new UnreadableFileException(
						"压缩包中有不属于工作簿的文件 " + part + "（没有登记内容类型，多为在 Mac 上重新压缩所致），请在 Excel 中打开后另存再导入",
						"the zip holds a file that is not part of the workbook, " + part
								+ " (no content type; usually re-zipped on a Mac): open and save it again in Excel",
						ex);
			}
			if (message.contains("DOCTYPE") || message.contains("entity") || message.contains("DTD")) {
				return new UnreadableFileException("XML 含 DTD 或外部实体声明，出于安全原因拒绝读取",
						"the XML declares a DTD or external entities, refused for safety", ex);
			}
		}
		return new UnreadableFileException(otherwiseZh, otherwiseEn, ex);
	}

}
