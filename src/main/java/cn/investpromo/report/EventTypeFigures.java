package cn.investpromo.report;

import cn.investpromo.event.EventType;

/** Month-M events of one type. */
public record EventTypeFigures(EventType type, long events, long attendees, long enterprises) {
}
