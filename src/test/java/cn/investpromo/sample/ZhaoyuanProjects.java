package cn.investpromo.sample;

import static cn.investpromo.sample.Vocabulary.pick;
import static cn.investpromo.sample.ZhaoyuanLedger.SYNTHETIC;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Draws the synthetic rows of the 招远 signed-projects ledger: amounts, investors and how
 * far each project got.
 */
final class ZhaoyuanProjects {

	/**
	 * Ledgers are kept up to date until the end of 2019: no construction or production
	 * date after it.
	 */
	private static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);

	/**
	 * Amounts a clerk typed as text with their own unit (2018 ledger, whose column is in
	 * 亿元).
	 */
	private static final Map<YearMonth, AmountText> AMOUNT_TEXTS = Map.of(YearMonth.of(2018, 3),
			new AmountText(15000L, "1.5亿元", null), YearMonth.of(2018, 5), new AmountText(3000L, "约3000万元", null),
			YearMonth.of(2018, 8), new AmountText(5000L, "5,000万", null), YearMonth.of(2018, 10),
			new AmountText(null, "500万美元", List.of("韩国首尔", "韩国")), YearMonth.of(2018, 12),
			new AmountText(20000L, "2亿", null));

	/**
	 * Months whose last project is a major one (10 亿元 or more), so each year has a few.
	 */
	private static final Set<YearMonth> MAJOR_PROJECT = Set.of(YearMonth.of(2018, 6), YearMonth.of(2018, 11),
			YearMonth.of(2019, 3), YearMonth.of(2019, 10));

	/** Months whose first project is in an industry outside the taxonomy. */
	private static final Set<YearMonth> UNMATCHED_INDUSTRY = Set.of(YearMonth.of(2018, 5), YearMonth.of(2019, 10));

	private final Random random;

	private final AmountUnit unit;

	private final Set<String> investors = new HashSet<>();

	private final Set<String> projectNames = new HashSet<>();

	ZhaoyuanProjects(Random random, AmountUnit unit) {
		this.random = random;
		this.unit = unit;
	}

	/**
	 * The month's projects, numbered ZY-P-yyyy-MM-nn in date order, some signed at the
	 * month's events.
	 */
	List<SampleProject> month(YearMonth month, List<SampleEvent> monthEvents) {
		List<SampleEvent> signingEvents = monthEvents.stream()
			.filter(e -> e.start() instanceof LocalDate && List.of("签约仪式", "推介会", "洽谈会").contains(e.type()))
			.toList();
		int count = 2 + this.random.nextInt(5);
		List<SampleProject> drafts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Sector sector = (i == 0 && UNMATCHED_INDUSTRY.contains(month)) ? Vocabulary.UNMATCHED
					: pick(this.random, Vocabulary.SECTORS);
			AmountText amountText = i == 0 ? AMOUNT_TEXTS.get(month) : null;
			boolean major = i == count - 1 && MAJOR_PROJECT.contains(month);
			drafts.add(project(month, sector, amountText, major, signingEvents));
		}
		drafts.sort(Comparator.comparing(p -> (LocalDate) p.signed()));
		List<SampleProject> numbered = new ArrayList<>();
		for (SampleProject draft : drafts) {
			numbered.add(draft.withId(String.format("ZY-P-%s-%02d", month, numbered.size() + 1)));
		}
		return numbered;
	}

	private SampleProject project(YearMonth month, Sector sector, AmountText amountText, boolean major,
			List<SampleEvent> signingEvents) {
		LocalDate signed = month.atDay(1 + this.random.nextInt(month.lengthOfMonth()));
		String eventRef = null;
		List<String> origin = pick(this.random, Vocabulary.ORIGINS);
		if (!signingEvents.isEmpty() && this.random.nextInt(10) < 4) {
			SampleEvent event = pick(this.random, signingEvents);
			signed = (LocalDate) event.start();
			eventRef = this.random.nextInt(4) == 0 ? event.name() : event.id();
		}
		if (amountText != null && amountText.origin() != null) {
			origin = amountText.origin();
		}
		Investor investor = investor(origin.get(1), sector);
		String name = pick(this.random, sector.projectNames());
		if (!this.projectNames.add(name)) {
			// a second project of the same kind in the year is told apart by its
			// investor's brand, as clerks do
			name = investor.brand() + name;
			this.projectNames.add(name);
		}
		int agreementDraw = this.random.nextInt(100);
		String agreement = agreementDraw < 75 ? "投资协议"
				: agreementDraw < 83 ? "框架协议" : agreementDraw < 90 ? "意向协议" : "战略合作协议";
		Long wan = amountText != null ? amountText.wan() : major ? majorAmountWan() : amountWan(agreement);
		// an agreement without an amount is a declaration of intent: nothing to build yet
		Progress progress = wan == null && amountText == null ? new Progress("已签约", null, null, null)
				: progress(month, signed, wan);
		Object amountCell = amountText != null ? amountText.text() : wan == null ? null : this.unit.cell(wan);
		String notes = progress.status().equals("已终止") ? SYNTHETIC + "；投资方战略调整，项目终止" : SYNTHETIC;
		return new SampleProject(null, name, signed, region(), investor.name(), origin.get(0), sector.ledgerText(),
				agreement, amountCell, progress.status(), eventRef, progress.started(), progress.producing(),
				progress.fundsWan() == null ? null : this.unit.cell(progress.fundsWan()), notes);
	}

	/**
	 * 500 万元 to 20 亿元: most under 1 亿, a few of 10 亿 or more; strategic agreements mostly
	 * without an amount.
	 */
	private Long amountWan(String agreement) {
		int draw = this.random.nextInt(100);
		if (draw < 4 || (agreement.equals("战略合作协议") && draw < 60)) {
			return null;
		}
		int band = this.random.nextInt(100);
		if (band < 55) {
			return 500L + 100L * this.random.nextInt(96);
		}
		if (band < 85) {
			return 10_000L + 500L * this.random.nextInt(41);
		}
		if (band < 95) {
			return 30_000L + 1_000L * this.random.nextInt(71);
		}
		return majorAmountWan();
	}

	private Long majorAmountWan() {
		return 100_000L + 10_000L * this.random.nextInt(11);
	}

	/** Older projects are further along; dates never pass the end of 2019. */
	private Progress progress(YearMonth month, LocalDate signed, Long wan) {
		long age = month.until(YearMonth.from(AS_OF), ChronoUnit.MONTHS);
		int draw = this.random.nextInt(100);
		String status;
		if (age <= 2) {
			status = draw < 90 ? "已签约" : "已开工";
		}
		else if (age <= 8) {
			status = draw < 40 ? "已签约" : draw < 90 ? "已开工" : draw < 95 ? "已投产" : "已终止";
		}
		else if (age <= 14) {
			status = draw < 20 ? "已签约" : draw < 60 ? "已开工" : draw < 90 ? "已投产" : "已终止";
		}
		else {
			status = draw < 10 ? "已签约" : draw < 45 ? "已开工" : draw < 92 ? "已投产" : "已终止";
		}
		LocalDate started = signed.plusDays(20 + this.random.nextInt(100));
		LocalDate producing = started.plusDays(120 + this.random.nextInt(240));
		if (status.equals("已投产") && producing.isAfter(AS_OF)) {
			status = "已开工";
		}
		if (status.equals("已开工") && started.isAfter(AS_OF)) {
			status = "已签约";
		}
		boolean hasStarted = status.equals("已开工") || status.equals("已投产");
		Long funds = null;
		if (hasStarted && wan != null && this.random.nextInt(10) < 7) {
			int share = status.equals("已投产") ? 50 + this.random.nextInt(51) : 10 + this.random.nextInt(41);
			funds = Math.max(100L, wan * share / 100 / 100 * 100);
		}
		return new Progress(status, hasStarted ? started : null, status.equals("已投产") ? producing : null, funds);
	}

	private String region() {
		int draw = this.random.nextInt(100);
		if (draw < 30) {
			return Vocabulary.ZONE;
		}
		if (draw < 40) {
			return Vocabulary.ZHAOYUAN;
		}
		String town = pick(this.random, Vocabulary.TOWNS);
		return draw < 55 ? "招远市" + town : town;
	}

	private Investor investor(String prefix, Sector sector) {
		while (true) {
			String brand = pick(this.random, Vocabulary.BRANDS);
			String name = switch (prefix) {
				case "韩国" -> "韩国" + brand + "株式会社";
				case "香港" -> "香港" + brand + "集团有限公司";
				default -> prefix + brand + sector.companySuffix();
			};
			if (this.investors.add(name)) {
				return new Investor(name, brand);
			}
		}
	}

	/**
	 * An amount typed as text with its own unit; {@code wan} is null when it is in a
	 * foreign currency.
	 */
	private record AmountText(Long wan, String text, List<String> origin) {
	}

	/** An investor's full name and the brand word that tells it apart. */
	private record Investor(String name, String brand) {
	}

	/** How far a project has got, with the dates and funds that go with it. */
	private record Progress(String status, LocalDate started, LocalDate producing, Long fundsWan) {
	}

}
