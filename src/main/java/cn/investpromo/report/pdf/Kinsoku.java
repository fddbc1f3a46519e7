package cn.investpromo.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Chinese line breaking (避头尾): a line never starts with closing punctuation such as "，"
 * or "）" and never ends with an opening one such as "（", and a wrapped text never leaves
 * one character alone on its last line; OpenPDF alone breaks before any ideograph's
 * neighbour.
 */
final class Kinsoku extends DefaultSplitCharacter {

	static final Kinsoku INSTANCE = new Kinsoku();

	static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…—%％·.,;:?!)]}";

	private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

	private Kinsoku() {
	}

	/** Text in {@code font} that breaks by these rules. */
	static Phrase phrase(String text, Font font) {
		Phrase phrase = new Phrase();
		phrase.add(chunk(text, font));
		return phrase;
	}

	static Chunk chunk(String text, Font font) {
		Chunk chunk = new Chunk(text, font);
		chunk.setSplitCharacter(INSTANCE);
		return chunk;
	}

	@Override
	public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
		char here = getCurrentCharacter(current, cc, ck);
		if (NO_LINE_END.indexOf(here) >= 0) {
			return false;
		}
		if (current + 1 < end && NO_LINE_START.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
			return false;
		}
		if (loneAfter(current, end, cc, ck)) {
			return false;
		}
		// closing punctuation ends a clause: a line may break after it, which the default
		// does not allow for "，"
		return NO_LINE_START.indexOf(here) >= 0 && here > 0x2000 || super.isSplitCharacter(start, current, end, cc, ck);
	}

	/**
	 * Whether a break after {@code current} would leave one Chinese character, with any
	 * closing punctuation, alone on the last line: the line then breaks a character
	 * earlier. OpenPDF passes the end of the text still to be set, so this looks at the
	 * whole rest of the cell or paragraph.
	 */
	private boolean loneAfter(int current, int end, char[] cc, PdfChunk[] ck) {
		int i = current + 1;
		if (i >= end || getCurrentCharacter(i, cc, ck) < 0x2E80) {
			return false;
		}
		for (i++; i < end; i++) {
			if (NO_LINE_START.indexOf(getCurrentCharacter(i, cc, ck)) < 0) {
				return false;
			}
		}
		return true;
	}

}
