/**
 * Regions (SPEC §3.1): the administrative divisions of China shipped as a resource, our
 * extensions (development zones, historical names, region groups, foreign origins), and
 * the resolver that turns ledger text such as {@code 招远市夏甸镇} into a
 * {@link cn.investpromo.region.Region}.
 */
@NullMarked
package cn.investpromo.region;

import org.jspecify.annotations.NullMarked;
