package cn.investpromo.ledger.internal;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.jspecify.annotations.Nullable;

import cn.investpromo.ledger.UnreadableFileException;

/**
 * Finds an .xlsx package's workbook part, and the parts it relates to, through the
 * package's relationships.
 */
final class XlsxRelationships {

	private XlsxRelationships() {
	}

	/**
	 * The workbook part, in the usual or the Strict Open XML relationship; anything else
	 * is not a workbook.
	 */
	static PackagePart workbookPart(OPCPackage pkg) throws InvalidFormatException {
		PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
		if (rels.size() == 0) {
			rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
		}
		PackagePart part = (rels.size() > 0) ? pkg.getPart(rels.getRelationship(0)) : null;
		if (part != null && part.getContentType().contains("sheet.binary")) {
			throw new UnreadableFileException("这是 Excel 二进制工作簿（.xlsb），无法读取，请在 Excel 中另存为 .xlsx",
					"an Excel binary workbook (.xlsb) cannot be read: save it as .xlsx in Excel");
		}
		if (part == null || !part.getContentType().contains("sheet")) {
			throw new UnreadableFileException("不是电子表格：这是其他 Office 文档（如 Word）或普通压缩包，不是 Excel 工作簿",
					"not a spreadsheet: another Office document (such as Word) or a plain zip, not an Excel workbook");
		}
		return part;
	}

	/**
	 * The part a relationship of {@code type} (its last path segment, any namespace)
	 * points to, if any.
	 */
	static @Nullable PackagePart related(PackagePart from, String type) throws InvalidFormatException {
		for (PackageRelationship rel : from.getRelationships()) {
			if (rel.getRelationshipType().endsWith(type) && rel.getTargetMode() != TargetMode.EXTERNAL) {
				return from.getRelatedPart(rel);
			}
		}
		return null;
	}

}
