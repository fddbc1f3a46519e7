/**
 * The value rules of SPEC §2.4: how a ledger cell's text becomes a date, an amount in 万元,
 * a count or an enumeration constant, and how a header cell splits into a name and a
 * unit. Every function here runs once per cell of a possibly million-row import, so the
 * normal path allocates little and throws nothing; a cell that cannot be read throws
 * {@link cn.investpromo.value.InvalidValueException} with a reason a clerk understands, a
 * {@link cn.investpromo.value.Reason} that reads in Chinese or English
 * ({@code value/messages*.properties}).
 */
@NullMarked
package cn.investpromo.value;

import org.jspecify.annotations.NullMarked;
