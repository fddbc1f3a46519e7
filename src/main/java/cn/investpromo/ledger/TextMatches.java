package cn.investpromo.ledger;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import cn.investpromo.industry.IndustryMatch;
import cn.investpromo.industry.IndustryTaxonomy;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.region.RegionMatch;

/**
 * Resolutions and classifications by text: a ledger repeats its few thousand region,
 * origin and industry texts over all its rows, so each is worked out once. Bounded, as a
 * ledger of distinct texts must not fill the heap.
 */
final class TextMatches {

	/** How many distinct texts of each kind are remembered. */
	private static final int CACHED_TEXTS = 20_000;

	private final RegionCatalog regions;

	private final IndustryTaxonomy industries;

	private final Map<String, RegionMatch> regionByText = new Lru<>(CACHED_TEXTS);

	private final Map<String, IndustryMatch> industryByText = new Lru<>(CACHED_TEXTS);

	TextMatches(RegionCatalog regions, IndustryTaxonomy industries) {
		this.regions = regions;
		this.industries = industries;
	}

	RegionCatalog regions() {
		return this.regions;
	}

	RegionMatch resolve(String text, @Nullable Region context) {
		String key = ((context != null) ? context.code() : "") + '\u0000' + text;
		RegionMatch match = this.regionByText.get(key);
		if (match == null) {
			match = this.regions.resolve(text, context);
			this.regionByText.put(key, match);
		}
		return match;
	}

	IndustryMatch classify(String text) {
		IndustryMatch match = this.industryByText.get(text);
		if (match == null) {
			match = this.industries.classify(text);
			this.industryByText.put(text, match);
		}
		return match;
	}

	/**
	 * The investor's home region is informative: an unknown one is kept as text, not a
	 * reason to reject.
	 */
	@Nullable String originCode(@Nullable String text) {
		if (text == null) {
			return null;
		}
		RegionMatch match = resolve(text, null);
		return (match.region() != null) ? match.region().code() : null;
	}

	/** The codes of the industries an event's 重点产业 names, comma-separated. */
	@Nullable String industryCodes(@Nullable String text) {
		if (text == null) {
			return null;
		}
		Set<String> codes = new LinkedHashSet<>();
		for (String part : text.split("[、,，;；/]")) {
			if (!part.isBlank()) {
				codes.add(classify(part.trim()).industry().code());
			}
		}
		return codes.isEmpty() ? null : String.join(",", codes);
	}

	/** A map that forgets its oldest entry beyond a size. */
	private static final class Lru<K, V> extends LinkedHashMap<K, V> {

		private static final long serialVersionUID = 1L;

		private final int limit;

		Lru(int limit) {
			super(16, 0.75f, true);
			this.limit = limit;
		}

		@Override
		protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
			return size() > this.limit;
		}

	}

}
