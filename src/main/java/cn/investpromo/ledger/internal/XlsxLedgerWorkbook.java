package cn.investpromo.ledger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.jspecify.annotations.Nullable;

import cn.investpromo.ledger.LedgerWorkbook;
import cn.investpromo.ledger.ReadLimits;
import cn.investpromo.ledger.UnreadableFileException;
import cn.investpromo.ledger.internal.XlsxParts.SheetRef;
import cn.investpromo.ledger.internal.XlsxParts.WorkbookXml;

import static cn.investpromo.ledger.internal.XlsxFailures.describe;
import static cn.investpromo.ledger.internal.XlsxRelationships.related;
import static cn.investpromo.ledger.internal.XlsxRelationships.workbookPart;

/**
 * Streams an .xlsx or .xlsm file: POI's OPC package gives the zip's parts (read-only,
 * behind its zip-bomb guard), and every XML part is pulled with StAX by local names, so
 * that both the usual (transitional) and the Strict Open XML namespaces read the same.
 * Sheet XML is read row by row ({@link XlsxSheet}); shared strings and number formats
 * (for dates) are read without building the workbook ({@link XlsxParts}). The XML parsers
 * come from POI's {@link XMLHelper}, which refuses DTDs and external entities.
 */
public final class XlsxLedgerWorkbook implements LedgerWorkbook {

	static {
		// POI's guard is process-wide: these are fixed values, set once, never changed at
		// run time
		ZipSecureFile.setMinInflateRatio(XlsxFailures.MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(XlsxFailures.MAX_ENTRY_SIZE);
	}

	private final OPCPackage pkg;

	private final OoxmlXml xml = new OoxmlXml();

	private final XlsxCellValues values;

	private final int maxColumns;

	/** The worksheets in workbook order, still to be read. */
	private final Deque<SheetRef> sheets;

	private @Nullable XlsxSheet current;

	private XlsxLedgerWorkbook(OPCPackage pkg, int maxColumns)
			throws IOException, XMLStreamException, InvalidFormatException {
		this.pkg = pkg;
		this.maxColumns = maxColumns;
		XlsxParts parts = new XlsxParts(this.xml);
		PackagePart workbook = workbookPart(pkg);
		WorkbookXml parsed = parts.readWorkbook(workbook);
		this.sheets = new ArrayDeque<>(parsed.sheets());
		PackagePart sharedStrings = related(workbook, "/sharedStrings");
		List<String> strings = (sharedStrings != null) ? parts.readStrings(sharedStrings) : List.of();
		PackagePart styles = related(workbook, "/styles");
		XlsxNumberFormats formats = (styles != null) ? parts.readFormats(styles) : XlsxNumberFormats.NONE;
		this.values = new XlsxCellValues(strings, formats, parsed.date1904());
	}

	/** Opens the file read-only with generous limits. */
	public static XlsxLedgerWorkbook open(Path file) {
		return open(file, ReadLimits.EXCEL);
	}

	/**
	 * Opens the file read-only, turning every way it can fail into one plain line, in
	 * Chinese and English; rows are read up to {@code limits}' columns.
	 */
	public static XlsxLedgerWorkbook open(Path file, ReadLimits limits) {
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (NotOfficeXmlFileException | InvalidFormatException ex) {
			throw describe(ex, "文件已损坏（压缩包不完整或无法解压），不是有效的 .xlsx 工作簿",
					"the file is damaged (an incomplete zip that cannot be unpacked), not a valid .xlsx workbook");
		}
		catch (EncryptedDocumentException ex) {
			throw new UnreadableFileException("文件已加密，请去掉密码后再导入", "the file is encrypted: remove its password", ex);
		}
		catch (RuntimeException ex) {
			throw describe(ex, "文件已损坏，不是有效的 .xlsx 工作簿", "the file is damaged, not a valid .xlsx workbook");
		}
		try {
			return new XlsxLedgerWorkbook(pkg, limits.maxColumns());
		}
		catch (UnreadableFileException ex) {
			pkg.revert();
			throw ex;
		}
		catch (IOException | XMLStreamException | InvalidFormatException | RuntimeException ex) {
			pkg.revert();
			throw describe(ex, "工作簿结构已损坏，无法读取", "the workbook's structure is damaged and cannot be read");
		}
	}

	@Override
	public @Nullable LedgerSheet nextSheet() throws IOException {
		closeCurrent();
		SheetRef next = this.sheets.poll();
		if (next == null) {
			return null;
		}
		InputStream in;
		try {
			in = next.part().getInputStream();
		}
		catch (IOException | RuntimeException ex) {
			throw describe(ex, "工作表 " + next.name() + " 无法解压读取", "sheet " + next.name() + " cannot be unpacked");
		}
		try {
			this.current = new XlsxSheet(next.name(), in, this.xml.reader(in), this.values, this.maxColumns);
		}
		catch (XMLStreamException | RuntimeException ex) {
			in.close();
			throw describe(ex, "工作表 " + next.name() + " 的 XML 已损坏，无法解析",
					"the XML of sheet " + next.name() + " is damaged and cannot be parsed");
		}
		return this.current;
	}

	private void closeCurrent() throws IOException {
		if (this.current != null) {
			this.current.close();
			this.current = null;
		}
	}

	@Override
	public void close() throws IOException {
		try {
			closeCurrent();
		}
		finally {
			this.pkg.revert(); // read-only: never write back
		}
	}

}
