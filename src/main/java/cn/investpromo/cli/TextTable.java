package cn.investpromo.cli;

import java.util.List;

/**
 * A plain-text table for the terminal, as {@code history} prints its runs and deliveries.
 */
final class TextTable {

	private TextTable() {
	}

	/**
	 * Columns padded to the widest cell, counting a Chinese character as two columns as
	 * terminals do; in the runs table the id and the counts are right-aligned.
	 */
	static String align(List<List<String>> rows, boolean runs) {
		int[] widths = new int[rows.get(0).size()];
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], width(row.get(i)));
			}
		}
		StringBuilder table = new StringBuilder();
		for (List<String> row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.size(); i++) {
				boolean number = runs && (i == 0 || (i >= 6 && i <= 8));
				String cell = row.get(i);
				String pad = " ".repeat(widths[i] - width(cell));
				line.append(number ? pad + cell : cell + ((i < row.size() - 1) ? pad : "")).append("  ");
			}
			table.append(line.toString().stripTrailing()).append('\n');
		}
		return table.toString().stripTrailing();
	}

	static int width(String text) {
		return text.codePoints().map((cp) -> wide(cp) ? 2 : 1).sum();
	}

	private static boolean wide(int cp) {
		return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
				|| (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
				|| (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
	}

}
