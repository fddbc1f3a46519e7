package cn.investpromo.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.investpromo.quality.Source;

/**
 * Test fixtures: a signed project of 招远市 as a plain ledger row gives it, to be changed by
 * name where a test needs another value.
 */
public final class SignedProjects {

	private SignedProjects() {
	}

	/**
	 * A project "P1" (项目P1, 新材料, a 1000 万元 investment agreement, signed 2019-07-15, still
	 * signed) read from row 3 of sheet "s" of f.xlsx.
	 */
	public static SignedProject.Builder builder() {
		return SignedProject.builder()
			.key("P1")
			.id("P1")
			.name("项目P1")
			.signedDate(LocalDate.of(2019, 7, 15))
			.regionCode("370685")
			.investor("投资方P1")
			.industryCode("NMAT")
			.industryText("新材料")
			.agreementType(AgreementType.INVESTMENT)
			.amountWan(new BigDecimal("1000"))
			.amountText("1000")
			.currency("CNY")
			.status(ProjectStatus.SIGNED)
			.source(new Source("f.xlsx", "s", 3));
	}

	/**
	 * A project with a key (also its id and the end of its name) and an amount (万元, or
	 * none).
	 */
	public static SignedProject.Builder builder(String key, String date, String region, String amountWan) {
		return builder().key(key)
			.id(key)
			.name("项目" + key)
			.signedDate(LocalDate.parse(date))
			.regionCode(region)
			.amountWan((amountWan != null) ? new BigDecimal(amountWan) : null)
			.amountText(amountWan);
	}

}
