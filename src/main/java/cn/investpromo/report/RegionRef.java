package cn.investpromo.report;

/** A region as a report names it: its code (GB/T 2260 or an extension code) and name. */
public record RegionRef(String code, String name) {
}
