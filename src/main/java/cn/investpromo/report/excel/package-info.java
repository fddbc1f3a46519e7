/**
 * The Excel workbook leadership reads (SPEC §5): overview with KPIs, narrative and native
 * charts, one sheet per breakdown, the month's lists and data quality.
 */
@NullMarked
package cn.investpromo.report.excel;

import org.jspecify.annotations.NullMarked;
