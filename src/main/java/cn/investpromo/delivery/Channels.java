package cn.investpromo.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Makes the channels of a set of recipients (mail, a 企业微信 and a 钉钉 robot), the scope's or
 * a unit's; every robot keeps one limiter of its messages a minute for the life of the
 * process, so a schedule's runs, and the units of one run, share it.
 */
final class Channels {

	private final DeliveryProperties properties;

	private final @Nullable JavaMailSender mailSender;

	private final @Nullable String mailFrom;

	private final String mailServer;

	/**
	 * Only when a robot is configured: making one sets up TLS, about half a second of
	 * every start otherwise.
	 */
	private final @Nullable HttpClient http;

	private final Clock clock;

	private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

	Channels(DeliveryProperties properties, Map<String, UnitRecipients> units, @Nullable JavaMailSender mailSender,
			@Nullable String mailFrom, String mailServer, Clock clock) {
		this.properties = properties;
		this.mailSender = mailSender;
		this.mailFrom = mailFrom;
		this.mailServer = mailServer;
		this.clock = clock;
		boolean robots = properties.wecom().enabled() || properties.dingtalk().enabled()
				|| units.values().stream().anyMatch((unit) -> unit.wecom().enabled() || unit.dingtalk().enabled());
		this.http = robots ? HttpClient.newBuilder().connectTimeout(properties.timeout()).build() : null;
	}

	/** The channels these recipients are reached by; none when none is set. */
	List<Channel> of(DeliveryProperties.Mail mail, DeliveryProperties.Wecom wecom,
			DeliveryProperties.Dingtalk dingtalk) {
		List<Channel> channels = new ArrayList<>();
		RobotClient.Settings settings = RobotClient.Settings.of(this.properties);
		if (mail.enabled() && this.mailSender != null) {
			channels.add(new MailChannel(this.mailSender, this.mailFrom, mail.to(), mail.cc(), this.mailServer,
					settings, RateLimiter.Sleeper.REAL));
		}
		if (wecom.enabled()) {
			String url = Objects.requireNonNull(wecom.webhookUrl()).trim();
			channels.add(new WecomRobot(URI.create(url), new RobotClient(Delivery.WECOM, http(), settings,
					Set.of(WecomRobot.RATE_LIMITED), limiter(url), RateLimiter.Sleeper.REAL)));
		}
		if (dingtalk.enabled()) {
			String url = Objects.requireNonNull(dingtalk.webhookUrl()).trim();
			channels
				.add(new DingtalkRobot(
						URI.create(url), dingtalk.secret(), new RobotClient(Delivery.DINGTALK, http(), settings,
								Set.of(DingtalkRobot.RATE_LIMITED), limiter(url), RateLimiter.Sleeper.REAL),
						this.clock));
		}
		return channels;
	}

	private RateLimiter limiter(String url) {
		return this.limiters.computeIfAbsent(url,
				(key) -> new RateLimiter(this.properties.perMinute(), this.clock, RateLimiter.Sleeper.REAL));
	}

	private HttpClient http() {
		return Objects.requireNonNull(this.http, "a robot is configured, so its HTTP client was made");
	}

}
