package cn.investpromo.ledger.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;

import cn.investpromo.ledger.LedgerWorkbook;
import cn.investpromo.ledger.ReadLimits;
import cn.investpromo.ledger.UnreadableFileException;

/**
 * Streams a legacy .xls (BIFF8) workbook with POI's HSSF records, pulling them one by one
 * from the Workbook stream (named in any capitalisation, or {@code Book} as some report
 * writers name it, {@link XlsContainer}): shared strings, number formats (for dates) and
 * sheet names come from the workbook globals, then each worksheet's cell records are
 * gathered into rows ({@link XlsSheet}). Formulas are read through their cached results;
 * hidden columns are left blank. The file is opened read-only and never loaded as a whole
 * workbook.
 *
 * <p>
 * Records are framed by their own lengths, as xlrd does ({@link BiffRecords}): a cell
 * record that cannot be parsed (or a text cell pointing past the shared strings) makes
 * its row a damaged row, rejected with its reason while the rest is read. Only when the
 * stream cannot be followed is the file refused. An encrypted workbook (a FILEPASS record
 * after the first BOF) is refused as such.
 */
public final class XlsLedgerWorkbook implements LedgerWorkbook {

	private final POIFSFileSystem fs;

	private final BiffRecords records;

	private final int maxColumns;

	private final List<String> sheetNames;

	private final XlsCellValues values;

	private int sheetIndex = -1;

	private @Nullable XlsSheet current;

	private XlsLedgerWorkbook(POIFSFileSystem fs, BiffRecords records, int maxColumns) {
		this.fs = fs;
		this.records = records;
		this.maxColumns = maxColumns;
		XlsGlobals globals = XlsGlobals.read(records);
		this.sheetNames = globals.sheetNames();
		this.values = globals.values();
	}

	/**
	 * Opens the OLE2 file read-only, turning every way it can fail into one plain line,
	 * in Chinese and English; rows are read up to {@code limits}' columns.
	 */
	public static XlsLedgerWorkbook open(Path file, ReadLimits limits) {
		POIFSFileSystem fs;
		try {
			fs = new POIFSFileSystem(file.toFile(), true);
		}
		catch (IOException | RuntimeException ex) {
			throw XlsContainer.damaged(ex);
		}
		try {
			DirectoryNode root = fs.getRoot();
			String name = XlsContainer.workbookStream(root);
			return new XlsLedgerWorkbook(fs, new BiffRecords(root.createDocumentInputStream(name)),
					limits.maxColumns());
		}
		catch (EncryptedDocumentException ex) {
			close(fs);
			throw XlsContainer.encrypted(ex);
		}
		catch (OldExcelFormatException ex) {
			close(fs);
			throw XlsContainer.excel95(ex);
		}
		catch (UnreadableFileException ex) {
			close(fs);
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			close(fs);
			throw XlsContainer.damaged(ex);
		}
	}

	private static void close(POIFSFileSystem fs) {
		try {
			fs.close();
		}
		catch (IOException ex) {
			// already failing: the first cause is the one to report
		}
	}

	@Override
	public @Nullable LedgerSheet nextSheet() throws IOException {
		if (this.current != null) {
			this.current.skipRest();
			this.current = null;
		}
		Object record;
		while ((record = this.records.nextSubstream()) != null) {
			if (record instanceof BOFRecord bof) {
				this.sheetIndex++;
				String name = (this.sheetIndex < this.sheetNames.size()) ? this.sheetNames.get(this.sheetIndex)
						: "Sheet" + (this.sheetIndex + 1);
				if (bof.getType() == BOFRecord.TYPE_WORKSHEET) {
					this.current = new XlsSheet(name, this.records, this.values, this.maxColumns);
					return this.current;
				}
				this.records.skipSubstream(); // chart sheets, macro sheets
			}
		}
		if (this.records.exhausted() && this.sheetIndex + 1 < this.sheetNames.size()) {
			// the stream ended inside a record before sheets the workbook lists: they are
			// lost, not empty
			String missing = this.sheetNames.get(this.sheetIndex + 1);
			throw new UnreadableFileException("文件不完整：工作簿在工作表 " + missing + " 之前就结束了",
					"the file is incomplete: the workbook ends before sheet " + missing);
		}
		return null;
	}

	@Override
	public void close() throws IOException {
		try {
			this.records.close();
		}
		finally {
			this.fs.close();
		}
	}

}
