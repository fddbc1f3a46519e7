package cn.investpromo.quality;

/**
 * Where a row came from: file (relative to the input folder), sheet and 1-based row
 * number.
 */
public record Source(String file, String sheet, int row) {
}
