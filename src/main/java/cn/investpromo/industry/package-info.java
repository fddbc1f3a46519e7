/**
 * Industries (SPEC §3.2): the default first-level taxonomy with its keywords, extensible by a ledger's industries
 * sheet, and the classifier that maps free text such as {@code 黄金深加工} to an
 * {@link cn.investpromo.industry.Industry}.
 */
@NullMarked
package cn.investpromo.industry;

import org.jspecify.annotations.NullMarked;
