package cn.investpromo.system;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * Every investpromo setting, bound from {@code investpromo.*} in any of Spring Boot's
 * property sources (files, environment, {@code SPRING_APPLICATION_JSON}, command-line
 * options the CLI sets).
 *
 * @param inputDir where ledgers are read from
 * @param outputDir where reports are written, as {@code <outputDir>/<scope>/<yyyy-MM>/}
 * @param dataDir where the embedded HSQLDB database lives
 * @param defaultRegion the region rows without a region belong to, and the default report
 * scope
 * @param language the default report language, zh or en
 * @param fxRates CNY per unit of each foreign currency, e.g.
 * {@code investpromo.fx-rates.USD=7.0}
 * @param rejectLimit the share of a file's rows that may be rejected before the import
 * fails (0.5 = half)
 * @param chunkSize rows per import transaction
 * @param amountBandsYi the thresholds of the report's amount bands, in 亿元 (SPEC §5: 1, 5,
 * 10, 20)
 * @param maxColumns the widest ledger row accepted; a wider sheet fails its file (SPEC
 * §2.6 oversized)
 * @param maxRowsPerSheet the longest sheet accepted, in rows
 * @param maxFileSizeMb the largest ledger file accepted, in MB
 * @param progressInterval how often an import not attached to a terminal logs its
 * progress
 * @param importCacheMb the embedded database's row cache during an import, in MB; unset:
 * from the heap, 0: the database's own
 * @param schedule when and for which scopes {@code investpromo schedule} runs
 * @param report how reports show what they show
 */
@ConfigurationProperties("investpromo")
public record InvestpromoProperties(@DefaultValue("input") Path inputDir, @DefaultValue("reports") Path outputDir,
		@DefaultValue("data") Path dataDir, @Nullable String defaultRegion, @DefaultValue("zh") String language,
		@DefaultValue Map<String, BigDecimal> fxRates, @DefaultValue("0.5") double rejectLimit,
		@DefaultValue("500") int chunkSize, @DefaultValue("1,5,10,20") List<BigDecimal> amountBandsYi,
		@DefaultValue("500") int maxColumns, @DefaultValue("2000000") int maxRowsPerSheet,
		@DefaultValue("200") int maxFileSizeMb, @DefaultValue("10s") Duration progressInterval,
		@Nullable Integer importCacheMb, @DefaultValue Schedule schedule, @DefaultValue Report report) {

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
		if (!language.trim().matches("(?i)zh|cn|zh-cn|chinese|en|english")) {
			throw new IllegalArgumentException("investpromo.language must be zh or en, not '" + language + "'");
		}
		if (progressInterval.isNegative() || progressInterval.isZero()) {
			throw new IllegalArgumentException(
					"investpromo.progress-interval must be positive, not " + progressInterval);
		}
		if (importCacheMb != null && (importCacheMb < 0 || importCacheMb > 1024)) {
			throw new IllegalArgumentException(
					"investpromo.import-cache-mb must be between 0 and 1024 MB, not " + importCacheMb);
		}
	}

	/**
	 * How reports show their figures.
	 *
	 * @param riseColour the colour of a rise, {@code red} (the Chinese convention, 红涨绿跌)
	 * or {@code green}; a fall takes the other, in the workbook, the PDF and the JSON
	 * alike
	 * @param minReportingShare the least share (0 to 1) of a rate's projects that must
	 * report the figure it rests on (到位率 on 到位资金) for the rate to be shown; below it the
	 * rate is unknown, with the count of reporting projects (issue 22)
	 * @param pipelineStaleDays days without a follow-up after which a pipeline project is
	 * stale (SPEC §2.8)
	 */
	public record Report(@DefaultValue("red") String riseColour,
			@DefaultValue("0.5") java.math.BigDecimal minReportingShare, @DefaultValue("30") int pipelineStaleDays) {

		public Report {
			if (!riseColour.trim().matches("(?i)red|green")) {
				throw new IllegalArgumentException(
						"investpromo.report.rise-colour must be red or green, not '" + riseColour + "'");
			}
			if (minReportingShare.signum() < 0 || minReportingShare.compareTo(java.math.BigDecimal.ONE) > 0) {
				throw new IllegalArgumentException(
						"investpromo.report.min-reporting-share must lie between 0 and 1, not " + minReportingShare);
			}
			if (pipelineStaleDays < 1) {
				throw new IllegalArgumentException(
						"investpromo.report.pipeline-stale-days must be at least 1, not " + pipelineStaleDays);
			}
		}

	}

	/**
	 * The scheduled monthly run (SPEC §1, §6).
	 *
	 * @param cron Spring cron expression (second minute hour day month weekday), default
	 * 06:00 on the 2nd
	 * @param zone the time zone the expression is read in
	 * @param scopes the regions to report on; empty means the default region, else all of
	 * China
	 */
	public record Schedule(@DefaultValue("0 0 6 2 * *") String cron, @DefaultValue("Asia/Shanghai") String zone,
			@DefaultValue List<String> scopes) {

		public Schedule {
			if (!CronExpression.isValidExpression(cron)) {
				throw new IllegalArgumentException("investpromo.schedule.cron is not a valid cron expression "
						+ "(second minute hour day month weekday, e.g. \"0 0 6 2 * *\"): '" + cron + "'");
			}
			try {
				ZoneId.of(zone);
			}
			catch (DateTimeException ex) {
				throw new IllegalArgumentException(
						"investpromo.schedule.zone is not a time zone (e.g. Asia/Shanghai): '" + zone + "'");
			}
		}

		public CronExpression cronExpression() {
			return CronExpression.parse(this.cron);
		}

		public ZoneId zoneId() {
			return ZoneId.of(this.zone);
		}

	}

}
