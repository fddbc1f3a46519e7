package cn.investpromo.industry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The two-level industry taxonomy (SPEC §3.2) and its keyword classifier; immutable and
 * thread-safe. The longest keyword of either level found in the text decides the
 * industry, ties go to the earlier industry; the second level is then the sub-industry of
 * that industry whose keyword, the longest found, decided or is in the text. Codes, as
 * the whole text, and names also match.
 */
public final class IndustryTaxonomy {

	static final String RESOURCE = "industry/industries.tsv";

	static final String SUB_RESOURCE = "industry/subindustries.tsv";

	/**
	 * The longest code of a sub-industry the database stores ({@code industry_sub_code}).
	 */
	private static final int MAX_SUB_CODE = 20;

	private static final String OTHER_CODE = "OTH";

	private final List<Industry> industries;

	/** The second level, grouped by parent in the order of the first level. */
	private final List<SubIndustry> subIndustries;

	/**
	 * Every keyword and name of both levels, normalised, longest first, then in taxonomy
	 * order.
	 */
	private final List<Keyword> keywords;

	/**
	 * A keyword of an industry, or of one of its sub-industries when {@code sub} is set.
	 */
	private record Keyword(String key, String text, Industry industry, @Nullable SubIndustry sub) {
	}

	private IndustryTaxonomy(List<Industry> industries, List<SubIndustry> subIndustries) {
		if (industries.stream().noneMatch((industry) -> industry.code().equals(OTHER_CODE))) {
			throw new IllegalArgumentException("the taxonomy needs the industry " + OTHER_CODE);
		}
		List<Industry> ordered = new ArrayList<>(industries);
		// OTH last, whatever order the file or an extension used
		ordered.sort(Comparator.comparing((Industry industry) -> industry.code().equals(OTHER_CODE)));
		this.industries = List.copyOf(ordered);
		List<SubIndustry> subs = new ArrayList<>();
		List<Keyword> all = new ArrayList<>();
		for (Industry industry : this.industries) {
			addKeywords(all, industry, null, industry.keywords(), industry.zh(), industry.en());
			for (SubIndustry sub : subIndustries) {
				if (sub.parentCode().equals(industry.code())) {
					subs.add(sub);
					addKeywords(all, industry, sub, sub.keywords(), sub.zh(), sub.en());
				}
			}
		}
		subIndustries.stream().filter((sub) -> !subs.contains(sub)).findFirst().ifPresent((orphan) -> {
			throw new IllegalArgumentException(
					"sub-industry " + orphan.code() + " has no industry " + orphan.parentCode());
		});
		this.subIndustries = List.copyOf(subs);
		// stable sort: equal lengths keep taxonomy order, which is the tie rule
		all.sort(Comparator.comparingInt((Keyword keyword) -> keyword.key().length()).reversed());
		this.keywords = List.copyOf(all);
	}

	private static void addKeywords(List<Keyword> all, Industry industry, @Nullable SubIndustry sub,
			List<String> keywords, String zh, String en) {
		List<String> words = new ArrayList<>(keywords);
		words.add(zh);
		words.add(en);
		for (String word : words) {
			String key = normalise(word);
			if (!key.isEmpty()) {
				all.add(new Keyword(key, word, industry, sub));
			}
		}
	}

	/**
	 * The shipped taxonomy from {@code industry/industries.tsv} and
	 * {@code industry/subindustries.tsv}.
	 */
	public static IndustryTaxonomy loadDefault() {
		List<Industry> industries = read(RESOURCE, 4).stream()
			.map((cells) -> new Industry(cells[0], cells[1], cells[2], split(cells[3])))
			.toList();
		List<SubIndustry> subs = read(SUB_RESOURCE, 5).stream()
			.map((cells) -> new SubIndustry(cells[0], cells[1], cells[2], cells[3], split(cells[4])))
			.toList();
		return new IndustryTaxonomy(industries, subs);
	}

