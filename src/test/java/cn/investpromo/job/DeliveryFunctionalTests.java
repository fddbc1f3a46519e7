package cn.investpromo.job;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.investpromo.cli.CliRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run} as a bureau sets it up: a real SMTP server (GreenMail) and two webhook
 * receivers standing in for the 企业微信 and 钉钉 robots, all on the loopback interface; then
 * the SMTP server down.
 */
class DeliveryFunctionalTests {

	private static final Path SAMPLE_INPUT = Path.of("input");

	@TempDir
	Path work;

	private GreenMail smtp;

	private HttpServer wecom;

	private HttpServer dingtalk;

	private final List<String> wecomCalls = Collections.synchronizedList(new ArrayList<>());

	private final List<String> dingtalkCalls = Collections.synchronizedList(new ArrayList<>());

	@BeforeEach
	void startServers() throws IOException {
		this.smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		this.smtp.start();
		this.wecom = robot(this.wecomCalls, "{\"errcode\":0,\"errmsg\":\"ok\",\"media_id\":\"M-7\"}");
		this.dingtalk = robot(this.dingtalkCalls, "{\"errcode\":0,\"errmsg\":\"ok\"}");
	}

	@AfterEach
	void stopServers() {
		this.smtp.stop();
		this.wecom.stop(0);
		this.dingtalk.stop(0);
	}

	@Test
	void aRunMailsBothFilesAndMessagesEachRobotAndWithTheMailServerDownFailsInOneLineKeepingTheFiles()
			throws Exception {
		// when
		int status;
		String output;
		try (ChildProcess run = ChildProcess.start(settings(this.smtp.getSmtp().getPort()), "run", "--month", "2019-07",
				"--scope", "招远市", "--input", SAMPLE_INPUT.toString(), "--data", this.work.resolve("data").toString(),
				"--out", this.work.resolve("reports").toString())) {
			status = run.waitFor(Duration.ofSeconds(120));
			output = run.output();
		}
		// then: one mail, to and cc, with the subject, the narrative's opening and both
		// files attached
		assertThat(status).as(output).isZero();
		MimeMessage[] mails = this.smtp.getReceivedMessages();
		// GreenMail keeps one copy per recipient: one message, to two addresses
		assertThat(mails).hasSize(2);
		MimeMessage mail = mails[0];
		assertThat(mail.getSubject()).isEqualTo("招远市招商引资工作月度报告（2019年7月）");
		assertThat(addresses(mail.getRecipients(Message.RecipientType.TO))).containsExactly("leader@zhaoyuan.example");
		assertThat(addresses(mail.getRecipients(Message.RecipientType.CC))).containsExactly("office@zhaoyuan.example");
		assertThat(addresses(mail.getFrom())).containsExactly("investpromo@zhaoyuan.example");
		Multipart parts = (Multipart) mail.getContent();
		List<String> attachments = new ArrayList<>();
		String body = null;
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (part.getFileName() != null) {
				attachments.add(jakarta.mail.internet.MimeUtility.decodeText(part.getFileName()));
				assertThat(part.getInputStream().readAllBytes()).isNotEmpty();
			}
			else {
				body = bodyText(part);
			}
		}
		assertThat(attachments).containsExactly("招远市_2019-07.xlsx", "招远市_2019-07.pdf");
		Path reports = this.work.resolve("reports").resolve("招远市").resolve("2019-07");
		String narrative = JsonMapper.builder()
			.build()
			.readTree(reports.resolve("招远市_2019-07.json").toFile())
			.get("narrative")
			.asString();
		assertThat(body).isNotBlank();
		assertThat(narrative).startsWith(body.strip());
		// and: the 企业微信 robot got the summary and the PDF, the 钉钉 robot one signed
		// summary
		assertThat(this.wecomCalls).hasSize(3);
		assertThat(this.wecomCalls.get(0)).startsWith("/cgi-bin/webhook/send?key=K7 ")
			.contains("\"msgtype\":\"markdown\"");
		assertThat(this.wecomCalls.get(1)).startsWith("/cgi-bin/webhook/upload_media?key=K7&type=file ");
		assertThat(this.wecomCalls.get(2)).contains("\"media_id\":\"M-7\"");
		assertThat(this.dingtalkCalls).singleElement()
			.asString()
			.startsWith("/robot/send?access_token=T7&timestamp=")
			.contains("&sign=")
			.contains("招远市招商引资工作月度报告（2019年7月）");
		assertThat(output).contains("已投递 / delivered: mail → leader@zhaoyuan.example (cc office@zhaoyuan.example)")
			.contains("已投递 / delivered: wecom → http://127.0.0.1:" + this.wecom.getAddress().getPort()
					+ "/cgi-bin/webhook/send")
			.contains("已投递 / delivered: dingtalk → ")
			.doesNotContain("K7")
			.doesNotContain("错误");

