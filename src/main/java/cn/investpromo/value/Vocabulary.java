package cn.investpromo.value;

import java.util.List;

/**
 * A closed set of words a ledger column may hold (SPEC §2.4 enumerations), each with its
 * labels and synonyms.
 */
public interface Vocabulary {

	/**
	 * The labels and synonyms of one constant, held by it so that each enum states only
	 * its words.
	 *
	 * @param zh the Chinese label, as reports print it
	 * @param en the English label, as reports print it with {@code --lang en}
	 * @param synonyms other words that mean the same, in either language
	 */
	record Words(String zh, String en, List<String> synonyms) {
	}

	/** The words of this constant. */
	Words words();

	/** The Chinese label, as reports print it. */
	default String zh() {
		return words().zh();
	}

	/** The English label, as reports print it with {@code --lang en}. */
	default String en() {
		return words().en();
	}

	/** Other words that mean the same, in either language. */
	default List<String> synonyms() {
		return words().synonyms();
	}

	/** The label in the report's language. */
	default String label(boolean english) {
		return english ? en() : zh();
	}

}
