/**
 * Corrections workbooks: each ledger with rejected rows comes back as a workbook with the
 * bad cells marked and a 错误原因 column, to be fixed and imported again in place of the
 * ledger (SPEC §2.6).
 */
@NullMarked
package cn.investpromo.correction;

import org.jspecify.annotations.NullMarked;
