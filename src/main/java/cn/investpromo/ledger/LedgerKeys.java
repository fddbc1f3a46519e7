package cn.investpromo.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

import cn.investpromo.value.TextNormalizer;

/**
 * The key that identifies an event or a project across imports (SPEC §2.5): its id, or
 * else its name, date and region, bounded to the size of the key columns.
 */
final class LedgerKeys {

	/** The size of the key columns. */
	static final int MAX_KEY = 600;

	private LedgerKeys() {
	}

	/** The key of a row with this id (when it has one), name, date and region code. */
	static String key(@Nullable String id, String name, LocalDate date, String regionCode) {
		return boundedKey((id != null) ? "ID|" + id : "K|" + keyText(name) + "|" + date + "|" + regionCode);
	}

	/**
	 * SPEC §2.5: names compare after normalisation (spaces, width, case), so 投资方（一期） and
	 * 投资方(一期) are one key whichever form the display name keeps.
	 */
	private static String keyText(String name) {
		return TextNormalizer.comparisonKey(name);
	}

	/**
	 * A key as stored: up to {@value #MAX_KEY} characters as it is, a longer one (a name
	 * of thousands of characters without an id) as its start and the SHA-256 of the
	 * whole, so that it still identifies the row.
	 */
	static String boundedKey(String key) {
		if (key.length() <= MAX_KEY) {
			return key;
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return key.substring(0, MAX_KEY - 65) + "#" + HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex); // every JVM has SHA-256
		}
	}

}
