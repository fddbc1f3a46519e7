package cn.investpromo.delivery;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.investpromo.report.Period;
import cn.investpromo.report.ReportFiles;
import cn.investpromo.report.ReportLanguage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The 企业微信 and 钉钉 robots against a real HTTP server on the loopback interface standing in
 * for them: what they are sent, and how they fare when it is down, fails, answers too
 * slowly or says they send too much.
 */
class RobotDeliveryTests {

	private static final RobotClient.Settings FAST = new RobotClient.Settings(Duration.ofMillis(500), 2,
			Duration.ofMillis(10), Duration.ofMillis(50));

	@TempDir
	Path work;

	private HttpServer server;

	private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

	/** Answers in turn; the last answer repeats. */
	private final ConcurrentLinkedDeque<Function<Request, Answer>> answers = new ConcurrentLinkedDeque<>();

	private final List<Duration> slept = Collections.synchronizedList(new ArrayList<>());

	private final HttpClient http = HttpClient.newHttpClient();

	private DeliveredReport report;

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		this.server.start();
		ReportFiles files = ReportFiles.of(this.work, "招远市", YearMonth.of(2019, 7), ReportLanguage.ZH);
		Files.createDirectories(files.directory());
		Files.write(files.xlsx(), new byte[] { 'P', 'K', 3, 4 });
		Files.write(files.pdf(), "%PDF-1.4 the report".getBytes(StandardCharsets.ISO_8859_1));
		Files.writeString(files.json(), "{\"narrative\":\"2019年7月，招远市举办招商活动1场。\\n其余段落。\"}");
		this.report = DeliveredReport.of("370685", "招远市", Period.month(YearMonth.of(2019, 7)), ReportLanguage.ZH,
				files);
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	@Test
	void theWecomRobotGetsTheMarkdownSummaryAndThePdfThroughItsMediaUpload() throws Exception {
		// given
		this.answers.add((request) -> request.path().endsWith("/upload_media")
				? Answer.ok("{\"errcode\":0,\"errmsg\":\"ok\",\"type\":\"file\",\"media_id\":\"M-1\"}")
				: Answer.ok("{\"errcode\":0,\"errmsg\":\"ok\"}"));
		// when
		wecom().send(this.report);
		// then: markdown, upload, file message, each with the key
		assertThat(this.requests).extracting(Request::path)
			.containsExactly("/cgi-bin/webhook/send", "/cgi-bin/webhook/upload_media", "/cgi-bin/webhook/send");
		assertThat(this.requests).allSatisfy((request) -> assertThat(request.query()).containsEntry("key", "K1"));
		JsonNode markdown = json(this.requests.get(0).body());
		assertThat(markdown.get("msgtype").asString()).isEqualTo("markdown");
		assertThat(markdown.get("markdown").get("content").asString())
			.startsWith("### 招远市招商引资工作月度报告（2019年7月）\n\n2019年7月，招远市举办招商活动1场。\n\n> 文件：招远市_2019-07.xlsx、招远市_2019-07.pdf")
			.doesNotContain("其余段落");
		Request upload = this.requests.get(1);
		assertThat(upload.query()).containsEntry("type", "file");
		assertThat(upload.contentType()).startsWith("multipart/form-data; boundary=");
		assertThat(new String(upload.body(), StandardCharsets.ISO_8859_1)).contains("name=\"media\"")
			.contains("%PDF-1.4 the report");
		JsonNode file = json(this.requests.get(2).body());
		assertThat(file.get("msgtype").asString()).isEqualTo("file");
		assertThat(file.get("file").get("media_id").asString()).isEqualTo("M-1");
	}

