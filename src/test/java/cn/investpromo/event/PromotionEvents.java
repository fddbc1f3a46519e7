package cn.investpromo.event;

import java.time.LocalDate;

import cn.investpromo.quality.Source;

/**
 * Test fixtures: a one-day promotion event of 招远市 as a plain ledger row gives it, to be
 * changed by name where a test needs another value.
 */
public final class PromotionEvents {

	private PromotionEvents() {
	}

	/**
	 * A 推介会 "推介会" on 2019-07-10 without an id, read from row 2 of sheet "s" of f.xlsx.
	 */
	public static PromotionEvent.Builder builder() {
		return PromotionEvent.builder()
			.key("K|推介会")
			.name("推介会")
			.type(EventType.PROMOTION)
			.startDate(LocalDate.of(2019, 7, 10))
			.endDate(LocalDate.of(2019, 7, 10))
			.hostRegionCode("370685")
			.source(new Source("f.xlsx", "s", 2));
	}

	/** An event of one day, without an id, keyed by its name. */
	public static PromotionEvent.Builder builder(String name, String date, String region) {
		return builder().key("K|" + name)
			.name(name)
			.startDate(LocalDate.parse(date))
			.endDate(LocalDate.parse(date))
			.hostRegionCode(region);
	}

}
