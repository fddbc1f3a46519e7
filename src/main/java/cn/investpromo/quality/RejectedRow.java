package cn.investpromo.quality;

import cn.investpromo.value.Reason;

/**
 * A row that could not be read, with the column and value at fault and why, in both
 * languages (SPEC §2.6).
 */
public record RejectedRow(Source source, String column, String value, Reason reason) {
}
