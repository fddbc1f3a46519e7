package cn.investpromo.report.excel;

import java.math.BigDecimal;
import java.math.RoundingMode;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.investpromo.report.ChartPalette;
import cn.investpromo.report.FrontPage;

/**
 * The top of the overview sheet (issue 9): the 本月要点 lines, then the KPI tiles as a block
 * of cells, one column a tile — its label, its figure large (a number with its unit in
 * the number format, 未填 when unknown), its change with ▲/▼ in the rise or fall colour of
 * the setting (a target's in its light's colour), and what it covers.
 */
final class FrontPageCells {

	private final SheetWriter writer;

	private final FrontPage frontPage;

	private final XSSFWorkbook workbook;

	private final TileStyles styles;

	FrontPageCells(SheetWriter writer, FrontPage frontPage, boolean english) {
		this.writer = writer;
		this.frontPage = frontPage;
		this.workbook = (XSSFWorkbook) writer.sheet().getWorkbook();
		this.styles = new TileStyles(this.workbook, english);
	}

	/**
	 * Writes the highlights and the tiles from {@code rowIndex} over {@code columns}
	 * columns; returns the next free row.
	 */
	int write(int rowIndex, int columns) {
		List<FrontPage.Highlight> highlights = this.frontPage.highlights();
		int next = rowIndex;
		if (!highlights.isEmpty()) {
			this.writer.text(this.writer.row(next++), 0, this.writer.labels().get("section.highlights"),
					this.writer.styles().subtitle);
			for (FrontPage.Highlight highlight : highlights) {
				Row row = this.writer.row(next);
				String text = "■ " + highlight.text();
				this.writer.text(row, 0, text, this.styles.style("highlight", 0x262626, false, 11, false));
				for (int c = 1; c < columns; c++) {
					this.writer.text(row, c, null, this.styles.style("highlight", 0x262626, false, 11, false));
				}
				this.writer.sheet().addMergedRegion(new CellRangeAddress(next, next, 0, columns - 1));
				this.writer.fitHeight(row, text, 0, columns - 1);
				next++;
			}
			next++;
		}
		List<FrontPage.Tile> tiles = this.frontPage.tiles();
		Row labels = this.writer.row(next);
		Row figures = this.writer.row(next + 1);
		Row changes = this.writer.row(next + 2);
		Row details = this.writer.row(next + 3);
		figures.setHeightInPoints(28);
		int longestLabel = 0;
		int longestDetail = 0;
		for (int i = 0; i < tiles.size(); i++) {
			FrontPage.Tile tile = tiles.get(i);
			String label = shortUnit(tile) ? tile.label() : tile.label() + " (" + tile.unitText() + ")";
			this.writer.text(labels, i, label, this.styles.style("label", 0x262626, true, 10, true));
			figure(figures, i, tile);
			int colour = (tile.light() != null) ? ChartPalette.light(tile.light())
					: ChartPalette.change(tile.direction(), this.frontPage.riseColour());
			// a target's light is a light, not a change: ● in its colour, never ▲/▼
			String arrow = (tile.light() != null) ? "●" : tile.direction().arrow();
			this.writer.text(changes, i, (arrow.isEmpty() ? "" : arrow + " ") + tile.changeText(),
					this.styles.style("change", colour, false, 10, true));
			this.writer.text(details, i, tile.detail(), this.styles.style("detail", 0x595959, false, 9, true));
			longestLabel = Math.max(longestLabel, lines(label, i));
			longestDetail = Math.max(longestDetail, lines((tile.detail() != null) ? tile.detail() : "", i));
			longestDetail = Math.max(longestDetail, lines(tile.changeText(), i));
		}
		labels.setHeightInPoints(Math.max(1, longestLabel) * TextWidth.LINE_POINTS + 4);
		int longestChange = 1;
		for (int i = 0; i < tiles.size(); i++) {
			// each change in its own column, with room for its arrow or light
			longestChange = Math.max(longestChange, lines("▲ " + tiles.get(i).changeText(), i));
		}
		changes.setHeightInPoints(longestChange * TextWidth.LINE_POINTS + 4);
		details.setHeightInPoints(Math.max(1, longestDetail) * TextWidth.LINE_POINTS + 4);
		return next + 5;
	}

	private int lines(String text, int column) {
		return TextWidth.lines(text, this.writer.width(column));
	}

	/**
	 * Whether the unit fits beside a large figure (亿元, 个, %); a longer one ("CNY 100
	 * million") goes with the label, or the figure would not fit its column.
	 */
	private static boolean shortUnit(FrontPage.Tile tile) {
		return tile.unitText().length() <= 3;
	}

	/**
	 * The figure as a number whose format carries a short unit, so the cell stays a
	 * figure; 未填 when unknown.
	 */
	private void figure(Row row, int column, FrontPage.Tile tile) {
		String unit = shortUnit(tile) ? tile.unitText().replace("\"", "") : "";
		boolean english = this.writer.labels().language().english();
		boolean billions = tile.value() != null && tile.value().abs().compareTo(BigDecimal.valueOf(100_000)) >= 0;
		String format = switch (tile.unit()) {
			// English: the glossary's one amount form, "CNY 1.43 bn" / "CNY 159 mn"
			case WAN -> !english ? "#,##0.00" : billions ? "\"CNY \"#,##0.00\" bn\"" : "\"CNY \"General\" mn\"";
			case COUNT -> "#,##0";
			case PERCENT -> "0.0";
			case USD_WAN -> !english ? "#,##0.00" : "\"USD \"#,##0.00\" mn\"";
		};
		if (!unit.isEmpty()) {
			format += unit.equals("%") ? "\"%\"" : "\" " + unit + "\"";
		}
		XSSFCellStyle style = this.styles.style("figure:" + format, 0x1F3A68, true, 16, true);
		// "CNY 1.43 bn" is wider than a figure: it shrinks to its column, never "###"
		style.setShrinkToFit(english && tile.unit() == FrontPage.Unit.WAN);
		if (style.getDataFormat() == 0) {
			style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
		}
		if (tile.value() == null) {
			this.writer.text(row, column, tile.valueText(), style);
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		cell.setCellValue(switch (tile.unit()) {
			case WAN -> !english ? cn.investpromo.report.Money.toYi(tile.value()).doubleValue()
					: tile.value()
						.movePointLeft(billions ? 5 : 2)
						.setScale(billions ? 2 : 1, RoundingMode.HALF_UP)
						.doubleValue();
			case COUNT, PERCENT -> tile.value().doubleValue();
			case USD_WAN -> english ? tile.value().movePointLeft(2).doubleValue() : tile.value().doubleValue();
		});
	}

}
