package cn.investpromo.delivery;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * How a robot's address and a call that got no answer are named in a delivery's one line:
 * never with the key or token the address carries.
 */
final class RobotTransport {

	private RobotTransport() {
	}

	/** The robot's host and path, without the key or token of its query. */
	static String where(URI uri) {
		return uri.getScheme() + "://" + uri.getAuthority() + uri.getPath();
	}

	/** Why an attempt got no answer at all: worth another attempt. */
	static String failure(URI uri, IOException ex, Duration timeout) {
		if (ex instanceof HttpTimeoutException) {
			return "无应答 / no answer within "
					+ BigDecimal.valueOf(timeout.toMillis(), 3).stripTrailingZeros().toPlainString() + " s from "
					+ where(uri);
		}
		if (ex instanceof ConnectException) {
			return "无法连接 / cannot connect to " + where(uri)
					+ ((ex.getMessage() != null) ? " (" + ex.getMessage() + ")" : " (connection refused)");
		}
		return "连接中断 / " + where(uri) + ": "
				+ ((ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName());
	}

}
