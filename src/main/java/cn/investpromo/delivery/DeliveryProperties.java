package cn.investpromo.delivery;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a written report is sent, from {@code investpromo.delivery.*}; a channel without
 * its setting is not used.
 *
 * @param mail e-mail through Spring Boot's mail support ({@code spring.mail.*} for the
 * server)
 * @param wecom a 企业微信 group robot
 * @param dingtalk a 钉钉 group robot
 * @param timeout the longest any one call to a robot may take
 * @param retries how many times a failed call is tried again
 * @param backoff the wait before the first retry, doubled before each further one
 * @param perMinute the most messages sent to one robot in a minute (both robots allow 20)
 * @param rateLimitPause the wait after a robot answered that it is sent too much
 */
@ConfigurationProperties("investpromo.delivery")
public record DeliveryProperties(@DefaultValue Mail mail, @DefaultValue Wecom wecom, @DefaultValue Dingtalk dingtalk,
		@DefaultValue("10s") Duration timeout, @DefaultValue("3") int retries, @DefaultValue("2s") Duration backoff,
		@DefaultValue("20") int perMinute, @DefaultValue("60s") Duration rateLimitPause) {

	public DeliveryProperties {
		if (retries < 0 || perMinute < 1 || timeout.isNegative() || timeout.isZero() || backoff.isNegative()) {
			throw new IllegalArgumentException("investpromo.delivery.retries must be at least 0, .per-minute at least"
					+ " 1, .timeout above zero and .backoff not negative");
		}
		wecom.check("investpromo.delivery.wecom.webhook-url");
		dingtalk.check();
	}

	/** Mail recipients; {@code from} defaults to {@code spring.mail.username}. */
	public record Mail(@DefaultValue List<String> to, @DefaultValue List<String> cc, @Nullable String from) {

		public boolean enabled() {
			return this.to.stream().anyMatch((address) -> !address.isBlank());
		}

	}

	/**
	 * A 企业微信 group robot by its webhook address ({@code …/cgi-bin/webhook/send?key=…}).
	 */
	public record Wecom(@Nullable String webhookUrl) {

		public boolean enabled() {
			return this.webhookUrl != null && !this.webhookUrl.isBlank();
		}

		void check(String setting) {
			checkUrl(setting, this.webhookUrl);
		}

	}

	/**
	 * A 钉钉 group robot by its webhook address, with the secret of its signed mode if it
	 * uses one.
	 */
	public record Dingtalk(@Nullable String webhookUrl, @Nullable String secret) {

		public boolean enabled() {
			return this.webhookUrl != null && !this.webhookUrl.isBlank();
		}

		void check() {
			checkUrl("investpromo.delivery.dingtalk.webhook-url", this.webhookUrl);
		}

	}

	static void checkUrl(String setting, @Nullable String url) {
		if (url == null || url.isBlank()) {
			return;
		}
		try {
			URI uri = URI.create(url.trim());
			if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
				throw new IllegalArgumentException("no http(s) address");
			}
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(setting + " must be an http(s) address, not '" + url + "'");
		}
	}

}
