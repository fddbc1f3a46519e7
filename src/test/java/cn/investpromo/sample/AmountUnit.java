package cn.investpromo.sample;

import java.math.BigDecimal;

/**
 * The unit a ledger's amount columns are kept in; the 2018 ledger uses 亿元 on purpose, the
 * 2019 one 万元.
 */
enum AmountUnit {

	WAN("协议投资额（万元）", "到位资金（万元）"), YI("投资额（亿元）", "实际到位资金（亿元）");

	private final String amountHeader;

	private final String fundsHeader;

	AmountUnit(String amountHeader, String fundsHeader) {
		this.amountHeader = amountHeader;
		this.fundsHeader = fundsHeader;
	}

	String amountHeader() {
		return this.amountHeader;
	}

	String fundsHeader() {
		return this.fundsHeader;
	}

	/** The numeric cell for an amount given in 万元. */
	Number cell(long wan) {
		return this == WAN ? wan : BigDecimal.valueOf(wan, 4).doubleValue();
	}

}