		// when: the mail server is down
		int port = this.smtp.getSmtp().getPort();
		this.smtp.stop();
		Path data = this.work.resolve("data-down");
		Path out = this.work.resolve("reports-down");
		try (ChildProcess run = ChildProcess.start(settings(port), "run", "--month", "2019-07", "--scope", "招远市",
				"--input", SAMPLE_INPUT.toString(), "--data", data.toString(), "--out", out.toString())) {
			status = run.waitFor(Duration.ofSeconds(120));
			output = run.output();
		}
		// then: exit 1, one line naming the channel and the cause, the files written, the
		// robots still served
		assertThat(status).as(output).isEqualTo(1);
		assertThat(output.lines().filter((line) -> line.contains("错误") || line.contains("ERROR"))).singleElement()
			.asString()
			.startsWith("错误 / error: 投递失败 / delivery failed: mail: 邮件服务器 / mail server 127.0.0.1:" + port + ": ")
			.contains("Connection refused")
			.endsWith("(2 attempt(s))");
		assertThat(out.resolve("招远市").resolve("2019-07").resolve("招远市_2019-07.pdf")).isRegularFile();
		assertThat(out.resolve("招远市").resolve("2019-07").resolve("招远市_2019-07.xlsx")).isRegularFile();
		assertThat(this.dingtalkCalls).hasSize(2);
		// and: history shows the failed delivery with the report run that wrote the files
		CliRun history = CliRun.cli("history", "--json", "--data", data.toString());
		JsonNode report = null;
		for (JsonNode run : JsonMapper.builder().build().readTree(history.out())) {
			if (run.get("job").asString().equals("monthlyReportJob")) {
				report = run;
			}
		}
		assertThat(report).isNotNull();
		List<String> outcomes = new ArrayList<>();
		report.get("deliveries")
			.forEach((delivery) -> outcomes
				.add(delivery.get("channel").asString() + " " + delivery.get("outcome").asString()));
		assertThat(outcomes).containsExactlyInAnyOrder("mail FAILED", "wecom DELIVERED", "dingtalk DELIVERED");
		assertThat(CliRun.cli("history", "--data", data.toString()).out()).contains("DELIVERED")
			.containsPattern(
					"mail +leader@zhaoyuan.example \\(cc office@zhaoyuan.example\\) +FAILED \\(2 attempt\\(s\\)\\) +邮件服务器");

		// when: the mail server is back, `deliver` sends the written report again;
		// --no-deliver sends nothing
		GreenMail back = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		back.start();
		try {
			try (ChildProcess deliver = ChildProcess.start(settings(back.getSmtp().getPort()), "deliver", "--month",
					"2019-07", "--scope", "招远市", "--data", data.toString(), "--out", out.toString())) {
				status = deliver.waitFor(Duration.ofSeconds(120));
				output = deliver.output();
			}
			assertThat(status).as(output).isZero();
			assertThat(back.getReceivedMessages()).hasSize(2);
			assertThat(this.dingtalkCalls).hasSize(3);
			try (ChildProcess quiet = ChildProcess.start(settings(back.getSmtp().getPort()), "run", "--month",
					"2019-07", "--scope", "招远市", "--input", SAMPLE_INPUT.toString(), "--data", data.toString(), "--out",
					out.toString(), "--rerun", "--no-deliver")) {
				status = quiet.waitFor(Duration.ofSeconds(120));
				output = quiet.output();
			}
			assertThat(status).as(output).isZero();
			assertThat(output).doesNotContain("delivered");
			assertThat(back.getReceivedMessages()).hasSize(2);
			assertThat(this.dingtalkCalls).hasSize(3);
		}
		finally {
			back.stop();
		}
	}

	@Test
	void mailRecipientsWithoutAMailServerStopEveryCommandWithOneLineNamingTheSettings() throws Exception {
		// when
		int status;
		String output;
		try (ChildProcess history = ChildProcess.start(List.of("investpromo.delivery.mail.to=leader@zhaoyuan.example"),
				"import", "--input", SAMPLE_INPUT.toString(), "--data", this.work.resolve("data").toString())) {
			status = history.waitFor(Duration.ofSeconds(60));
			output = history.output();
		}
		// then
		assertThat(status).isEqualTo(1);
		assertThat(output.strip()).isEqualTo("错误 / error: investpromo.delivery.mail.to is set but spring.mail.host is "
				+ "not: name the mail server (spring.mail.host, .port, .username, .password)");
	}

	private List<String> settings(int smtpPort) {
		return List.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + smtpPort,
				"investpromo.delivery.mail.to=leader@zhaoyuan.example",
				"investpromo.delivery.mail.cc=office@zhaoyuan.example",
				"investpromo.delivery.mail.from=investpromo@zhaoyuan.example",
				"investpromo.delivery.wecom.webhook-url=http://127.0.0.1:" + this.wecom.getAddress().getPort()
						+ "/cgi-bin/webhook/send?key=K7",
				"investpromo.delivery.dingtalk.webhook-url=http://127.0.0.1:" + this.dingtalk.getAddress().getPort()
						+ "/robot/send?access_token=T7",
				"investpromo.delivery.dingtalk.secret=SEC7", "investpromo.delivery.retries=1",
				"investpromo.delivery.backoff=50ms", "investpromo.delivery.timeout=5s");
	}

	/** A robot that records "path?query body" of every call and answers ok. */
	private static HttpServer robot(List<String> calls, String answer) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", (exchange) -> {
			byte[] request = exchange.getRequestBody().readAllBytes();
			calls.add(exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery() + " "
					+ new String(request, StandardCharsets.UTF_8));
			byte[] body = answer.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		return server;
	}

	private static List<String> addresses(Address[] addresses) {
		List<String> list = new ArrayList<>();
		if (addresses != null) {
			for (Address address : addresses) {
				list.add(address.toString());
			}
		}
		return list;
	}

	private static String bodyText(BodyPart part) throws Exception {
		Object content = part.getContent();
		if (content instanceof Multipart nested) {
			return bodyText(nested.getBodyPart(0));
		}
		return content.toString();
	}

}
