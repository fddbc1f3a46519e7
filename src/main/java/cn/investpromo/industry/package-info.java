/**
 * Industries (SPEC §3.2): the default two-level taxonomy with its keywords, extensible by
 * a ledger's industries sheet, and the classifier that maps free text such as
 * {@code 黄金深加工} to an {@link cn.investpromo.industry.Industry} and, where the text names
 * a sub-sector, a {@link cn.investpromo.industry.SubIndustry}.
 */
@NullMarked
package cn.investpromo.industry;

import org.jspecify.annotations.NullMarked;
