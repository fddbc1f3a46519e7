package cn.investpromo.value;

import java.util.List;

/** A closed set of words a ledger column may hold (SPEC §2.4 enumerations), each with its labels and synonyms. */
public interface Vocabulary {

	/** The Chinese label, as reports print it. */
	String zh();

	/** The English label, as reports print it with {@code --lang en}. */
	String en();

	/** Other words that mean the same, in either language. */
	List<String> synonyms();

	/** The label in the report's language. */
	default String label(boolean english) {
		return english ? en() : zh();
	}

}
