package cn.investpromo.report.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.BaseFont;

/**
 * Column widths of one table from what its columns hold, measured in the table's font: a
 * column whose longest cell is short gets room for it on one line, the long-text columns
 * share what is left in proportion to their content, and the widths add up to the text
 * width.
 */
final class ColumnWidths {

	/** The A4 text width between the margins, in points. */
	static final float TEXT_WIDTH = 481f;

	/**
	 * A column whose longest cell is at most this many ems (Chinese characters) never
	 * wraps.
	 */
	static final float SHORT_EMS = 8f;

	/** The longest term (an industry's, a zone's name) a column keeps on one line. */
	private static final float TERM_EMS = 10f;

	// a long column keeps room for four characters a line, however long its neighbours
	// are
	private static final float FLOOR_EMS = 4f;

	// simulated bold strokes the glyphs a little wider than their advance; OpenPDF fits
	// lines to a hair
	private static final float SLACK = 1.5f;

	private static final String OPENING = "（《「『【〔〈“‘([{";

	private final BaseFont font;

	private final float padding;

	private final List<Content> contents = new ArrayList<>();

	/**
	 * Widths for columns whose cells are set in {@code font} with {@code padding} points
	 * either side.
	 */
	ColumnWidths(BaseFont font, float padding) {
		this.font = font;
		this.padding = padding;
	}

	/**
	 * Adds a column: its header, set in {@code size} points, and its designed width, the
	 * weight of spare room.
	 */
	void column(String header, float size, float weight, boolean whole) {
		this.contents.add(new Content(header, size, weight, whole));
	}

	/** Measures a cell of the given column; each line of a multi-line cell separately. */
	void cell(int column, String text, float size) {
		Content content = this.contents.get(column);
		for (String line : text.split("\n", -1)) {
			content.natural = Math.max(content.natural, this.font.getWidthPoint(line, size));
			// a short term stays whole: its widest cell is the least its column takes
			// (a long one, as an English zone's name, wraps between its words)
			if (content.whole && this.font.getWidthPoint(line, size) <= TERM_EMS * size) {
				content.unit = Math.max(content.unit, this.font.getWidthPoint(line, size));
			}
			for (Token token : tokens(line, size)) {
				content.unit = Math.max(content.unit, token.width());
			}
		}
	}

	/** The widths in points, in column order, adding up to {@link #TEXT_WIDTH}. */
	float[] widths() {
		int count = this.contents.size();
		// the least a column takes, its content with the header wrapped, and everything
		// on one line
		float[] min = new float[count];
		float[] fit = new float[count];
		float[] max = new float[count];
		List<Integer> wrapping = new ArrayList<>();
		float edges = 2 * this.padding + SLACK;
		for (int i = 0; i < count; i++) {
			Content content = this.contents.get(i);
			float header = headerWidth(content);
			fit[i] = Math.max(content.natural, header) + edges;
			max[i] = Math.max(content.natural, this.font.getWidthPoint(content.header, content.size)) + edges;
			if (content.natural <= SHORT_EMS * content.size) {
				min[i] = fit[i];
			}
			else {
				min[i] = Math.max(Math.max(content.unit, header), FLOOR_EMS * content.size) + edges;
				wrapping.add(i);
			}
		}
		float[] widths = share(min, fit, max);
		// a long column still fits on one line if every column with more to say stays at
		// least as wide
		wrapping.sort((a, b) -> Float.compare(fit[a], fit[b]));
		for (int i : wrapping) {
			float[] trial = min.clone();
			trial[i] = fit[i];
			float[] shared = share(trial, fit, max);
			boolean fair = sum(trial) <= TEXT_WIDTH;
			for (int j : wrapping) {
				fair &= fit[j] <= fit[i] || shared[j] >= fit[i];
			}
			if (fair) {
				min[i] = fit[i];
				widths = shared;
			}
		}
		return widths;
	}

	/**
	 * Each column its minimum, then room for content, then room to unwrap headers, then
	 * the rest by designed width; within a stage by how much more each column could use
	 * (after CSS's automatic table layout).
	 */
	private float[] share(float[] min, float[] fit, float[] max) {
		int count = min.length;
		float[] widths = new float[count];
		if (sum(max) <= TEXT_WIDTH) {
			float weights = 0;
			for (Content content : this.contents) {
				weights += content.weight;
			}
			float spare = TEXT_WIDTH - sum(max);
			for (int i = 0; i < count; i++) {
				widths[i] = max[i] + spare * this.contents.get(i).weight / weights;
			}
		}
		else if (sum(fit) <= TEXT_WIDTH) {
			spread(fit, max, widths);
		}
		else if (sum(min) <= TEXT_WIDTH) {
			spread(min, fit, widths);
		}
		else {
			// more columns than the page holds: everything narrows alike
			float sumMin = sum(min);
			for (int i = 0; i < count; i++) {
				widths[i] = min[i] * TEXT_WIDTH / sumMin;
			}
		}
		return widths;
	}

