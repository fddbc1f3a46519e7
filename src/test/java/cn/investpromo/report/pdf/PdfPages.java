package cn.investpromo.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportLanguage;

/** Reads a rendered report page by page, for checks on where its headings fall. */
public final class PdfPages {

	private static final List<String> HEADING_KEYS = List.of("section.kpis", "section.narrative", "section.targets",
			"section.charts", "section.landing", "section.followThrough", "section.fundsArrived", "section.amountBands",
			"section.byRegion", "section.byIndustry", "section.byRegionIndustry", "section.topProjects",
			"section.keyProjects", "section.events", "section.projects", "section.dataQuality", "quality.files",
			"quality.rejects", "quality.possibleDuplicates", "quality.unmatchedIndustries");

	private PdfPages() {
	}

	/**
	 * The headings of a report in this language, and the notes that sit right under one,
	 * without white space.
	 */
	public static Set<String> headings(ReportLanguage language) {
		ReportLabels labels = ReportLabels.of(language);
		Set<String> headings = new HashSet<>();
		HEADING_KEYS.forEach((key) -> headings.add(flat(labels.get(key))));
		// the largest projects' heading counts its rows: 投资额前9项目
		for (int rows = 1; rows <= 10; rows++) {
			headings.add(flat(labels.topProjectsTitle(rows)));
		}
		headings.add(flat(new PdfLabels(language).pdf("pdf.cross.cells")));
		return headings;
	}

	/** The last line above the footer of every page but the last, without white space. */
	public static List<String> lastBodyLines(PDDocument pdf) throws IOException {
		List<String> last = new ArrayList<>();
		for (int page = 1; page < pdf.getNumberOfPages(); page++) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			stripper.setSortByPosition(true);
			List<String> lines = stripper.getText(pdf).lines().map(PdfPages::flat).filter((l) -> !l.isEmpty()).toList();
			// the last line is the footer's page number
			last.add(lines.get(lines.size() - 2));
		}
		return last;
	}

	private static String flat(String text) {
		return text.replaceAll("\\s", "");
	}

}
