/**
 * The streaming readers under {@link cn.investpromo.ledger.LedgerWorkbook}, one per file
 * format; nothing outside the ledger package uses them.
 */
@NullMarked
package cn.investpromo.ledger.internal;

import org.jspecify.annotations.NullMarked;
