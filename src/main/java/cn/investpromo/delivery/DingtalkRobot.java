package cn.investpromo.delivery;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A 钉钉 group robot: a markdown summary. With a secret (the robot's 加签 mode) every call
 * carries {@code timestamp} and {@code sign} = Base64(HmacSHA256(secret, timestamp + "\n"
 * + secret)), as the robot checks them.
 */
final class DingtalkRobot implements Channel {

	/** "send too fast". */
	static final int RATE_LIMITED = 130101;

	private final URI webhook;

	private final @Nullable String secret;

	private final RobotClient client;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	DingtalkRobot(URI webhook, @Nullable String secret, RobotClient client, Clock clock) {
		this.webhook = webhook;
		this.secret = (secret != null && !secret.isBlank()) ? secret.trim() : null;
		this.client = client;
		this.clock = clock;
	}

	@Override
	public String name() {
		return Delivery.DINGTALK;
	}

	@Override
	public String recipients() {
		return RobotTransport.where(this.webhook);
	}

	@Override
	public int send(DeliveredReport report) throws DeliveryException {
		ObjectNode message = this.json.createObjectNode().put("msgtype", "markdown");
		message.putObject("markdown").put("title", report.title()).put("text", Summaries.markdown(report));
		this.client.sendJson(signed(), this.json.writeValueAsString(message));
		return this.client.calls();
	}

	/** The webhook with timestamp and sign added in the signed mode. */
	URI signed() throws DeliveryException {
		if (this.secret == null) {
			return this.webhook;
		}
		long timestamp = this.clock.millis();
		String sign = URLEncoder.encode(sign(timestamp, this.secret), StandardCharsets.UTF_8);
		String query = ((this.webhook.getRawQuery() != null) ? this.webhook.getRawQuery() + "&" : "") + "timestamp="
				+ timestamp + "&sign=" + sign;
		return URI.create(this.webhook.getScheme() + "://" + this.webhook.getRawAuthority() + this.webhook.getRawPath()
				+ "?" + query);
	}

	static String sign(long timestamp, String secret) throws DeliveryException {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new DeliveryException("HmacSHA256 不可用 / HmacSHA256 unavailable: " + ex.getMessage(), 0);
		}
	}

}