	/**
	 * From {@code low} towards {@code high}, the text width shared by how far each column
	 * is from its high.
	 */
	private static void spread(float[] low, float[] high, float[] widths) {
		float room = TEXT_WIDTH - sum(low);
		float wants = sum(high) - sum(low);
		for (int i = 0; i < low.length; i++) {
			widths[i] = low[i] + room * (high[i] - low[i]) / wants;
		}
	}

	private static float sum(float[] values) {
		float sum = 0;
		for (float value : values) {
			sum += value;
		}
		return sum;
	}

	/**
	 * The narrowest width a header takes in as few lines as its designed width gives it,
	 * and at least two, without breaking a word or leaving one character alone on its
	 * last line.
	 */
	private float headerWidth(Content content) {
		List<Token> tokens = tokens(content.header, content.size);
		float natural = this.font.getWidthPoint(content.header, content.size);
		float unit = 0;
		for (Token token : tokens) {
			unit = Math.max(unit, token.width());
		}
		float designed = Math.max(unit, content.weight - 2 * this.padding - SLACK);
		int lines = Math.max(2, wrap(tokens, designed, content.size).size());
		for (float width = unit; width < natural; width += 0.25f) {
			List<List<Token>> wrapped = wrap(tokens, width, content.size);
			if (wrapped.size() <= lines && !loneLast(wrapped)) {
				return width;
			}
		}
		return natural;
	}

	private static boolean loneLast(List<List<Token>> lines) {
		if (lines.size() < 2) {
			return false;
		}
		List<Token> last = lines.get(lines.size() - 1);
		return last.size() == 1 && last.get(0).ideograph();
	}

	private List<List<Token>> wrap(List<Token> tokens, float width, float size) {
		float space = this.font.getWidthPoint(" ", size);
		List<List<Token>> lines = new ArrayList<>();
		List<Token> line = new ArrayList<>();
		float used = 0;
		for (Token token : tokens) {
			float add = (line.isEmpty() || !token.spaced()) ? token.width() : space + token.width();
			if (!line.isEmpty() && used + add > width) {
				lines.add(line);
				line = new ArrayList<>();
				add = token.width();
				used = 0;
			}
			line.add(token);
			used += add;
		}
		if (!line.isEmpty()) {
			lines.add(line);
		}
		return lines;
	}

	/**
	 * The pieces a line may break between, as {@link Kinsoku} breaks it: each Chinese
	 * character with the punctuation that may not be parted from it, each Latin word (a
	 * hyphen ends one).
	 */
	private List<Token> tokens(String text, float size) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		boolean spaced = false;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				spaced = !tokens.isEmpty();
				i++;
				continue;
			}
			int start = i;
			while (i < text.length() && OPENING.indexOf(text.charAt(i)) >= 0) {
				i++;
			}
			boolean ideograph = false;
			if (i < text.length() && wide(text.charAt(i))) {
				ideograph = true;
				i++;
			}
			else {
				while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && !wide(text.charAt(i))
						&& OPENING.indexOf(text.charAt(i)) < 0) {
					i++;
					if (text.charAt(i - 1) == '-') {
						break;
					}
				}
			}
			while (i < text.length() && Kinsoku.NO_LINE_START.indexOf(text.charAt(i)) >= 0) {
				i++;
			}
			if (i == start) {
				i++;
			}
			String piece = text.substring(start, i);
			tokens.add(new Token(this.font.getWidthPoint(piece, size), ideograph, spaced));
			spaced = false;
		}
		return tokens;
	}

	// Chinese characters and full-width forms break on either side of them
	private static boolean wide(char c) {
		return c >= 0x2E80 && Kinsoku.NO_LINE_START.indexOf(c) < 0 && OPENING.indexOf(c) < 0;
	}

	/**
	 * A piece of a line: its width, whether it is one Chinese character, whether a space
	 * comes before it.
	 */
	private record Token(float width, boolean ideograph, boolean spaced) {
	}

	/** What one column holds, measured as its cells come in. */
	private static final class Content {

		private final String header;

		private final float size;

		private final float weight;

		private float natural;

		private final boolean whole;

		private float unit;

		Content(String header, float size, float weight, boolean whole) {
			this.header = header;
			this.size = size;
			this.weight = weight;
			this.whole = whole;
		}

	}

}
