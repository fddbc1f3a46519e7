package cn.investpromo.industry;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One row of an industries sheet (SPEC §2.3) as the taxonomy applies it: keywords for the
 * industry it names, or, with a parent, for a sub-industry under that first-level
 * industry.
 *
 * @param parent the first-level industry (code, Chinese or English name) the row's
 * industry sits under; null for a first-level industry, or a known sub-industry named by
 * itself
 * @param industry the industry or sub-industry, by code, Chinese or English name; an
 * unknown one is created
 */
public record IndustryExtension(@Nullable String parent, String industry, List<String> keywords) {

	public IndustryExtension {
		keywords = List.copyOf(keywords);
	}

}
