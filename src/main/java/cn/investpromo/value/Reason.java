package cn.investpromo.value;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why a cell, row or region name could not be read, as a key of
 * {@code value/messages*.properties} and its arguments, so that each report shows it in
 * its own language (Chinese is the bundle without a suffix).
 *
 * @param key the message key, e.g. {@code date.unreadable}
 * @param args the arguments, each a cell's text (shown as written), a {@link Reason} or a
 * {@link Text}, rendered in the same language
 */
public record Reason(String key, List<Object> args) {

	private static final String BUNDLE = "value.messages";

	public Reason {
		// a missing argument shows as blank: listing a rejected row must never fail on
		// its reason
		args = args.stream().map((arg) -> (arg != null) ? arg : "").toList();
	}

	/**
	 * A reason with its arguments; anything but a {@link Reason} or a {@link Text} is
	 * shown as its string.
	 */
	public static Reason of(String key, Object... args) {
		return new Reason(key, Arrays.asList(args));
	}

	/** The Chinese text, as logs, the console and Chinese reports show it. */
	public String zh() {
		return text(Locale.SIMPLIFIED_CHINESE);
	}

	/** The English text, as {@code --lang en} reports show it. */
	public String en() {
		return text(Locale.ENGLISH);
	}

	/** The text in one language: Chinese or English. */
	public String text(boolean english) {
		return english ? en() : zh();
	}

	private String text(Locale locale) {
		// no fallback to the JVM's default locale: an English machine must still get the
		// Chinese bundle for zh
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		boolean english = locale.getLanguage().equals("en");
		Object[] shown = new Object[this.args.size()];
		for (int i = 0; i < shown.length; i++) {
			// strings, not numbers: MessageFormat would print the year 2019 as 2,019
			Object arg = this.args.get(i);
			if (arg instanceof Reason reason) {
				shown[i] = reason.text(english);
			}
			else if (arg instanceof Text text) {
				shown[i] = english ? text.en() : text.zh();
			}
			else {
				shown[i] = String.valueOf(arg);
			}
		}
		return new MessageFormat(bundle.getString(this.key), locale).format(shown);
	}

	/**
	 * An argument that differs by language, e.g. a list of accepted words or of places.
	 */
	public record Text(String zh, String en) {
	}

}
