package cn.investpromo.report;

import java.time.OffsetDateTime;

import cn.investpromo.region.Region;

/**
 * What a report is asked for: its period, scope and language, and when it is generated.
 */
public record ReportRequest(Period period, Region scope, ReportLanguage language, OffsetDateTime generatedAt) {
}
