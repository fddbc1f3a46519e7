package cn.investpromo.region;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of resolving a region name: the region, or no region with the candidates and a problem text in
 * Chinese that a data-quality listing can show as is.
 */
public record RegionMatch(@Nullable Region region, List<Region> candidates, @Nullable String problem) {

	public RegionMatch {
		candidates = List.copyOf(candidates);
	}

	/** Whether the text named exactly one region. */
	public boolean resolved() {
		return this.region != null;
	}

	static RegionMatch of(Region region) {
		return new RegionMatch(region, List.of(region), null);
	}

	static RegionMatch failed(List<Region> candidates, String problem) {
		return new RegionMatch(null, candidates, problem);
	}

}
