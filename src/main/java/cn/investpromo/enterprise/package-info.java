/**
 * Investor tags and the enterprise sheet (SPEC §3.3): the tags' vocabulary, an enterprise
 * sheet's row; at the bottom of the packages.
 */
@NullMarked
package cn.investpromo.enterprise;

import org.jspecify.annotations.NullMarked;
