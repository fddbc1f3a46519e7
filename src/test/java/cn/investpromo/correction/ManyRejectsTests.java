package cn.investpromo.correction;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.Comments;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ledger with 20,000 rejected rows gets its corrections workbook in a 96 MB heap: every
 * rejected row keeps its reason and red cell, and only the first rows get a comment.
 */
class ManyRejectsTests {

	private static final int ROWS = 40_000;

	@TempDir
	Path work;

	@Test
	void twentyThousandRejectsAreMarkedInA96MegabyteHeapWithCommentsCapped() throws Exception {
		// given: 40,000 rows, every other one with an unreadable date
		Path ledger = ManyRejectsLedger.write(this.work.resolve("招远市签约项目2019.xlsx"), ROWS);
		Path target = this.work.resolve("招远市签约项目2019-待修正.xlsx");
		// when: written in a JVM of its own with a heap that one comment per bad cell
		// exhausts
		SmallHeapJvm.Result child = SmallHeapJvm.run("96m", this.work.resolve("child"), ManyRejectsLedger.class,
				ledger.toString(), target.toString(), String.valueOf(ROWS));
		// then
		assertThat(child.status()).as(child.err()).isZero();
		assertThat(child.err()).doesNotContain("Exception");
		Marked marked = read(target);
		List<Integer> expected = new ArrayList<>();
		for (int i = 1; i <= ROWS; i++) {
			if (ManyRejectsLedger.rejected(i)) {
				expected.add(ManyRejectsLedger.HEADER_ROW + i);
			}
		}
		assertThat(expected).hasSize(20_000);
		assertThat(marked.redRows).isEqualTo(expected);
		assertThat(marked.reasonRows).isEqualTo(expected);
		assertThat(marked.reasons).containsOnlyKeys(ManyRejectsLedger.REASON, CorrectionsWorkbooks.REASON_HEADER);
		assertThat(marked.reasons.get(ManyRejectsLedger.REASON)).isEqualTo(20_000);
		assertThat(marked.rows).isEqualTo(ROWS + 2);
		// and: the first 500 bad cells carry a comment, and the header row says the rest
		// do not
		assertThat(marked.comments).isEqualTo(CommentBudget.COMMENTS);
		assertThat(marked.firstComment).isEqualTo("C4");
		assertThat(marked.lastComment).isEqualTo("C" + expected.get(CommentBudget.COMMENTS - 1));
		assertThat(marked.note).startsWith("只有前 500 个标红单元格带批注").contains("错误原因");
	}

	/** What the corrections workbook's one sheet holds, read streaming. */
	private static final class Marked {

		final List<Integer> redRows = new ArrayList<>();

		final List<Integer> reasonRows = new ArrayList<>();

		final Map<String, Integer> reasons = new HashMap<>();

		int rows;

		int comments;

		String firstComment;

		String lastComment;

		String note;

	}

	private static Marked read(Path file) throws Exception {
		Marked marked = new Marked();
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			try (InputStream in = sheets.next()) {
				readSheet(in, styles, marked);
				Comments comments = sheets.getSheetComments();
				marked.comments = comments.getNumberOfComments();
				List<String> cells = new ArrayList<>();
				comments.getCellAddresses().forEachRemaining((address) -> cells.add(address.formatAsString()));
				cells.sort(
						(a, b) -> Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1))));
				marked.firstComment = cells.get(0);
				marked.lastComment = cells.get(cells.size() - 1);
				assertThat(comments.findCellComment(new org.apache.poi.ss.util.CellAddress(cells.get(0)))
					.getString()
					.getString()).isEqualTo(ManyRejectsLedger.REASON);
			}
			assertThat(sheets.hasNext()).isFalse();
		}
		return marked;
	}

	private static void readSheet(InputStream in, StylesTable styles, Marked marked) throws Exception {
		XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
		String ref = null;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
				marked.rows++;
			}
			else if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
				ref = xml.getAttributeValue(null, "r");
				String style = xml.getAttributeValue(null, "s");
				if (ref.startsWith("C") && style != null && red(styles.getStyleAt(Integer.parseInt(style)))) {
					marked.redRows.add(Integer.parseInt(ref.substring(1)));
				}
			}
			else if (event == XMLStreamConstants.START_ELEMENT && "t".equals(xml.getLocalName())) {
				String text = xml.getElementText();
				if (ref.startsWith("H")) {
					marked.reasons.merge(text, 1, Integer::sum);
					if (!ref.equals("H2")) {
						marked.reasonRows.add(Integer.parseInt(ref.substring(1)));
					}
				}
				else if (ref.equals("I2")) {
					marked.note = text;
				}
			}
		}
	}

	private static boolean red(XSSFCellStyle style) {
		XSSFColor color = style.getFillForegroundColorColor();
		return style.getFillPattern() == FillPatternType.SOLID_FOREGROUND && color != null
				&& "FFFF8080".equalsIgnoreCase(color.getARGBHex());
	}

}
