package cn.investpromo.region;

import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.investpromo.value.Reason;

/**
 * The outcome of resolving a region name: the region, or no region with the candidates
 * and the reason, which a data-quality listing shows in the report's language.
 */
public record RegionMatch(@Nullable Region region, List<Region> candidates, @Nullable Reason reason) {

	public RegionMatch {
		candidates = List.copyOf(candidates);
	}

	/** Whether the text named exactly one region. */
	public boolean resolved() {
		return this.region != null;
	}

	/**
	 * Why the text named no region, in Chinese (as error lines show it); null when it
	 * resolved.
	 */
	public @Nullable String problem() {
		return (this.reason != null) ? this.reason.zh() : null;
	}

	static RegionMatch of(Region region) {
		return new RegionMatch(region, List.of(region), null);
	}

	static RegionMatch failed(List<Region> candidates, Reason reason) {
		return new RegionMatch(null, candidates, reason);
	}

}
