package cn.investpromo.report;

import java.util.List;

/**
 * The rankings section: the period's largest signed projects (SPEC §5), computed by {@link Listings}.
 *
 * @param topProjects the ten largest by agreed investment, largest first
 */
public record Rankings(List<TopProject> topProjects) {
}
