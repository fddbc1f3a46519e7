package cn.investpromo.job;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of {@code report --each} from {@code investpromo.each.*}.
 *
 * @param threads how many units' reports are written at once on this machine; default:
 * the processors
 */
@ConfigurationProperties("investpromo.each")
public record EachProperties(@Nullable Integer threads) {

	public EachProperties {
		if (threads != null && threads < 1) {
			throw new IllegalArgumentException("investpromo.each.threads must be at least 1, not " + threads);
		}
	}

	/** The threads to use: the setting, else the processors. */
	public int threadCount() {
		return (this.threads != null) ? this.threads : Runtime.getRuntime().availableProcessors();
	}

}
