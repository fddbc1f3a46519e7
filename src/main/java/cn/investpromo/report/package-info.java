/**
 * The monthly report (SPEC §5): its model, computed once by
 * {@link cn.investpromo.report.ReportModelBuilder}, the words of both languages, and the
 * report job that renders the model as JSON, Excel and PDF.
 */
@NullMarked
package cn.investpromo.report;

import org.jspecify.annotations.NullMarked;
