package cn.investpromo.report;

import java.math.BigDecimal;
import java.util.List;

import cn.investpromo.project.AgreementType;

/**
 * What the period's signings are made of beyond their sum (issue 22): how many of each
 * agreement type, which of them set no amount by their nature, and how many are already
 * terminated, so that no sentence presents a 战略合作协议 as a blank or a terminated project as
 * a live one.
 *
 * @param types the agreement types signed in the period, in {@link AgreementType} order
 * @param terminated the period's projects terminated at its end
 * @param terminatedWan their agreed investment, of those that give one
 */
public record SigningTerms(List<TypeCount> types, long terminated, BigDecimal terminatedWan) {

	/** No signings: what a period without projects is made of. */
	public static final SigningTerms NONE = new SigningTerms(List.of(), 0, BigDecimal.ZERO);

	/**
	 * The signings of one agreement type.
	 *
	 * @param projects the projects signed under it
	 * @param withoutAmount those without an amount: 未填 for an investment agreement, no
	 * amount agreed for any other
	 */
	public record TypeCount(AgreementType type, long projects, long withoutAmount) {

		/** Whether its projects are expected to carry an amount: 投资协议. */
		public boolean investment() {
			return this.type == AgreementType.INVESTMENT;
		}

	}

	/** The investment agreements without an amount: the only 未填. */
	public long unfilled() {
		return this.types.stream().filter(TypeCount::investment).mapToLong(TypeCount::withoutAmount).sum();
	}

	/**
	 * The types other than 投资协议 with projects that set no amount, with those projects
	 * only ("3个为战略合作协议").
	 */
	public List<TypeCount> unagreed() {
		return this.types.stream()
			.filter((t) -> !t.investment() && t.withoutAmount() > 0)
			.map((t) -> new TypeCount(t.type(), t.withoutAmount(), t.withoutAmount()))
			.toList();
	}

	/** The projects without an amount by their agreement's nature. */
	public long unagreedCount() {
		return unagreed().stream().mapToLong(TypeCount::projects).sum();
	}

	/** Whether any agreement other than an investment agreement was signed. */
	public boolean mixed() {
		return this.types.stream().anyMatch((t) -> !t.investment());
	}

}
