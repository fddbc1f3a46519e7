package cn.investpromo.report;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import cn.investpromo.enterprise.InvestorTag;
import cn.investpromo.report.FrontPage.Highlight;
import cn.investpromo.report.InvestorTags.TaggedProject;

/**
 * The 本月要点 line of the period's signings with 三个500强 investors (SPEC §5.2): how many, and
 * the largest with its investor, its 500强 tags and its amount.
 */
final class TagHighlight {

	private TagHighlight() {
	}

	static Optional<Highlight> of(@Nullable InvestorTags tags, Sentences say) {
		if (tags == null) {
			return Optional.empty();
		}
		List<TaggedProject> top500 = tags.top500ProjectsOfPeriod();
		if (top500.isEmpty()) {
			return Optional.empty();
		}
		TaggedProject largest = top500.get(0);
		boolean english = say.labels().language().english();
		List<String> names = TagComparisons.TOP_500.stream()
			.map((tag) -> InvestorTag.label(tag, english))
			.filter(largest.tags()::contains)
			.toList();
		Sentence line = new Sentence(say).add("highlight.top500", top500.size(), largest.name(),
				String.join(say.labels().get("tags.separator"), names));
		if (largest.amountWan() != null) {
			line.add("highlight.top500.amount", say.amount(largest.amountWan()));
		}
		return Optional.of(new Highlight("top500", line.clause()));
	}

}
