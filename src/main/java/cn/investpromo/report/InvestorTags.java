package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Investor tags (SPEC §3.3, §5.2): projects and agreed investment by tag, the projects of
 * the 三个500强 counted once each, and the period's tagged projects; absent from a report
 * whose ledgers tag no project.
 *
 * @param byTag one row per tag any project of the compared periods carries, SPEC §3.3's
 * tags first in their order, then the bureau's own
 * @param top500Projects projects of 世界500强, 中国500强 or 民营500强 investors, each once
 * @param projects the period's tagged projects, largest agreed investment first
 */
public record InvestorTags(List<TagRow> byTag, Comparison top500Projects, List<TaggedProject> projects) {

	public InvestorTags {
		byTag = List.copyOf(byTag);
		projects = List.copyOf(projects);
	}

	/**
	 * One tag's projects and agreed investment, compared as the headline figures.
	 *
	 * @param tag the tag as stored (世界500强, or the bureau's own as written): the JSON's
	 * key
	 * @param name its name in the report's language
	 * @param top500 whether it is one of the 三个500强
	 */
	public record TagRow(String tag, String name, boolean top500, Comparison projects, Comparison amountWan) {
	}

	/**
	 * A tagged project of the period.
	 *
	 * @param region its landing region's name (S（本级） for the scope itself)
	 * @param amountWan its agreed investment, null when none
	 * @param unagreed whether it has none because its agreement type sets none (未约定)
	 * @param tags its tags' names in the report's language
	 * @param top500 whether any of them is one of the 三个500强
	 */
	public record TaggedProject(String name, String investor, String region, LocalDate signedDate,
			@Nullable BigDecimal amountWan, boolean unagreed, List<String> tags, boolean top500) {

		public TaggedProject {
			tags = List.copyOf(tags);
		}

	}

	/** The period's projects of the 三个500强, largest first. */
	public List<TaggedProject> top500ProjectsOfPeriod() {
		return this.projects.stream().filter(TaggedProject::top500).toList();
	}

}
