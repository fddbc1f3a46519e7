package cn.investpromo.report;

import java.util.Locale;

/**
 * Language a report is written in (SPEC §5: Chinese by default, English with
 * {@code --lang en}).
 */
public enum ReportLanguage {

	ZH(Locale.SIMPLIFIED_CHINESE), EN(Locale.ENGLISH);

	private final Locale locale;

	ReportLanguage(Locale locale) {
		this.locale = locale;
	}

	public Locale locale() {
		return this.locale;
	}

	public boolean english() {
		return this == EN;
	}

	/** Parses {@code zh} or {@code en} (any case). */
	public static ReportLanguage parse(String text) {
		return switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "zh", "cn", "zh-cn", "chinese" -> ZH;
			case "en", "english" -> EN;
			default -> throw new IllegalArgumentException("language must be zh or en, not '" + text + "'");
		};
	}

}
