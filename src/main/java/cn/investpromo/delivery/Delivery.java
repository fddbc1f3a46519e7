package cn.investpromo.delivery;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One delivery of a report to one channel, as stored and shown by {@code history}.
 *
 * @param channel mail, wecom or dingtalk
 * @param recipients the addresses, or the robot's webhook without its key
 * @param delivered whether it got through
 * @param attempts how many tries it took
 * @param error why it did not get through
 */
public record Delivery(LocalDateTime at, String scopeName, String month, String language,
		@Nullable Long reportExecutionId, String channel, String recipients, boolean delivered, int attempts,
		@Nullable String error) {

	public static final String MAIL = "mail";

	public static final String WECOM = "wecom";

	public static final String DINGTALK = "dingtalk";

}
