/**
 * SQL for ledger rows, data quality and report queries (SPEC §2.5, §7), written to run
 * unchanged on HSQLDB and PostgreSQL.
 */
@NullMarked
package cn.investpromo.store;

import org.jspecify.annotations.NullMarked;
