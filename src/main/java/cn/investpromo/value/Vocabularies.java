package cn.investpromo.value;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

/**
 * Reads a cell into a constant of a {@link Vocabulary} enum, by its labels, its name or a
 * synonym (SPEC §2.4).
 */
public final class Vocabularies {

	// one immutable lookup per enum type, built on first use; ClassValue keeps it with
	// the class, not in a map
	private static final ClassValue<Lookup> LOOKUPS = new ClassValue<>() {
		@Override
		protected Lookup computeValue(Class<?> type) {
			return Lookup.of(type);
		}
	};

	private Vocabularies() {
	}

	/**
	 * The constant the text names, or empty when the cell is blank (the caller applies
	 * the default). Matches the Chinese label, the English label, the constant's name
	 * ({@code IN_PRODUCTION}, {@code in production}) and the synonyms, ignoring case,
	 * spaces, {@code _}, {@code -}, full-width forms and a trailing 类.
	 * @throws InvalidValueException when nothing matches; the reason lists the accepted
	 * labels of its language
	 */
	public static <E extends Enum<E> & Vocabulary> Optional<E> parse(Class<E> type, @Nullable String text) {
		String s = TextNormalizer.normalize(text);
		if (Placeholders.isBlank(s)) {
			return Optional.empty();
		}
		Lookup lookup = LOOKUPS.get(type);
		Object found = lookup.byKey().get(key(s));
		if (found == null) {
			throw new InvalidValueException("vocabulary.unknown", s, lookup.accepted());
		}
		return Optional.of(type.cast(found));
	}

	/**
	 * The matching key of a word: lower case, without spaces, {@code _} or {@code -},
	 * without a trailing 类.
	 */
	static String key(String normalized) {
		StringBuilder key = new StringBuilder(normalized.length());
		for (int i = 0; i < normalized.length(); i++) {
			char c = normalized.charAt(i);
			if (c != ' ' && c != '_' && c != '-') {
				key.append(c);
			}
		}
		int n = key.length();
		if (n > 1 && key.charAt(n - 1) == '类') {
			key.setLength(n - 1);
		}
		return key.toString().toLowerCase(Locale.ROOT);
	}

	private record Lookup(Map<String, Object> byKey, Reason.Text accepted) {

		static Lookup of(Class<?> type) {
			Object[] constants = type.getEnumConstants();
			if (constants == null) {
				throw new IllegalArgumentException(type.getName() + " is not an enum");
			}
			Map<String, Object> byKey = new HashMap<>();
			StringJoiner acceptedZh = new StringJoiner("、");
			StringJoiner acceptedEn = new StringJoiner(", ");
			for (Object constant : constants) {
				Vocabulary word = (Vocabulary) constant;
				acceptedZh.add(word.zh());
				acceptedEn.add(word.en());
				add(byKey, ((Enum<?>) constant).name(), constant);
				add(byKey, word.zh(), constant);
				add(byKey, word.en(), constant);
				for (String synonym : word.synonyms()) {
					add(byKey, synonym, constant);
				}
			}
			return new Lookup(Map.copyOf(byKey), new Reason.Text(acceptedZh.toString(), acceptedEn.toString()));
		}

		private static void add(Map<String, Object> byKey, String word, Object constant) {
			Object previous = byKey.putIfAbsent(key(TextNormalizer.normalize(word)), constant);
			// a word that means two constants is a programming error in the enum, found
			// on first use
			if (previous != null && previous != constant) {
				throw new IllegalStateException(
						"'" + word + "' names both " + previous + " and " + constant + " in " + constant.getClass());
			}
		}

	}

}
