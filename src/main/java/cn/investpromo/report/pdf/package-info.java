/**
 * The PDF report (SPEC §5): an A4 document with the title block, KPI table, narrative,
 * vector charts, main tables and data-quality summary of one
 * {@link cn.investpromo.report.ReportModel}, with the Chinese font shipped as a resource
 * and embedded as a subset.
 */
@NullMarked
package cn.investpromo.report.pdf;

import org.jspecify.annotations.NullMarked;
