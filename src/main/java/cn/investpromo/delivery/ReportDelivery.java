package cn.investpromo.delivery;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

	private final DeliveryStore store;

	private final Channels channels;

	private final Map<String, UnitRecipients> units;

	private final Clock clock = Clock.systemDefaultZone();

	public ReportDelivery(DeliveryProperties properties, ObjectProvider<JavaMailSender> mailSender, DeliveryStore store,
			Environment environment) {
		this.properties = properties;
		this.store = store;
		this.units = UnitRecipients.from(environment);
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null && (properties.mail().enabled()
				|| this.units.values().stream().anyMatch((unit) -> unit.mail().enabled()))) {
			throw new IllegalStateException("investpromo.delivery.mail.to is set but spring.mail.host is not: "
					+ "name the mail server (spring.mail.host, .port, .username, .password)");
		}
		String from = properties.mail().from();
		this.channels = new Channels(properties, this.units, sender,
				(from != null && !from.isBlank()) ? from : environment.getProperty("spring.mail.username"),
				environment.getProperty("spring.mail.host", "") + ":"
						+ environment.getProperty("spring.mail.port", "25"),
				this.clock);
	}

	/** Whether any channel is configured for the scope's report. */
	public boolean configured() {
		return !channels().isEmpty();
	}

	/**
	 * Whether the report of this region has recipients: its own
	 * ({@code investpromo.delivery.units.<name or code>}), or, for the report of the
	 * run's scope, the scope's.
	 */
	public boolean configuredFor(String code, String name, boolean scopeOfRun) {
		return (scopeOfRun && configured()) || !unitChannels(code, name).isEmpty();
	}

	/**
	 * Sends the report of the run's scope to the scope's channels and to its own unit
	 * recipients, if any, as {@link #deliver(DeliveredReport, Long, boolean, boolean)}.
	 */
	public List<Delivery> deliver(DeliveredReport report, @Nullable Long reportExecutionId, boolean onlyUndelivered) {
		return deliver(report, reportExecutionId, onlyUndelivered, true);
	}

	/**
	 * Sends the report to its unit's own recipients and, for the run's scope, to the
	 * scope's channels, and stores each outcome; with {@code onlyUndelivered}, a channel
	 * this region's report written by {@code reportExecutionId} already reached is left
	 * out (a run that found its report up to date).
	 */
	public List<Delivery> deliver(DeliveredReport report, @Nullable Long reportExecutionId, boolean onlyUndelivered,
			boolean scopeOfRun) {
		List<Channel> channels = new ArrayList<>(scopeOfRun ? channels() : List.of());
		channels.addAll(unitChannels(report.scopeCode(), report.scopeName()));
		List<Delivery> deliveries = new ArrayList<>();
		for (Channel channel : channels) {
			if (onlyUndelivered && reportExecutionId != null && this.store.delivered(reportExecutionId,
					report.scopeName(), channel.name(), channel.recipients())) {
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

	private List<Channel> channels() {
		return this.channels.of(this.properties.mail(), this.properties.wecom(), this.properties.dingtalk());
	}

	/** The unit's own channels, set by its name or code. */
	private List<Channel> unitChannels(String code, String name) {
		for (Map.Entry<String, UnitRecipients> unit : this.units.entrySet()) {
			String key = unit.getKey().trim();
			if (key.equals(code) || key.equals(name)) {
				return this.channels.of(unit.getValue().mail(), unit.getValue().wecom(), unit.getValue().dingtalk());
			}
		}
		return List.of();
	}

}
