package cn.investpromo.system;

import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Routes log lines once Boot has set up its console and file appenders (SPEC §2.6, issue
 * 12): the console shows only investpromo's own lines, as a library's (POI's "Ran out of
 * data…", Flyway's "DB: no data", Spring Batch's step errors) are in English, name no
 * file and often carry a stack trace, so they go to the log file alone, where they are
 * kept at WARN and above; and what the CLI prints (logger {@code investpromo.console})
 * and every rejected row ({@code investpromo.rejects}) go to the log file only. Boot's
 * own appenders are kept rather than replaced by a logback-spring.xml, which would turn a
 * log file that cannot be created into a start-up failure.
 */
public class OwnLogLinesOnly extends Filter<ILoggingEvent>
		implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	/** Loggers whose lines go to the log file only. */
	private static final String[] FILE_ONLY = { "investpromo.console", "investpromo.rejects" };

	@Override
	public FilterReply decide(ILoggingEvent event) {
		return event.getLoggerName().startsWith("cn.investpromo.") ? FilterReply.NEUTRAL : FilterReply.DENY;
	}

	@Override
	public int getOrder() {
		return LoggingApplicationListener.DEFAULT_ORDER + 1; // after Boot has
																// (re)configured logging
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
			return;
		}
		Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		Appender<ILoggingEvent> console = root.getAppender("CONSOLE");
		if (console != null
				&& console.getCopyOfAttachedFiltersList().stream().noneMatch(OwnLogLinesOnly.class::isInstance)) {
			OwnLogLinesOnly filter = new OwnLogLinesOnly();
			filter.start();
			console.addFilter(filter);
		}
		Appender<ILoggingEvent> file = root.getAppender("FILE");
		for (String name : FILE_ONLY) {
			Logger logger = context.getLogger(name);
			logger.setAdditive(false);
			logger.setLevel(Level.INFO);
			// detached, not stopped: an appender left from an earlier start may be the
			// root's file appender itself
			java.util.List<Appender<ILoggingEvent>> attached = new java.util.ArrayList<>();
			logger.iteratorForAppenders().forEachRemaining(attached::add);
			attached.forEach(logger::detachAppender);
			if (file != null) {
				logger.addAppender(file);
			}
		}
	}

}
