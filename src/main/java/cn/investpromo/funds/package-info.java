/**
 * Funds arrived (SPEC §2.7): an arrival as the funds ledger records it and where its
 * money comes from; at the bottom of the packages.
 */
@NullMarked
package cn.investpromo.funds;

import org.jspecify.annotations.NullMarked;
