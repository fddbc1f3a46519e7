package cn.investpromo.store;

import cn.investpromo.event.EventType;
import cn.investpromo.event.PromotionEvent;
import cn.investpromo.event.PromotionEvent.Builder;

/**
 * The columns of {@code promo_event}, declared once: a new stored event column is one
 * line here (and its migration).
 */
final class EventColumns {

	static final EntityTable<PromotionEvent, Builder> TABLE = EntityTable
		.of("promo_event", "event_key", PromotionEvent::key, Builder::key, PromotionEvent::builder, Builder::build)
		.text("event_id", PromotionEvent::id, Builder::id)
		.text("name", PromotionEvent::name, Builder::name)
		.enumerated("event_type", PromotionEvent::type, EventType.class, Builder::type)
		.date("start_date", PromotionEvent::startDate, Builder::startDate)
		.date("end_date", PromotionEvent::endDate, Builder::endDate)
		.text("host_region_code", PromotionEvent::hostRegionCode, Builder::hostRegionCode)
		.text("venue", PromotionEvent::venue, Builder::venue)
		.text("target_region", PromotionEvent::targetRegion, Builder::targetRegion)
		.text("organizer", PromotionEvent::organizer, Builder::organizer)
		.integer("attendees", PromotionEvent::attendees, Builder::attendees)
		.integer("enterprises", PromotionEvent::enterprises, Builder::enterprises)
		.text("industries", PromotionEvent::industries, Builder::industries)
		.text("notes", PromotionEvent::notes, Builder::notes)
		.source(PromotionEvent::source, Builder::source)
		.written("name_key", (e) -> Keys.referenceKey(e.name()));

	private EventColumns() {
	}

}
