package cn.investpromo.enterprise;

import java.util.List;

import cn.investpromo.quality.Source;

/**
 * A row of the enterprise sheet (SPEC §3.3): an enterprise, its other names, the tags a
 * list of that year gives it.
 *
 * @param aliases other names the ledgers may write it by (简称, former names)
 * @param tags its tags, each normalised ({@link InvestorTag#normalise})
 * @param year the list's year; 0 when the row gives none, a tag then applying whenever a
 * project was signed
 */
public record EnterpriseRow(String name, List<String> aliases, List<String> tags, int year, Source source) {

	public EnterpriseRow {
		aliases = List.copyOf(aliases);
		tags = List.copyOf(tags);
	}

}
