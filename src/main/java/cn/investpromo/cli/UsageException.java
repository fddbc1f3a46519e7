package cn.investpromo.cli;

import org.jspecify.annotations.Nullable;

/**
 * Bad usage found before anything started: the command answers with this one line and
 * exit status 2.
 */
final class UsageException extends RuntimeException {

	UsageException(@Nullable String message) {
		super(message, null, false, false);
	}

}
