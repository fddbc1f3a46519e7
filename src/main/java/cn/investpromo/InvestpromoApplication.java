package cn.investpromo;

import org.apache.commons.logging.LogFactory;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import cn.investpromo.cli.InvestpromoCommand;

/**
 * Spring Boot application that hosts the investpromo batch jobs; {@link #main} is the
 * command line.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InvestpromoApplication {

	/**
	 * What commons-logging's discovery settles on here anyway (log4j-to-slf4j hands
	 * Log4j's API to SLF4J).
	 */
	private static final String SLF4J_LOG_FACTORY = "org.apache.commons.logging.impl.Slf4jLogFactory";

	public static void main(String[] args) {
		if (System.getProperty(LogFactory.FACTORY_PROPERTY) == null) {
			// named, Spring's logging goes straight to SLF4J instead of starting Log4j's
			// API to find that out
			// (about 0.1 s of every start, which an early answer notices)
			System.setProperty(LogFactory.FACTORY_PROPERTY, SLF4J_LOG_FACTORY);
		}
		Thread.setDefaultUncaughtExceptionHandler(InvestpromoApplication::uncaught);
		System.exit(InvestpromoCommand.execute(args));
	}

	/**
	 * An error in a thread of its own (a library's) in one line, not a stack trace: the
	 * trace goes to the log file (logger {@code investpromo.uncaught}, which the console
	 * filter keeps off the console), where a bug report can quote it.
	 */
	private static void uncaught(Thread thread, Throwable error) {
		if (error instanceof OutOfMemoryError) {
			System.err
				.println("错误 / error: 内存不足（线程 " + thread.getName() + "），请用更大的 -Xmx 再次运行 / out of memory in thread "
						+ thread.getName() + ": run again with a larger -Xmx");
			return;
		}
		LoggerFactory.getLogger("investpromo.uncaught").error("Uncaught in thread {}", thread.getName(), error);
		System.err.println("错误 / error: 线程 " + thread.getName() + " 意外出错：" + error + "（堆栈见日志文件 / the stack trace is in "
				+ "the log file: data/logs/investpromo.log unless configured otherwise）");
	}

}
