package cn.investpromo.report;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/**
 * Where a report's three files go:
 * {@code <out>/<scope>/<yyyy-MM>/<scope>_<yyyy-MM>[_en].xlsx|pdf|json}, with the scope
 * name made safe for any file system so that no name can steer a file outside the output
 * folder (SPEC §8).
 */
public record ReportFiles(Path directory, String baseName) {

	public static ReportFiles of(Path outputDir, String scopeName, YearMonth month, ReportLanguage language) {
		return of(outputDir, scopeName, Period.month(month), language);
	}

	/**
	 * A period's files: {@code <out>/<scope>/<period>/<scope>_<period>[_en].*}, the
	 * period as 2019-07 or 2019-Q3.
	 */
	public static ReportFiles of(Path outputDir, String scopeName, Period period, ReportLanguage language) {
		String scope = safeName(scopeName);
		Path root = outputDir.toAbsolutePath().normalize();
		Path directory = root.resolve(scope).resolve(period.label()).normalize();
		if (!directory.startsWith(root)) {
			throw new IllegalArgumentException("unsafe scope name: " + scopeName);
		}
		String base = scope + "_" + period.label() + (language.english() ? "_en" : "");
		return new ReportFiles(directory, base);
	}

	/**
	 * Keeps letters (Chinese included), digits and a few marks; everything else becomes
	 * "_".
	 */
	static String safeName(String name) {
		StringBuilder safe = new StringBuilder();
		name.codePoints().forEach((cp) -> {
			boolean ok = Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '（' || cp == '）';
			safe.appendCodePoint(ok ? cp : '_');
		});
		String result = safe.toString().replaceAll("_+", "_").replaceAll("^_|_$", "");
		if (result.isEmpty()) {
			result = "scope";
		}
		return (result.length() > 80) ? result.substring(0, 80) : result;
	}

	public Path xlsx() {
		return this.directory.resolve(this.baseName + ".xlsx");
	}

	public Path pdf() {
		return this.directory.resolve(this.baseName + ".pdf");
	}

	public Path json() {
		return this.directory.resolve(this.baseName + ".json");
	}

	public List<Path> all() {
		return List.of(xlsx(), pdf(), json());
	}

}
