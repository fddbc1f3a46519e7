package cn.investpromo.system;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every investpromo setting, bound from {@code investpromo.*} in any of Spring Boot's property sources (files,
 * environment, {@code SPRING_APPLICATION_JSON}, command-line options the CLI sets).
 *
 * @param inputDir where ledgers are read from
 * @param outputDir where reports are written, as {@code <outputDir>/<scope>/<yyyy-MM>/}
 * @param dataDir where the embedded HSQLDB database lives
 * @param defaultRegion the region rows without a region belong to, and the default report scope
 * @param language the default report language, zh or en
 * @param fxRates CNY per unit of each foreign currency, e.g. {@code investpromo.fx-rates.USD=7.0}
 * @param rejectLimit the share of a file's rows that may be rejected before the import fails (0.5 = half)
 * @param chunkSize rows per import transaction
 * @param amountBandsYi the thresholds of the report's amount bands, in 亿元 (SPEC §5: 1, 5, 10, 20)
 * @param maxColumns the widest ledger row accepted; a wider sheet fails its file (SPEC §2.6 oversized)
 * @param maxRowsPerSheet the longest sheet accepted, in rows
 * @param maxFileSizeMb the largest ledger file accepted, in MB
 */
@ConfigurationProperties("investpromo")
public record InvestpromoProperties(@DefaultValue("input") Path inputDir, @DefaultValue("reports") Path outputDir,
		@DefaultValue("data") Path dataDir, @Nullable String defaultRegion, @DefaultValue("zh") String language,
		@DefaultValue Map<String, BigDecimal> fxRates, @DefaultValue("0.5") double rejectLimit,
		@DefaultValue("500") int chunkSize, @DefaultValue("1,5,10,20") List<BigDecimal> amountBandsYi,
		@DefaultValue("500") int maxColumns, @DefaultValue("2000000") int maxRowsPerSheet,
		@DefaultValue("200") int maxFileSizeMb) {

	public InvestpromoProperties {
		if (rejectLimit < 0 || rejectLimit > 1) {
			throw new IllegalArgumentException(
					"investpromo.reject-limit must be a share between 0 and 1, not " + rejectLimit);
		}
		if (chunkSize < 1) {
			throw new IllegalArgumentException("investpromo.chunk-size must be at least 1, not " + chunkSize);
		}
		if (amountBandsYi.stream().anyMatch((band) -> band.signum() <= 0)) {
			throw new IllegalArgumentException(
					"investpromo.amount-bands-yi must be amounts in 亿元 above zero, not " + amountBandsYi);
		}
		if (maxColumns < 1 || maxRowsPerSheet < 1 || maxFileSizeMb < 1) {
			throw new IllegalArgumentException(
					"investpromo.max-columns, max-rows-per-sheet and max-file-size-mb must be at least 1");
		}
	}

}
