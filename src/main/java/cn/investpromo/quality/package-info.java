/**
 * Data quality (SPEC §2.6, §5): where a row came from, rejected rows, sheet kinds and
 * counts; at the bottom of the packages.
 */
@NullMarked
package cn.investpromo.quality;

import org.jspecify.annotations.NullMarked;
