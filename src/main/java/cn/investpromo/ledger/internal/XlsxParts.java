package cn.investpromo.ledger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.jspecify.annotations.Nullable;

import static cn.investpromo.ledger.internal.OoxmlXml.integer;
import static cn.investpromo.ledger.internal.OoxmlXml.noDtd;

/**
 * The workbook-wide parts of an .xlsx, read once when it opens: the sheets and date
 * system (workbook.xml), the shared strings and the number formats of the cell styles.
 */
final class XlsxParts {

	private final OoxmlXml xml;

	XlsxParts(OoxmlXml xml) {
		this.xml = xml;
	}

	/** A worksheet: its name and its part. */
	record SheetRef(String name, PackagePart part) {
	}

	/** What workbook.xml says. */
	record WorkbookXml(List<SheetRef> sheets, boolean date1904) {
	}

	/**
	 * Sheet names in workbook order and the date system, from workbook.xml; chart and
	 * macro sheets are left out.
	 */
	WorkbookXml readWorkbook(PackagePart workbook) throws IOException, XMLStreamException, InvalidFormatException {
		List<SheetRef> sheets = new ArrayList<>();
		boolean date1904 = false;
		try (InputStream in = workbook.getInputStream()) {
			XMLStreamReader xml = this.xml.reader(in);
			while (xml.hasNext()) {
				if (noDtd(xml.next()) != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				if ("workbookPr".equals(xml.getLocalName())) {
					String value = xml.getAttributeValue(null, "date1904");
					date1904 = "1".equals(value) || "true".equals(value);
				}
				else if ("sheet".equals(xml.getLocalName())) {
					String name = xml.getAttributeValue(null, "name");
					String id = relationshipId(xml);
					PackageRelationship rel = (id != null) ? workbook.getRelationship(id) : null;
					if (name != null && rel != null && rel.getRelationshipType().endsWith("/worksheet")
							&& rel.getTargetMode() != TargetMode.EXTERNAL) {
						PackagePart part = workbook.getRelatedPart(rel);
						if (part != null) {
							sheets.add(new SheetRef(name, part));
						}
					}
				}
			}
			xml.close();
		}
		return new WorkbookXml(sheets, date1904);
	}

	/** {@code r:id}, whichever namespace (usual or strict) its prefix stands for. */
	private static @Nullable String relationshipId(XMLStreamReader xml) {
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			String namespace = xml.getAttributeNamespace(i);
			if ("id".equals(xml.getAttributeLocalName(i)) && namespace != null && namespace.contains("relationships")) {
				return xml.getAttributeValue(i);
			}
		}
		return null;
	}

	/**
	 * The shared strings, each the text of its runs; phonetic guides ({@code <rPh>}) are
	 * not part of the text.
	 */
	List<String> readStrings(PackagePart part) throws IOException, XMLStreamException {
		List<String> strings = new ArrayList<>();
		try (InputStream in = part.getInputStream()) {
			XMLStreamReader xml = this.xml.reader(in);
			StringBuilder text = null;
			int phonetic = 0;
			while (xml.hasNext()) {
				int event = noDtd(xml.next());
				if (event == XMLStreamConstants.START_ELEMENT) {
					String local = xml.getLocalName();
					if ("si".equals(local)) {
						text = new StringBuilder();
					}
					else if ("rPh".equals(local)) {
						phonetic++;
					}
					else if ("t".equals(local) && text != null && phonetic == 0) {
						text.append(xml.getElementText());
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					String local = xml.getLocalName();
					if ("si".equals(local) && text != null) {
						strings.add(text.toString());
						text = null;
					}
					else if ("rPh".equals(local)) {
						phonetic--;
					}
				}
			}
			xml.close();
		}
		return strings;
	}

	/** The number format of each cell style, from styles.xml. */
	XlsxNumberFormats readFormats(PackagePart part) throws IOException, XMLStreamException {
		Map<Integer, String> custom = new HashMap<>();
		List<Integer> formatOfStyle = new ArrayList<>();
		try (InputStream in = part.getInputStream()) {
			XMLStreamReader xml = this.xml.reader(in);
			boolean cellXfs = false;
			while (xml.hasNext()) {
				int event = noDtd(xml.next());
				if (event == XMLStreamConstants.START_ELEMENT) {
					String local = xml.getLocalName();
					if ("numFmt".equals(local)) {
						Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
						String code = xml.getAttributeValue(null, "formatCode");
						if (id != null && code != null) {
							custom.put(id, code);
						}
					}
					else if ("cellXfs".equals(local)) {
						cellXfs = true;
					}
					else if ("xf".equals(local) && cellXfs) {
						Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
						formatOfStyle.add((id != null) ? id : 0);
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(xml.getLocalName())) {
					cellXfs = false;
				}
			}
			xml.close();
		}
		return new XlsxNumberFormats(custom, formatOfStyle);
	}

}
