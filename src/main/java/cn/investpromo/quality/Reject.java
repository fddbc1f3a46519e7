package cn.investpromo.quality;

/**
 * A ledger row that could not be read, with its 1-based row number as the spreadsheet
 * shows it.
 */
public record Reject(String file, String sheet, int row, String column, String value, String reason) {
}
