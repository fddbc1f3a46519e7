package cn.investpromo.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.investpromo.industry.IndustryTaxonomy;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.store.ReferenceStore;
import cn.investpromo.store.ReferenceStore.UserRegions;

/**
 * The reference data as extended by the regions and industries sheets imported so far
 * (SPEC §2.3): the shipped catalog and taxonomy (loaded once, shared) plus what the
 * database holds. Jobs ask for it when a step starts, so a regions sheet imported in the
 * first step serves the ledger rows of the next step and every later report.
 */
@Component
public class ReferenceData {

	private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);

	private final RegionCatalog shippedRegions;

	private final IndustryTaxonomy shippedIndustries;

	private final ReferenceStore store;

	private final InvestpromoProperties properties;

	public ReferenceData(RegionCatalog shippedRegions, IndustryTaxonomy shippedIndustries, ReferenceStore store,
			InvestpromoProperties properties) {
		this.shippedRegions = shippedRegions;
		this.shippedIndustries = shippedIndustries;
		this.store = store;
		this.properties = properties;
	}

	/**
	 * The shipped regions plus the user regions stored; the shipped catalog itself when
	 * there are none.
	 */
	public RegionCatalog regions() {
		UserRegions user = this.store.userRegions();
		if (user.regions().isEmpty()) {
			return this.shippedRegions;
		}
		try {
			return this.shippedRegions.withExtensions(user.regions(), user.members());
		}
		catch (IllegalArgumentException ex) {
			// rows are checked when imported; a stored set that no longer fits must not
			// stop every job
			log.warn("User regions ignored: {}", ex.getMessage());
			return this.shippedRegions;
		}
	}

	/**
	 * The shipped taxonomy with the keywords and sub-industries of the industries sheets
	 * stored.
	 */
	public IndustryTaxonomy industries() {
		var rows = this.store.industryKeywords();
		return rows.isEmpty() ? this.shippedIndustries : this.shippedIndustries.withExtensions(rows);
	}

	/**
	 * A hash of everything besides a ledger's own content that decides how its rows read:
	 * user regions, industry keywords, exchange rates and the default region. A ledger is
	 * read again when it changes.
	 */
	public String fingerprint() {
		String text = this.store.contentsForFingerprint() + "\nfx " + new TreeMap<>(this.properties.fxRates())
				+ "\ndefault " + this.properties.defaultRegion();
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex); // every JVM has SHA-256
		}
	}

}
