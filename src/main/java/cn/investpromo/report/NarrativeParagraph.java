package cn.investpromo.report;

/**
 * One paragraph of the narrative as a 月报 writes it: its numbered heading ("一、招商活动。") and
 * its sentences.
 *
 * @param heading the numbered heading, with its closing punctuation
 * @param text the sentences that follow it
 */
public record NarrativeParagraph(String heading, String text) {

	/** The paragraph as one line: its heading, then its text. */
	public String line() {
		return this.heading + this.text;
	}

}
