package cn.investpromo.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A 企业微信 group robot: a markdown summary, then the PDF as a file through the robot's
 * media upload ({@code upload_media?key=…&type=file}, next to the webhook's
 * {@code send}).
 */
final class WecomRobot implements Channel {

	/** "api freq out of limit". */
	static final int RATE_LIMITED = 45009;

	/** The robot takes markdown of at most 4096 bytes. */
	private static final int MAX_MARKDOWN_BYTES = 4096;

	private final URI webhook;

	private final RobotClient client;

	private final JsonMapper json = JsonMapper.builder().build();

	WecomRobot(URI webhook, RobotClient client) {
		this.webhook = webhook;
		this.client = client;
	}

	@Override
	public String name() {
		return Delivery.WECOM;
	}

	@Override
	public String recipients() {
		return RobotTransport.where(this.webhook);
	}

	@Override
	public int send(DeliveredReport report) throws DeliveryException {
		ObjectNode markdown = this.json.createObjectNode().put("msgtype", "markdown");
		markdown.putObject("markdown").put("content", fit(Summaries.markdown(report), MAX_MARKDOWN_BYTES));
		this.client.sendJson(this.webhook, this.json.writeValueAsString(markdown));
		String boundary = "investpromo-" + UUID.randomUUID();
		byte[] body;
		try {
			body = multipart(boundary, report.files().pdf().getFileName().toString(),
					Files.readAllBytes(report.files().pdf()));
		}
		catch (IOException ex) {
			throw new DeliveryException("PDF 无法读取 / cannot read " + report.files().pdf(), 1);
		}
		JsonNode uploaded = this.client.upload(uploadUri(), "multipart/form-data; boundary=" + boundary, body);
		String mediaId = uploaded.path("media_id").asString("");
		if (mediaId.isBlank()) {
			throw new DeliveryException("机器人未返回 media_id / the robot's upload answer has no media_id", 1);
		}
		ObjectNode file = this.json.createObjectNode().put("msgtype", "file");
		file.putObject("file").put("media_id", mediaId);
		this.client.sendJson(this.webhook, this.json.writeValueAsString(file));
		return this.client.calls();
	}

	/**
	 * {@code …/cgi-bin/webhook/upload_media?key=…&type=file} beside
	 * {@code …/cgi-bin/webhook/send?key=…}.
	 */
	URI uploadUri() {
		String path = this.webhook.getPath();
		String upload = path.substring(0, path.lastIndexOf('/') + 1) + "upload_media";
		String query = (this.webhook.getRawQuery() != null) ? this.webhook.getRawQuery() + "&type=file" : "type=file";
		return URI.create(this.webhook.getScheme() + "://" + this.webhook.getRawAuthority() + upload + "?" + query);
	}

	private static byte[] multipart(String boundary, String fileName, byte[] content) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"media\"; filename=\"" + fileName
				+ "\"; filelength=" + content.length + "\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	/** Cuts text to at most {@code bytes} UTF-8 bytes, at a character boundary. */
	static String fit(String text, int bytes) {
		if (text.getBytes(StandardCharsets.UTF_8).length <= bytes) {
			return text;
		}
		StringBuilder cut = new StringBuilder();
		int used = 0;
		for (int cp : text.codePoints().toArray()) {
			int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (used + size > bytes - 3) {
				break;
			}
			cut.appendCodePoint(cp);
			used += size;
		}
		return cut.append('…').toString();
	}

}
