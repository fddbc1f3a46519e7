package cn.investpromo.system;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Lets only investpromo's own log lines through to the console: a library's lines (POI, Flyway, Spring Batch) are
 * in English, name no file and often carry a stack trace, so they go to the log file alone (SPEC §2.6).
 */
public class OwnLogLinesOnly extends Filter<ILoggingEvent> {

	@Override
	public FilterReply decide(ILoggingEvent event) {
		return event.getLoggerName().startsWith("cn.investpromo.") ? FilterReply.NEUTRAL : FilterReply.DENY;
	}

}