	/**
	 * The data lines of a shipped table, cells stripped; comments and the header line
	 * skipped.
	 */
	private static List<String[]> read(String resource, int columns) {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = IndustryTaxonomy.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			boolean header = true;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false; // the column names
					continue;
				}
				String[] cells = line.split("\t", -1);
				if (cells.length != columns) {
					throw new IllegalStateException(resource + ": bad line " + line);
				}
				rows.add(Arrays.stream(cells).map(String::strip).toArray(String[]::new));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(resource + ": " + ex.getMessage(), ex);
		}
		return rows;
	}

	/**
	 * This taxonomy with keywords from an industries sheet (SPEC §2.3): each key names an
	 * industry by code, Chinese or English name and its keywords are added to it, taken
	 * away from any other industry that had them; an unknown key becomes a new industry
	 * (code, zh and en all the key), placed before 其他.
	 */
	public IndustryTaxonomy withKeywords(Map<String, List<String>> extra) {
		List<IndustryExtension> rows = new ArrayList<>();
		extra.forEach((name, words) -> rows.add(new IndustryExtension(null, name, words)));
		return withExtensions(rows);
	}

	/**
	 * This taxonomy with the rows of industries sheets (SPEC §2.3), in order. A row's
	 * keywords are taken away from every industry and sub-industry that had them and
	 * given to the one it names. Without a parent a row names a first-level industry,
	 * else a known sub-industry, else a new first-level industry (code, zh and en all the
	 * name, placed before 其他). With a parent (a first-level industry by code or name; an
	 * unknown one is created so) it names a sub-industry under it, new when the parent
	 * has none of that name, coded parent code + "." + name.
	 */
	public IndustryTaxonomy withExtensions(List<IndustryExtension> rows) {
		Map<String, Industry> byCode = new LinkedHashMap<>();
		this.industries.forEach((industry) -> byCode.put(industry.code(), industry));
		Map<String, SubIndustry> subsByCode = new LinkedHashMap<>();
		this.subIndustries.forEach((sub) -> subsByCode.put(sub.code(), sub));
		for (IndustryExtension row : rows) {
			String name = row.industry().strip();
			List<String> moved = row.keywords().stream().map(String::strip).filter((word) -> !word.isEmpty()).toList();
			List<String> movedKeys = moved.stream().map(IndustryTaxonomy::normalise).toList();
			byCode.replaceAll((code, industry) -> new Industry(industry.code(), industry.zh(), industry.en(),
					without(industry.keywords(), movedKeys)));
			subsByCode.replaceAll((code, sub) -> new SubIndustry(sub.parentCode(), sub.code(), sub.zh(), sub.en(),
					without(sub.keywords(), movedKeys)));
			String parentName = (row.parent() != null) ? row.parent().strip() : "";
			if (parentName.isEmpty()) {
				Optional<Industry> industry = find(byCode.values(), name);
				Optional<SubIndustry> sub = industry.isPresent() ? Optional.empty()
						: findSub(subsByCode.values(), null, name);
				if (sub.isPresent()) {
					SubIndustry s = sub.get();
					subsByCode.put(s.code(),
							new SubIndustry(s.parentCode(), s.code(), s.zh(), s.en(), merged(s.keywords(), moved)));
				}
				else {
					Industry target = industry.orElseGet(() -> new Industry(name, name, name, List.of()));
					byCode.put(target.code(),
							new Industry(target.code(), target.zh(), target.en(), merged(target.keywords(), moved)));
				}
				continue;
			}
			Industry parent = find(byCode.values(), parentName).orElseGet(() -> {
				Industry created = new Industry(parentName, parentName, parentName, List.of());
				byCode.put(created.code(), created);
				return created;
			});
			SubIndustry target = findSub(subsByCode.values(), parent.code(), name).orElseGet(
					() -> new SubIndustry(parent.code(), userSubCode(parent.code(), name), name, name, List.of()));
			subsByCode.put(target.code(), new SubIndustry(target.parentCode(), target.code(), target.zh(), target.en(),
					merged(target.keywords(), moved)));
		}
		return new IndustryTaxonomy(new ArrayList<>(byCode.values()), new ArrayList<>(subsByCode.values()));
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

	/**
	 * A sub-industry by code, Chinese or English name, under the given parent or any when
	 * it is null.
	 */
	private static Optional<SubIndustry> findSub(Iterable<SubIndustry> subs, @Nullable String parentCode, String name) {
		String key = normalise(name);
		for (SubIndustry sub : subs) {
			if ((parentCode == null || sub.parentCode().equals(parentCode)) && (normalise(sub.code()).equals(key)
					|| normalise(sub.zh()).equals(key) || normalise(sub.en()).equals(key))) {
				return Optional.of(sub);
			}
		}
		return Optional.empty();
	}

	/**
	 * Parent code, a dot and the name; a hash of the name instead where that would not
	 * fit the column.
	 */
	private static String userSubCode(String parentCode, String name) {
		String code = parentCode + "." + name;
		if (code.length() <= MAX_SUB_CODE) {
			return code;
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
			String tag = ".U" + HexFormat.of().formatHex(hash).substring(0, 8).toUpperCase(Locale.ROOT);
			return parentCode.substring(0, Math.min(parentCode.length(), MAX_SUB_CODE - tag.length())) + tag;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex); // every JVM has SHA-256
		}
	}

	private static List<String> without(List<String> words, List<String> keys) {
		return words.stream().filter((word) -> !keys.contains(normalise(word))).toList();
	}

	private static List<String> merged(List<String> words, List<String> moved) {
		List<String> merged = new ArrayList<>(words);
		moved.stream().filter((word) -> !merged.contains(word)).forEach(merged::add);
		return merged;
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

	/**
	 * The second level in taxonomy order: grouped by industry, in the order of
	 * {@link #all()}.
	 */
	public List<SubIndustry> subIndustries() {
		return this.subIndustries;
	}

	/**
	 * The sub-industries of one industry, in taxonomy order; none for 其他 or an unknown
	 * code.
	 */
	public List<SubIndustry> subIndustries(String industryCode) {
		return this.subIndustries.stream().filter((sub) -> sub.parentCode().equals(industryCode)).toList();
	}

	/** The sub-industry with this code, if the taxonomy (as extended) has it. */
	public Optional<SubIndustry> subIndustry(String code) {
		return this.subIndustries.stream().filter((sub) -> sub.code().equals(code)).findFirst();
	}

	/** 其他, where unmatched text is counted. */
	public Industry other() {
		return byCode(OTHER_CODE);
	}

	/**
	 * Classifies free industry text (SPEC §3.2): the industry, and the sub-industry when
	 * a second-level keyword of that industry is in the text (else null); blank or
	 * unmatched text gives 其他 with matched false.
	 */
	public IndustryMatch classify(String text) {
		String key = normalise(text);
		if (key.isEmpty()) {
			return new IndustryMatch(other(), false, null, null);
		}
		for (Industry industry : this.industries) {
			if (normalise(industry.code()).equals(key)) {
				return new IndustryMatch(industry, true, industry.code(), null);
			}
		}
		for (SubIndustry sub : this.subIndustries) {
			if (normalise(sub.code()).equals(key)) {
				return new IndustryMatch(byCode(sub.parentCode()), true, sub.code(), sub);
			}
		}
		for (Keyword keyword : this.keywords) {
			if (key.contains(keyword.key())) {
				SubIndustry sub = (keyword.sub() != null) ? keyword.sub() : subOf(keyword.industry(), key);
				return new IndustryMatch(keyword.industry(), true, keyword.text(), sub);
			}
		}
		return new IndustryMatch(other(), false, null, null);
	}

	/**
	 * The sub-industry of a first-level match: the one whose keyword, the longest in the
	 * text, comes first.
	 */
	private @Nullable SubIndustry subOf(Industry industry, String key) {
		for (Keyword keyword : this.keywords) {
			if (keyword.sub() != null && keyword.industry().equals(industry) && key.contains(keyword.key())) {
				return keyword.sub();
			}
		}
		return null;
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
