package cn.investpromo.job;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
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
 * Per-unit delivery of {@code report --each} (issue 23): each unit's report goes to the
 * unit's own recipients ({@code investpromo.delivery.units.<name or code>.*}), the
 * scope's report to the scope's, on a real SMTP server (GreenMail) and two webhook
 * receivers standing in for the 企业微信 and 钉钉 robots; the delivery log records each unit.
 */
class EachDeliveryFunctionalTests {

	@TempDir
	Path work;

	private GreenMail smtp;

	private HttpServer wecom;

	private HttpServer dingtalk;

	private final List<String> wecomCalls = Collections.synchronizedList(new ArrayList<>());

	private final List<String> dingtalkCalls = Collections.synchronizedList(new ArrayList<>());

	private final Map<String, String> settings = new LinkedHashMap<>();

	@BeforeEach
	void startServers() throws IOException {
		this.smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		this.smtp.start();
		this.wecom = robot(this.wecomCalls, "{\"errcode\":0,\"errmsg\":\"ok\",\"media_id\":\"M-7\"}");
		this.dingtalk = robot(this.dingtalkCalls, "{\"errcode\":0,\"errmsg\":\"ok\"}");
		this.settings.put("spring.mail.host", "127.0.0.1");
		this.settings.put("spring.mail.port", String.valueOf(this.smtp.getSmtp().getPort()));
		this.settings.put("investpromo.delivery.mail.from", "investpromo@zhaoyuan.example");
		this.settings.put("investpromo.delivery.mail.to", "leader@zhaoyuan.example");
		this.settings.put("investpromo.delivery.units.玲珑镇.mail-to", "linglong@zhaoyuan.example");
		this.settings.put("investpromo.delivery.units.玲珑镇.mail-cc", "linglong-office@zhaoyuan.example");
		this.settings.put("investpromo.delivery.units.罗峰街道.wecom-webhook-url",
				"http://127.0.0.1:" + this.wecom.getAddress().getPort() + "/cgi-bin/webhook/send?key=LF");
		this.settings.put("investpromo.delivery.units.招远经济技术开发区.dingtalk-webhook-url",
				"http://127.0.0.1:" + this.dingtalk.getAddress().getPort() + "/robot/send?access_token=ZONE");
		this.settings.put("investpromo.delivery.retries", "0");
		this.settings.forEach(System::setProperty);
	}

	@AfterEach
	void stopServers() {
		this.settings.keySet().forEach(System::clearProperty);
		this.smtp.stop();
		this.wecom.stop(0);
		this.dingtalk.stop(0);
	}

	@Test
	void eachUnitsReportGoesToItsOwnRecipientsAndTheScopesToTheScopes() throws Exception {
		// given
		Path input = Files.createDirectories(this.work.resolve("input"));
		Files.copy(Path.of("input", "招远市招商台账2019.xlsx"), input.resolve("招远市招商台账2019.xlsx"));
		String data = this.work.resolve("data").toString();
		String out = this.work.resolve("reports").toString();
		CliRun imported = CliRun.cli("import", "--input", input.toString(), "--data", data, "--out", out);
		assertThat(imported.status()).as(imported.err()).isZero();
		String[] command = { "report", "--period", "2019-Q3", "--scope", "招远市", "--each", "--data", data, "--out",
				out };
		// when
		CliRun run = CliRun.cli(command);
		// then: the scope's report to the scope's recipients, 玲珑镇's to its own (to and
		// cc, one message, GreenMail keeps a copy per recipient), no other unit by mail
		assertThat(run.status()).as(run.err()).isZero();
		Map<String, List<String>> mails = new LinkedHashMap<>();
		for (MimeMessage mail : this.smtp.getReceivedMessages()) {
			mails.computeIfAbsent(mail.getSubject(), (subject) -> new ArrayList<>())
				.add(mail.getRecipients(Message.RecipientType.TO)[0].toString());
		}
		assertThat(mails).containsOnlyKeys("招远市招商引资工作季度报告（2019年第三季度）", "玲珑镇招商引资工作季度报告（2019年第三季度）");
		assertThat(mails.get("招远市招商引资工作季度报告（2019年第三季度）")).containsOnly("leader@zhaoyuan.example");
		assertThat(mails.get("玲珑镇招商引资工作季度报告（2019年第三季度）")).hasSize(2).containsOnly("linglong@zhaoyuan.example");
		// and: 罗峰街道's robot got its summary and PDF, the zone's robot its summary
		assertThat(this.wecomCalls).hasSize(3);
		assertThat(this.wecomCalls.get(0)).startsWith("/cgi-bin/webhook/send?key=LF ").contains("罗峰街道");
		assertThat(this.dingtalkCalls).singleElement().asString().contains("招远经济技术开发区").doesNotContain("罗峰街道");
		assertThat(run.out()).contains("已投递 / delivered: mail → leader@zhaoyuan.example（招远市）")
			.contains("已投递 / delivered: mail → linglong@zhaoyuan.example (cc linglong-office@zhaoyuan.example)（玲珑镇）")
			.contains("已投递 / delivered: wecom → ")
			.contains("（罗峰街道）")
			.contains("（招远经济技术开发区）")
			.doesNotContain("LF")
			.doesNotContain("ZONE");
		// and: the delivery log records each unit under the run
		JsonNode runs = JsonMapper.builder().build().readTree(CliRun.cli("history", "--json", "--data", data).out());
		List<String> delivered = new ArrayList<>();
		runs.get(0).get("deliveries").forEach((delivery) -> delivered.add(delivery.get("channel").asString()));
		assertThat(runs.get(0).get("job").asString()).isEqualTo("eachReportJob");
		assertThat(delivered).containsExactlyInAnyOrder("mail", "mail", "wecom", "dingtalk");
		assertThat(CliRun.cli("history", "--data", data).out()).contains("玲珑镇 2019-Q3 zh #")
			.contains("罗峰街道 2019-Q3 zh #")
			.contains("招远经济技术开发区 2019-Q3 zh #");

		// when: the same command again finds every report up to date
		CliRun again = CliRun.cli(command);
		// then: nothing is sent twice
		assertThat(again.status()).as(again.err()).isZero();
		assertThat(again.out()).contains("already up to date").doesNotContain("delivered");
		assertThat(this.smtp.getReceivedMessages()).hasSize(3);
		assertThat(this.wecomCalls).hasSize(3);
		assertThat(this.dingtalkCalls).hasSize(1);
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

}
