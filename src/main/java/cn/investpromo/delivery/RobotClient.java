package cn.investpromo.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a group robot's webhook: a timeout on every call, at most so many messages a
 * minute, and retries with doubling backoff when the robot cannot be reached, fails on
 * its side (HTTP 5xx, 429) or says it is sent too much; a refusal that another try cannot
 * change (a wrong key, a bad message) fails at once.
 */
final class RobotClient {

	private static final Logger log = LoggerFactory.getLogger(RobotClient.class);

	private final String channel;

	private final HttpClient http;

	private final Settings settings;

	private final Set<Integer> rateLimitCodes;

	private final RateLimiter limiter;

	private final RateLimiter.Sleeper sleeper;

	private final JsonMapper json = JsonMapper.builder().build();

	private int calls;

	RobotClient(String channel, HttpClient http, Settings settings, Set<Integer> rateLimitCodes, RateLimiter limiter,
			RateLimiter.Sleeper sleeper) {
		this.channel = channel;
		this.http = http;
		this.settings = settings;
		this.rateLimitCodes = rateLimitCodes;
		this.limiter = limiter;
		this.sleeper = sleeper;
	}

	/** Timeout, retries and their waits. */
	record Settings(Duration timeout, int retries, Duration backoff, Duration rateLimitPause) {

		static Settings of(DeliveryProperties properties) {
			return new Settings(properties.timeout(), properties.retries(), properties.backoff(),
					properties.rateLimitPause());
		}

	}

	/** Posts a JSON message; counts against the robot's messages a minute. */
	JsonNode sendJson(URI uri, String body) throws DeliveryException {
		return post(uri, "application/json; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), true);
	}

	/**
	 * Posts a multipart upload (a file for the robot to send next); not a message of its
	 * own.
	 */
	JsonNode upload(URI uri, String contentType, byte[] body) throws DeliveryException {
		return post(uri, contentType, body, false);
	}

	private JsonNode post(URI uri, String contentType, byte[] body, boolean message) throws DeliveryException {
		Duration wait = this.settings.backoff();
		String failure = "";
		int attempts = 0;
		try {
			for (int attempt = 0; attempt <= this.settings.retries(); attempt++) {
				if (attempt > 0) {
					log.debug("{}: {}; trying again in {} ms", this.channel, failure, wait.toMillis());
					this.sleeper.sleep(wait);
					wait = wait.multipliedBy(2);
				}
				attempts++;
				this.calls++;
				if (message) {
					this.limiter.acquire();
				}
				HttpResponse<String> response;
				try {
					response = send(uri, contentType, body);
				}
				catch (IOException ex) {
					failure = RobotTransport.failure(uri, ex, this.settings.timeout());
					continue;
				}
				int status = response.statusCode();
				if (status >= 500 || status == 429) {
					failure = "HTTP " + status + " from " + RobotTransport.where(uri);
					continue;
				}
				if (status >= 300) {
					throw new DeliveryException("HTTP " + status + " from " + RobotTransport.where(uri), attempts);
				}
				JsonNode answer = answer(response, uri, attempts);
				int code = answer.path("errcode").asInt(0);
				if (code == 0) {
					return answer;
				}
				String said = "errcode " + code + " " + answer.path("errmsg").asString("");
				if (this.rateLimitCodes.contains(code)) {
					failure = "发送过于频繁 / sent too often (" + said.strip() + ")";
					// the robot counts a minute: backing off for less only spends
					// attempts
					wait = max(wait, this.settings.rateLimitPause());
					continue;
				}
				throw new DeliveryException("机器人拒绝 / the robot refused: " + said.strip(), attempts);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DeliveryException("已中断 / interrupted", attempts);
		}
		throw new DeliveryException(failure + " (" + attempts + " attempt(s))", attempts);
	}

	private HttpResponse<String> send(URI uri, String contentType, byte[] body)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(this.settings.timeout())
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private JsonNode answer(HttpResponse<String> response, URI uri, int attempts) throws DeliveryException {
		try {
			return this.json.readTree(response.body());
		}
		catch (JacksonException ex) {
			throw new DeliveryException("无法读取应答 / not a robot's answer from " + RobotTransport.where(uri), attempts);
		}
	}

	/**
	 * Every call made so far, retries included: what a delivery through this client took.
	 */
	int calls() {
		return this.calls;
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

}
