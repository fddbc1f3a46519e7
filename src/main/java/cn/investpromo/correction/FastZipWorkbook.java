package cn.investpromo.correction;

import java.io.OutputStream;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming workbook zipped at the fastest deflate level: a corrections workbook is a
 * working copy the clerk fixes and puts back, so a slightly larger file is worth writing
 * a million-row ledger in a fraction of the time the default level takes.
 */
final class FastZipWorkbook extends SXSSFWorkbook {

	FastZipWorkbook(int rowAccessWindowSize) {
		super(rowAccessWindowSize);
	}

	@Override
	protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
		ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
		zip.setLevel(Deflater.BEST_SPEED);
		return zip;
	}

}
