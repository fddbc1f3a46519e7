package cn.investpromo.report;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amounts in the English narrative read as an English reader says them, from figures kept
 * in 万元.
 */
class MoneyTests {

	@Test
	void amountsOfAtLeastOneBillionAreInBillions() {
		assertThat(Money.cny(new BigDecimal("143000"))).isEqualTo("CNY 1.43 bn");
		assertThat(Money.cny(new BigDecimal("100000"))).isEqualTo("CNY 1.00 bn");
	}

	@Test
	void smallerAmountsAreInMillionsWithoutTrailingZeros() {
		assertThat(Money.cny(new BigDecimal("15900"))).isEqualTo("CNY 159 mn");
		assertThat(Money.cny(new BigDecimal("50000"))).isEqualTo("CNY 500 mn");
		assertThat(Money.cny(new BigDecimal("100"))).isEqualTo("CNY 1 mn");
		assertThat(Money.cny(new BigDecimal("50"))).isEqualTo("CNY 0.5 mn");
		assertThat(Money.cny(new BigDecimal("0"))).isEqualTo("CNY 0 mn");
	}

	@Test
	void thresholdsAreSaidWithoutTrailingZeros() {
		assertThat(Money.cnyRound(new BigDecimal("10000"))).isEqualTo("CNY 100 mn");
		assertThat(Money.cnyRound(new BigDecimal("50000"))).isEqualTo("CNY 500 mn");
		assertThat(Money.cnyRound(new BigDecimal("100000"))).isEqualTo("CNY 1 bn");
		assertThat(Money.cnyRound(new BigDecimal("200000.00"))).isEqualTo("CNY 2 bn");
		assertThat(Money.cnyRound(new BigDecimal("150000"))).isEqualTo("CNY 1.5 bn");
	}

}
