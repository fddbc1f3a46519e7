/**
 * Ledgers (SPEC §2): discovering and streaming ledger files, recognising sheets by their
 * header row, normalising rows, and the import job that stores them with their rejects.
 */
@NullMarked
package cn.investpromo.ledger;

import org.jspecify.annotations.NullMarked;
