package cn.investpromo.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a written report to every configured channel (mail, 企业微信, 钉钉) and stores each
 * delivery; nothing is sent when none is configured. A channel that fails does not keep
 * the others from being tried.
 */
@Component
public class ReportDelivery {

	private static final Logger log = LoggerFactory.getLogger(ReportDelivery.class);

	private final DeliveryProperties properties;

	private final @Nullable JavaMailSender mailSender;

	private final DeliveryStore store;

	private final String mailServer;

	private final @Nullable String mailFrom;

	/**
	 * Only when a robot is configured: making one sets up TLS, about half a second of
	 * every start otherwise.
	 */
	private final @Nullable HttpClient http;

	private final Clock clock = Clock.systemDefaultZone();

	/**
	 * One per robot for the life of the process, so a schedule's runs share the robot's
	 * messages a minute.
	 */
	private final RateLimiter wecomLimiter;

	private final RateLimiter dingtalkLimiter;

	public ReportDelivery(DeliveryProperties properties, ObjectProvider<JavaMailSender> mailSender, DeliveryStore store,
			Environment environment) {
		this.properties = properties;
		this.mailSender = mailSender.getIfAvailable();
		this.store = store;
		if (properties.mail().enabled() && this.mailSender == null) {
			throw new IllegalStateException("investpromo.delivery.mail.to is set but spring.mail.host is not: "
					+ "name the mail server (spring.mail.host, .port, .username, .password)");
		}
		this.mailServer = environment.getProperty("spring.mail.host", "") + ":"
				+ environment.getProperty("spring.mail.port", "25");
		String from = properties.mail().from();
		this.mailFrom = (from != null && !from.isBlank()) ? from : environment.getProperty("spring.mail.username");
		boolean robots = properties.wecom().enabled() || properties.dingtalk().enabled();
		this.http = robots ? HttpClient.newBuilder().connectTimeout(properties.timeout()).build() : null;
		this.wecomLimiter = new RateLimiter(properties.perMinute(), this.clock, RateLimiter.Sleeper.REAL);
		this.dingtalkLimiter = new RateLimiter(properties.perMinute(), this.clock, RateLimiter.Sleeper.REAL);
	}

	/** Whether any channel is configured. */
	public boolean configured() {
		return !channels().isEmpty();
	}

	/**
	 * Sends the report to each channel and stores the outcome; with
	 * {@code onlyUndelivered}, a channel the report written by {@code reportExecutionId}
	 * already reached is left out (a run that found its report up to date).
	 */
	public List<Delivery> deliver(DeliveredReport report, @Nullable Long reportExecutionId, boolean onlyUndelivered) {
		List<Delivery> deliveries = new ArrayList<>();
		for (Channel channel : channels()) {
			if (onlyUndelivered && reportExecutionId != null
					&& this.store.delivered(reportExecutionId, channel.name())) {
				continue;
			}
			Delivery delivery;
			try {
				int attempts = channel.send(report);
				delivery = delivery(report, reportExecutionId, channel, true, attempts, null);
				// the CLI prints the outcome line; the log keeps the detail for a run
				// nobody watched
				log.debug("Delivered {} {} by {} to {}", report.scopeName(), report.period(), channel.name(),
						channel.recipients());
			}
			catch (DeliveryException ex) {
				delivery = delivery(report, reportExecutionId, channel, false, ex.attempts(), ex.getMessage());
				log.debug("Delivery of {} {} by {} failed: {}", report.scopeName(), report.period(), channel.name(),
						ex.getMessage());
			}
			this.store.save(delivery);
			deliveries.add(delivery);
		}
		return deliveries;
	}

	private Delivery delivery(DeliveredReport report, @Nullable Long reportExecutionId, Channel channel,
			boolean delivered, int attempts, @Nullable String error) {
		return new Delivery(LocalDateTime.now(this.clock), report.scopeName(), report.period().label(),
				report.language().name().toLowerCase(Locale.ROOT), reportExecutionId, channel.name(),
				channel.recipients(), delivered, attempts, error);
	}

	private HttpClient http() {
		return Objects.requireNonNull(this.http, "a robot is configured, so its HTTP client was made");
	}

	/**
	 * The configured channels; robots get a client of their own per delivery, sharing the
	 * robot's limiter.
	 */
	private List<Channel> channels() {
		List<Channel> channels = new ArrayList<>();
		RobotClient.Settings settings = RobotClient.Settings.of(this.properties);
		if (this.properties.mail().enabled() && this.mailSender != null) {
			channels.add(new MailChannel(this.mailSender, this.mailFrom, this.properties.mail().to(),
					this.properties.mail().cc(), this.mailServer, settings, RateLimiter.Sleeper.REAL));
		}
		if (this.properties.wecom().enabled()) {
			channels.add(new WecomRobot(URI.create(Objects.requireNonNull(this.properties.wecom().webhookUrl()).trim()),
					new RobotClient(Delivery.WECOM, http(), settings, Set.of(WecomRobot.RATE_LIMITED),
							this.wecomLimiter, RateLimiter.Sleeper.REAL)));
		}
		if (this.properties.dingtalk().enabled()) {
			channels.add(new DingtalkRobot(
					URI.create(Objects.requireNonNull(this.properties.dingtalk().webhookUrl()).trim()),
					this.properties.dingtalk().secret(), new RobotClient(Delivery.DINGTALK, http(), settings,
							Set.of(DingtalkRobot.RATE_LIMITED), this.dingtalkLimiter, RateLimiter.Sleeper.REAL),
					this.clock));
		}
		return channels;
	}

}
