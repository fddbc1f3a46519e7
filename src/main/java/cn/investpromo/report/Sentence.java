package cn.investpromo.report;

/**
 * One sentence of the narrative or the front page: patterns said one after another, each
 * with its own joining punctuation, then the end mark.
 */
final class Sentence {

	private final Sentences say;

	private final StringBuilder text = new StringBuilder();

	Sentence(Sentences say) {
		this.say = say;
	}

	Sentence add(String key, Object... args) {
		this.text.append(this.say.say(key, args));
		return this;
	}

	boolean isEmpty() {
		return this.text.isEmpty();
	}

	String text() {
		return this.text + this.say.end();
	}

	/** The patterns said so far, without the end mark: a line of a list. */
	String clause() {
		return this.text.toString();
	}

}
