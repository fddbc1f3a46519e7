package cn.investpromo.report.excel;

import org.apache.poi.ss.usermodel.Sheet;

import cn.investpromo.report.excel.Table.Placement;

/** Where a chart's data sit: the sheet and the rows of the table on it. */
record Source(Sheet sheet, Placement rows) {
}
