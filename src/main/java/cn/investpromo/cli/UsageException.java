package cn.investpromo.cli;

/**
 * Bad usage found before anything started: the command answers with this one line and
 * exit status 2.
 */
final class UsageException extends RuntimeException {

	UsageException(String message) {
		super(message, null, false, false);
	}

}
