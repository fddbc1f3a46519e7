package cn.investpromo.sample;

import java.util.List;

/**
 * An industry as a clerk writes it in 所属产业, with typical project names and an
 * investor-name suffix.
 */
record Sector(String ledgerText, List<String> projectNames, String companySuffix) {
}
