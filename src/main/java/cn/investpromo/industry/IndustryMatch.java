package cn.investpromo.industry;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of classifying industry text: the industry and the keyword that decided it,
 * or 其他 with {@code matched} false when nothing matched (a data-quality warning, SPEC
 * §3.2); and the sub-industry under that industry when a second-level keyword matched,
 * else null.
 */
public record IndustryMatch(Industry industry, boolean matched, @Nullable String keyword,
		@Nullable SubIndustry subIndustry) {
}
