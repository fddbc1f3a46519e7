package cn.investpromo.delivery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * A unit's own recipients for the report of that unit (issue 23): mail addresses (to,
 * cc), a 企业微信 and a 钉钉 robot, set by the unit's name or code as
 * {@code investpromo.delivery.units.招远市.mail-to=…}, {@code .mail-cc},
 * {@code .wecom-webhook-url}, {@code .dingtalk-webhook-url}, {@code .dingtalk-secret}.
 */
record UnitRecipients(List<String> mailTo, List<String> mailCc, @Nullable String wecomWebhookUrl,
		@Nullable String dingtalkWebhookUrl, @Nullable String dingtalkSecret) {

	private static final String PREFIX = "investpromo.delivery.units";

	private static final List<String> KEYS = List.of("mail-to", "mail-cc", "wecom-webhook-url", "dingtalk-webhook-url",
			"dingtalk-secret");

	/**
	 * Every unit's recipients, by the name or code the settings give it. Read from the
	 * settings' names rather than bound: a Chinese name is not a name Spring Boot's
	 * binder keeps as a map key.
	 */
	static Map<String, UnitRecipients> from(Environment environment) {
		Map<String, UnitRecipients> units = new LinkedHashMap<>();
		if (!(environment instanceof ConfigurableEnvironment configurable)) {
			return units;
		}
		for (String unit : unitNames(configurable)) {
			String base = PREFIX + "." + unit + ".";
			UnitRecipients recipients = new UnitRecipients(list(raw(configurable, base + "mail-to")),
					list(raw(configurable, base + "mail-cc")), raw(configurable, base + "wecom-webhook-url"),
					raw(configurable, base + "dingtalk-webhook-url"), raw(configurable, base + "dingtalk-secret"));
			DeliveryProperties.checkUrl(base + "wecom-webhook-url", recipients.wecomWebhookUrl());
			DeliveryProperties.checkUrl(base + "dingtalk-webhook-url", recipients.dingtalkWebhookUrl());
			units.put(unit, recipients);
		}
		return units;
	}

	/**
	 * The setting by its exact name, from the first source that has it: the environment's
	 * own lookup would drop the Chinese of the name and mix the units up.
	 */
	private static @Nullable String raw(ConfigurableEnvironment environment, String name) {
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (source instanceof EnumerablePropertySource<?> && source.containsProperty(name)) {
				Object value = source.getProperty(name);
				return (value != null) ? environment.resolvePlaceholders(value.toString()) : null;
			}
		}
		return null;
	}

	private static Set<String> unitNames(ConfigurableEnvironment environment) {
		Set<String> units = new LinkedHashSet<>();
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (source instanceof EnumerablePropertySource<?> names) {
				for (String name : names.getPropertyNames()) {
					for (String key : KEYS) {
						if (name.startsWith(PREFIX + ".") && name.endsWith("." + key)
								&& name.length() > PREFIX.length() + key.length() + 2) {
							units.add(name.substring(PREFIX.length() + 1, name.length() - key.length() - 1));
						}
					}
				}
			}
		}
		return units;
	}

	private static List<String> list(@Nullable String text) {
		List<String> items = new ArrayList<>();
		if (text != null) {
			Arrays.stream(text.split(",")).map(String::trim).filter((item) -> !item.isEmpty()).forEach(items::add);
		}
		return items;
	}

	DeliveryProperties.Mail mail() {
		return new DeliveryProperties.Mail(this.mailTo, this.mailCc, null);
	}

	DeliveryProperties.Wecom wecom() {
		return new DeliveryProperties.Wecom(this.wecomWebhookUrl);
	}

	DeliveryProperties.Dingtalk dingtalk() {
		return new DeliveryProperties.Dingtalk(this.dingtalkWebhookUrl, this.dingtalkSecret);
	}

}
