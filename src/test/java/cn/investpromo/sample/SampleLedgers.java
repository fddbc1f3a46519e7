package cn.investpromo.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the sample ledgers in {@code input/}: 招远市's 2018 and 2019 events and
 * signed-projects ledgers and the Sichuan new-materials delegation, with the real rows of
 * the two seed reports and deterministic synthetic rows (a fixed {@link java.util.Random}
 * seed, no clock, fixed file timestamps, so the files are the same bytes on every run).
 * <p>
 * Regenerate them from the project folder with:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cn.investpromo.sample.SampleLedgers}
 * (add {@code -Dexec.args=DIR} to write elsewhere), then commit {@code input/};
 * {@code SampleLedgersTests} checks that the committed files match the generator.
 */
public final class SampleLedgers {

	/** The 2019 招远 ledger: amounts in 万元, the Shenzhen conference of 2019-07-28. */
	public static final String ZHAOYUAN_2019 = "招远市招商台账2019.xlsx";

	/** The 2018 招远 ledger: amounts in 亿元, some typed as text with units. */
	public static final String ZHAOYUAN_2018 = "招远市招商台账2018.xlsx";

	/** The 招远 funds ledger of 2018–2019 (到位资金台账, issue 21). */
	public static final String ZHAOYUAN_FUNDS = "招远市到位资金台账2019.xlsx";

	/** The Sichuan new-materials delegation, with English headers. */
	public static final String SICHUAN = "sichuan-new-materials-2018.xlsx";

	private static final Logger logger = LoggerFactory.getLogger(SampleLedgers.class);

	private static final String AUTHOR = "investpromo sample data";

	private SampleLedgers() {
	}

	/**
	 * Writes the ledgers into the folder given as the first argument, by default
	 * {@code input}.
	 */
	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args.length > 0 ? args[0] : "input");
		List<Path> files = write(folder);
		logger.info("Wrote {} sample ledgers to {}", files.size(), folder.toAbsolutePath());
	}

	/**
	 * Writes the three sample ledgers into {@code folder}, creating it if needed, and
	 * returns their paths.
	 */
	public static List<Path> write(Path folder) throws IOException {
		Files.createDirectories(folder);
		Path zhaoyuan2019 = folder.resolve(ZHAOYUAN_2019);
		Path zhaoyuan2018 = folder.resolve(ZHAOYUAN_2018);
		Path sichuan = folder.resolve(SICHUAN);
		LedgerWorkbook.write(zhaoyuan2019, AUTHOR, ZhaoyuanLedger.sheets(2019, AmountUnit.WAN));
		LedgerWorkbook.write(zhaoyuan2018, AUTHOR, ZhaoyuanLedger.sheets(2018, AmountUnit.YI));
		LedgerWorkbook.write(sichuan, AUTHOR, SichuanDelegation.sheets());
		Path pipeline = folder.resolve(ZhaoyuanPipeline.FILE);
		LedgerWorkbook.write(pipeline, AUTHOR, ZhaoyuanPipeline.sheets());
		Path funds = folder.resolve(ZHAOYUAN_FUNDS);
		LedgerWorkbook.write(funds, AUTHOR, ZhaoyuanFunds.sheets());
		return List.of(zhaoyuan2019, zhaoyuan2018, sichuan, pipeline, funds);
	}

}
