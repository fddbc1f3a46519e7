package cn.investpromo.report;

import java.util.List;

import cn.investpromo.store.Rows;

/**
 * The rankings section: the period's largest signed projects (SPEC §5) and the 亿元以上重点项目
 * being followed, computed by {@link Listings}.
 *
 * @param topProjects the ten largest of the period by agreed investment, largest first
 * @param keyProjects the projects of at least 1 亿元 signed in the 12 months ending with
 * the period, largest first, with their status at its end; read as they are printed
 */
public record Rankings(List<TopProject> topProjects, Rows<KeyProject> keyProjects) {
}
