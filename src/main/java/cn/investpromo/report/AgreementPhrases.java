package cn.investpromo.report;

import java.util.List;
import java.util.Locale;

import cn.investpromo.project.AgreementType;
import cn.investpromo.report.SigningTerms.TypeCount;

/**
 * How the report names signings by their agreement type (issue 22): "3个为战略合作协议" where a
 * 战略合作协议 sets no amount, "投资协议9个、战略合作协议3个" where the headline tells them apart; shared by
 * the narrative, the front page and the notes under the tables.
 */
final class AgreementPhrases {

	private final ReportLabels labels;

	AgreementPhrases(ReportLabels labels) {
		this.labels = labels;
	}

	/**
	 * The projects without an amount by their agreement's nature, by type: "3个为战略合作协议",
	 * "3 are strategic cooperation agreements".
	 */
	String unagreed(SigningTerms terms) {
		return unagreed(terms, "terms.unagreedPart");
	}

	/**
	 * The same as a tile's short line says it: "3个为战略合作协议", "3 strategic cooperation
	 * agreements".
	 */
	String unagreedShort(SigningTerms terms) {
		return unagreed(terms, "terms.unagreedTilePart");
	}

	private String unagreed(SigningTerms terms, String part) {
		return this.labels.enumerate(terms.unagreed()
			.stream()
			.map((t) -> this.labels.format(part, t.projects(), name(t.type(), "one"), name(t.type(), "many")))
			.toList());
	}

	/**
	 * Some of the period's projects without an amount by their agreement's nature (one
	 * event's): by their type when the period's are all of one type.
	 */
	String unagreed(long projects, SigningTerms terms) {
		List<TypeCount> types = terms.unagreed();
		String one = (types.size() == 1) ? name(types.get(0).type(), "one") : this.labels.get("agreement.various.one");
		String many = (types.size() == 1) ? name(types.get(0).type(), "many")
				: this.labels.get("agreement.various.many");
		return this.labels.format("terms.unagreedPart", projects, one, many);
	}

	/**
	 * The period's signings under agreements other than 投资协议, by type: "战略合作协议3个、框架协议1个".
	 */
	String otherTypes(SigningTerms terms) {
		return this.labels.enumerate(terms.types()
			.stream()
			.filter((t) -> !t.investment())
			.map((t) -> this.labels.format("terms.typePart", t.projects(), name(t.type(), "one"),
					name(t.type(), "many")))
			.toList());
	}

	private String name(AgreementType type, String number) {
		return this.labels.get("agreement." + type.name().toLowerCase(Locale.ROOT) + "." + number);
	}

}
