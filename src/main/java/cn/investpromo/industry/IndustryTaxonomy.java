package cn.investpromo.industry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The industry taxonomy (SPEC §3.2) and its keyword classifier; immutable and thread-safe. The longest keyword
 * found in the text wins, ties go to the earlier industry; the code, as the whole text, and the names also match.
 */
public final class IndustryTaxonomy {

	static final String RESOURCE = "industry/industries.tsv";

	private static final String OTHER_CODE = "OTH";

	private final List<Industry> industries;

	/** Every keyword and name, normalised, longest first, then in taxonomy order. */
	private final List<Keyword> keywords;

	private record Keyword(String key, String text, Industry industry) {
	}

	private IndustryTaxonomy(List<Industry> industries) {
		if (industries.stream().noneMatch((industry) -> industry.code().equals(OTHER_CODE))) {
			throw new IllegalArgumentException("the taxonomy needs the industry " + OTHER_CODE);
		}
		List<Industry> ordered = new ArrayList<>(industries);
		// OTH last, whatever order the file or an extension used
		ordered.sort(Comparator.comparing((Industry industry) -> industry.code().equals(OTHER_CODE)));
		this.industries = List.copyOf(ordered);
		List<Keyword> all = new ArrayList<>();
		for (Industry industry : this.industries) {
			List<String> words = new ArrayList<>(industry.keywords());
			words.add(industry.zh());
			words.add(industry.en());
			for (String word : words) {
				String key = normalise(word);
				if (!key.isEmpty()) {
					all.add(new Keyword(key, word, industry));
				}
			}
		}
		// stable sort: equal lengths keep taxonomy order, which is the tie rule
		all.sort(Comparator.comparingInt((Keyword keyword) -> keyword.key().length()).reversed());
		this.keywords = List.copyOf(all);
	}

	/** The shipped taxonomy from {@code industry/industries.tsv}. */
	public static IndustryTaxonomy loadDefault() {
		List<Industry> industries = new ArrayList<>();
		try (InputStream in = IndustryTaxonomy.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#") || line.startsWith("code\t")) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				if (cells.length != 4) {
					throw new IllegalStateException(RESOURCE + ": bad line " + line);
				}
				industries.add(new Industry(cells[0].strip(), cells[1].strip(), cells[2].strip(), split(cells[3])));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(RESOURCE + ": " + ex.getMessage(), ex);
		}
		return new IndustryTaxonomy(industries);
	}

	/**
	 * This taxonomy with keywords from an industries sheet (SPEC §2.3): each key names an industry by code, Chinese
	 * or English name and its keywords are added to it, taken away from any other industry that had them; an
	 * unknown key becomes a new industry (code, zh and en all the key), placed before 其他.
	 */
	public IndustryTaxonomy withKeywords(Map<String, List<String>> extra) {
		Map<String, Industry> byCode = new LinkedHashMap<>();
		this.industries.forEach((industry) -> byCode.put(industry.code(), industry));
		extra.forEach((name, words) -> {
			Industry target = find(byCode.values(), name)
				.orElseGet(() -> new Industry(name.strip(), name.strip(), name.strip(), List.of()));
			List<String> moved = words.stream().map(String::strip).filter((word) -> !word.isEmpty()).toList();
			List<String> movedKeys = moved.stream().map(IndustryTaxonomy::normalise).toList();
			byCode.replaceAll((code, industry) -> without(industry, movedKeys));
			Industry current = byCode.getOrDefault(target.code(), target);
			List<String> merged = new ArrayList<>(current.keywords());
			moved.stream().filter((word) -> !merged.contains(word)).forEach(merged::add);
			byCode.put(current.code(), new Industry(current.code(), current.zh(), current.en(), merged));
		});
		return new IndustryTaxonomy(new ArrayList<>(byCode.values()));
	}

	private static Optional<Industry> find(Iterable<Industry> industries, String name) {
		String key = normalise(name);
		for (Industry industry : industries) {
			if (normalise(industry.code()).equals(key) || normalise(industry.zh()).equals(key)
					|| normalise(industry.en()).equals(key)) {
				return Optional.of(industry);
			}
		}
		return Optional.empty();
	}

	private static Industry without(Industry industry, List<String> keys) {
		List<String> kept = industry.keywords().stream().filter((word) -> !keys.contains(normalise(word))).toList();
		return new Industry(industry.code(), industry.zh(), industry.en(), kept);
	}

	/** All industries in taxonomy order, 其他 last. */
	public List<Industry> all() {
		return this.industries;
	}

	/**
	 * The industry with this code.
	 * @throws IllegalArgumentException when the code is unknown
	 */
	public Industry byCode(String code) {
		return this.industries.stream()
			.filter((industry) -> industry.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("未知产业代码：" + code));
	}

	/** 其他, where unmatched text is counted. */
	public Industry other() {
		return byCode(OTHER_CODE);
	}

	/** Classifies free industry text (SPEC §3.2); blank or unmatched text gives 其他 with matched false. */
	public IndustryMatch classify(String text) {
		String key = normalise(text);
		if (key.isEmpty()) {
			return new IndustryMatch(other(), false, null);
		}
		for (Industry industry : this.industries) {
			if (normalise(industry.code()).equals(key)) {
				return new IndustryMatch(industry, true, industry.code());
			}
		}
		for (Keyword keyword : this.keywords) {
			if (key.contains(keyword.key())) {
				return new IndustryMatch(keyword.industry(), true, keyword.text());
			}
		}
		return new IndustryMatch(other(), false, null);
	}

	/** Full-width folded to half-width, white space removed, lower case. */
	static String normalise(String text) {
		StringBuilder key = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				key.append(c);
			}
		}
		return key.toString().toLowerCase(Locale.ROOT);
	}

	private static List<String> split(String cell) {
		return Arrays.stream(cell.split("\\|")).map(String::strip).filter((word) -> !word.isEmpty()).toList();
	}

}
