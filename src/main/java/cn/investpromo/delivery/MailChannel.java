package cn.investpromo.delivery;

import java.time.Duration;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mail through Spring Boot's mail support: the report's title as subject, the
 * narrative's opening as body, the workbook and the PDF attached. A server that cannot be
 * reached is tried again with doubling backoff; a refused login is not.
 */
final class MailChannel implements Channel {

	private static final Logger log = LoggerFactory.getLogger(MailChannel.class);

	private final JavaMailSender sender;

	private final @Nullable String from;

	private final List<String> to;

	private final List<String> cc;

	private final String server;

	private final RobotClient.Settings settings;

	private final RateLimiter.Sleeper sleeper;

	MailChannel(JavaMailSender sender, @Nullable String from, List<String> to, List<String> cc, String server,
			RobotClient.Settings settings, RateLimiter.Sleeper sleeper) {
		this.sender = sender;
		this.from = from;
		this.to = to.stream().map(String::trim).filter((address) -> !address.isEmpty()).toList();
		this.cc = cc.stream().map(String::trim).filter((address) -> !address.isEmpty()).toList();
		this.server = server;
		this.settings = settings;
		this.sleeper = sleeper;
	}

	@Override
	public String name() {
		return Delivery.MAIL;
	}

	@Override
	public String recipients() {
		return String.join(", ", this.to) + (this.cc.isEmpty() ? "" : " (cc " + String.join(", ", this.cc) + ")");
	}

	@Override
	public int send(DeliveredReport report) throws DeliveryException {
		MimeMessage message = message(report);
		Duration wait = this.settings.backoff();
		String failure = "";
		for (int attempt = 1; attempt <= this.settings.retries() + 1; attempt++) {
			try {
				this.sender.send(message);
				return attempt;
			}
			catch (MailAuthenticationException ex) {
				throw new DeliveryException("邮件服务器拒绝登录 / the mail server " + this.server + " refused the login",
						attempt);
			}
			catch (MailException ex) {
				failure = "邮件服务器 / mail server " + this.server + ": " + root(ex);
			}
			if (attempt <= this.settings.retries()) {
				log.debug("mail: {}; trying again in {} ms", failure, wait.toMillis());
				try {
					this.sleeper.sleep(wait);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new DeliveryException("已中断 / interrupted", attempt);
				}
				wait = wait.multipliedBy(2);
			}
		}
		int attempts = this.settings.retries() + 1;
		throw new DeliveryException(failure + " (" + attempts + " attempt(s))", attempts);
	}

	private MimeMessage message(DeliveredReport report) throws DeliveryException {
		try {
			MimeMessage message = this.sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			if (this.from != null && !this.from.isBlank()) {
				helper.setFrom(this.from.trim());
			}
			helper.setTo(this.to.toArray(String[]::new));
			if (!this.cc.isEmpty()) {
				helper.setCc(this.cc.toArray(String[]::new));
			}
			helper.setSubject(report.title());
			helper.setText(report.opening());
			helper.addAttachment(report.files().xlsx().getFileName().toString(), report.files().xlsx().toFile());
			helper.addAttachment(report.files().pdf().getFileName().toString(), report.files().pdf().toFile());
			return message;
		}
		catch (MessagingException ex) {
			throw new DeliveryException("邮件无法生成 / cannot build the mail: " + ex.getMessage(), 0);
		}
	}

	private static String root(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return message.lines().findFirst().orElse(message);
	}

}