	@Test
	void theDingtalkRobotInItsSignedModeGetsATimestampAndTheHmacSignItChecks() throws Exception {
		// given
		this.answers.add((request) -> Answer.ok("{\"errcode\":0,\"errmsg\":\"ok\"}"));
		Clock clock = Clock.fixed(Instant.ofEpochMilli(1_564_272_000_000L), ZoneOffset.UTC);
		DingtalkRobot robot = new DingtalkRobot(uri("/robot/send?access_token=T1"), "SEC-secret",
				client("dingtalk", Set.of(DingtalkRobot.RATE_LIMITED), 20), clock);
		// when
		robot.send(this.report);
		// then: the sign the robot computes from its secret and the timestamp it was
		// given
		Request request = this.requests.get(0);
		assertThat(request.query()).containsEntry("access_token", "T1").containsEntry("timestamp", "1564272000000");
		javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
		mac.init(new javax.crypto.spec.SecretKeySpec("SEC-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String expected = java.util.Base64.getEncoder()
			.encodeToString(mac.doFinal("1564272000000\nSEC-secret".getBytes(StandardCharsets.UTF_8)));
		assertThat(request.query().get("sign")).isEqualTo(expected);
		JsonNode message = json(request.body());
		assertThat(message.get("markdown").get("title").asString()).isEqualTo("招远市招商引资工作月度报告（2019年7月）");
		assertThat(message.get("markdown").get("text").asString()).contains("2019年7月，招远市举办招商活动1场。");
	}

	@Test
	void aRobotThatCannotBeReachedFailsAfterEveryRetryNamingTheAddressNotTheKey() throws Exception {
		// given: a port nothing listens on
		int closed;
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			closed = socket.getLocalPort();
		}
		DingtalkRobot robot = new DingtalkRobot(
				URI.create("http://127.0.0.1:" + closed + "/robot/send?access_token=T1"), null,
				client("dingtalk", Set.of(DingtalkRobot.RATE_LIMITED), 20), Clock.systemUTC());
		// then
		assertThatThrownBy(() -> robot.send(this.report)).isInstanceOf(DeliveryException.class)
			.hasMessageStartingWith("无法连接 / cannot connect to http://127.0.0.1:" + closed + "/robot/send")
			.hasMessageEndingWith("(3 attempt(s))")
			.hasMessageNotContaining("T1")
			.satisfies((ex) -> assertThat(((DeliveryException) ex).attempts()).isEqualTo(3));
		assertThat(this.slept).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
	}

	@Test
	void anHttp500IsTriedAgainWithBackoffAndAPersistentOneFails() throws Exception {
		// given: two failures, then the robot is back
		AtomicInteger calls = new AtomicInteger();
		this.answers.add((request) -> (calls.incrementAndGet() <= 2) ? new Answer(500, "oops")
				: Answer.ok("{\"errcode\":0,\"errmsg\":\"ok\"}"));
		// when
		int attempts = dingtalk().send(this.report);
		// then
		assertThat(attempts).isEqualTo(3);
		assertThat(this.requests).hasSize(3);
		assertThat(this.slept).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
		// and: when it stays down, the delivery fails with the status
		this.answers.clear();
		this.answers.add((request) -> new Answer(500, "oops"));
		assertThatThrownBy(() -> dingtalk().send(this.report)).isInstanceOf(DeliveryException.class)
			.hasMessage("HTTP 500 from " + uri("/robot/send") + " (3 attempt(s))");
	}

	@Test
	void aRateLimitAnswerWaitsTheRobotsPauseBeforeTryingAgain() throws Exception {
		// given: WeCom's "api freq out of limit" once, then ok
		AtomicInteger calls = new AtomicInteger();
		this.answers.add((request) -> (calls.incrementAndGet() == 1)
				? Answer.ok("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}")
				: request.path().endsWith("/upload_media") ? Answer.ok("{\"errcode\":0,\"media_id\":\"M\"}")
						: Answer.ok("{\"errcode\":0,\"errmsg\":\"ok\"}"));
		// when
		wecom().send(this.report);
		// then: the pause, not the short backoff, and the markdown sent again
		assertThat(this.slept).containsExactly(Duration.ofMillis(50));
		assertThat(this.requests).hasSize(4);
		// and: DingTalk's "send too fast" that does not clear fails naming it
		this.answers.clear();
		this.answers.add((request) -> Answer.ok("{\"errcode\":130101,\"errmsg\":\"send too fast\"}"));
		assertThatThrownBy(() -> dingtalk().send(this.report)).isInstanceOf(DeliveryException.class)
			.hasMessage("发送过于频繁 / sent too often (errcode 130101 send too fast) (3 attempt(s))");
	}

	@Test
	void aRobotThatDoesNotAnswerInTimeIsAFailedCallAndARefusalIsNotTriedAgain() throws Exception {
		// given: an answer after 2 s, the timeout 0.5 s
		this.answers.add((request) -> {
			sleep(2_000);
			return Answer.ok("{\"errcode\":0}");
		});
		// then
		assertThatThrownBy(() -> dingtalk().send(this.report)).isInstanceOf(DeliveryException.class)
			.hasMessage("无应答 / no answer within 0.5 s from " + uri("/robot/send") + " (3 attempt(s))");
		// and: a wrong key is final
		this.answers.clear();
		this.requests.clear();
		this.answers.add((request) -> Answer.ok("{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}"));
		assertThatThrownBy(() -> wecom().send(this.report))
			.hasMessage("机器人拒绝 / the robot refused: errcode 93000 invalid webhook url");
		assertThat(this.requests).filteredOn((request) -> request.path().startsWith("/cgi-bin")).hasSize(1);
	}

	@Test
	void atMostTwentyMessagesAMinuteGoToOneRobot() throws Exception {
		// given: a clock the limiter's waits move on
		Instant[] now = { Instant.parse("2019-08-02T06:00:00Z") };
		Clock clock = new Clock() {

			@Override
			public Instant instant() {
				return now[0];
			}

			@Override
			public java.time.ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

		};
		List<Duration> waits = new ArrayList<>();
		RateLimiter limiter = new RateLimiter(20, clock, (duration) -> {
			waits.add(duration);
			now[0] = now[0].plus(duration);
		});
		// when: 20 messages in the first second, one more
		for (int i = 0; i < 20; i++) {
			limiter.acquire();
			now[0] = now[0].plusMillis(50);
		}
		limiter.acquire();
		// then: the 21st waited until the first was a minute old
		assertThat(waits).containsExactly(Duration.ofMillis(60_000 - 1_000));
		assertThat(now[0]).isEqualTo(Instant.parse("2019-08-02T06:01:00Z"));
	}

	private WecomRobot wecom() {
		return new WecomRobot(uri("/cgi-bin/webhook/send?key=K1"),
				client("wecom", Set.of(WecomRobot.RATE_LIMITED), 20));
	}

	private DingtalkRobot dingtalk() {
		return new DingtalkRobot(uri("/robot/send?access_token=T1"), null,
				client("dingtalk", Set.of(DingtalkRobot.RATE_LIMITED), 20), Clock.systemUTC());
	}

	private RobotClient client(String channel, Set<Integer> rateLimitCodes, int perMinute) {
		RateLimiter.Sleeper record = this.slept::add;
		return new RobotClient(channel, this.http, FAST, rateLimitCodes,
				new RateLimiter(perMinute, Clock.systemUTC(), RateLimiter.Sleeper.REAL), record);
	}

	private URI uri(String pathAndQuery) {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + pathAndQuery);
	}

