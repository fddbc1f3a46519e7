package cn.investpromo.report;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts in the English narrative read as an English reader says them, from figures kept in 万元. */
class NarrativeMoneyTests {

	@Test
	void amountsOfAtLeastOneBillionAreInBillions() {
		assertThat(Narrative.cny(new BigDecimal("143000"))).isEqualTo("CNY 1.43 billion");
		assertThat(Narrative.cny(new BigDecimal("100000"))).isEqualTo("CNY 1.00 billion");
	}

	@Test
	void smallerAmountsAreInMillionsWithoutTrailingZeros() {
		assertThat(Narrative.cny(new BigDecimal("15900"))).isEqualTo("CNY 159 million");
		assertThat(Narrative.cny(new BigDecimal("50000"))).isEqualTo("CNY 500 million");
		assertThat(Narrative.cny(new BigDecimal("100"))).isEqualTo("CNY 1 million");
		assertThat(Narrative.cny(new BigDecimal("50"))).isEqualTo("CNY 0.5 million");
		assertThat(Narrative.cny(new BigDecimal("0"))).isEqualTo("CNY 0 million");
	}

}
