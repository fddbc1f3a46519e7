/**
 * Annual targets (SPEC §2.3 targets sheet, §5): a stored target, its indicator and a
 * targets-sheet row; at the bottom of the packages.
 */
@NullMarked
package cn.investpromo.target;

import org.jspecify.annotations.NullMarked;