	private void handle(HttpExchange exchange) throws IOException {
		Request request = new Request(exchange.getRequestURI().getPath(), query(exchange.getRequestURI()),
				exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestBody().readAllBytes());
		this.requests.add(request);
		Function<Request, Answer> next = (this.answers.size() > 1) ? this.answers.pollFirst()
				: this.answers.peekFirst();
		Answer answer = next.apply(request);
		byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
		try {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(answer.status(), body.length);
			exchange.getResponseBody().write(body);
		}
		catch (IOException ex) {
			// the client gave up waiting (the timeout test)
		}
		exchange.close();
	}

	private static Map<String, String> query(URI uri) {
		Map<String, String> query = new LinkedHashMap<>();
		if (uri.getRawQuery() != null) {
			for (String pair : uri.getRawQuery().split("&")) {
				String[] nameValue = pair.split("=", 2);
				query.put(nameValue[0], URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
			}
		}
		return query;
	}

	private static JsonNode json(byte[] body) {
		return JsonMapper.builder().build().readTree(new String(body, StandardCharsets.UTF_8));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private record Request(String path, Map<String, String> query, String contentType, byte[] body) {
	}

	private record Answer(int status, String body) {

		static Answer ok(String body) {
			return new Answer(200, body);
		}

	}

}
