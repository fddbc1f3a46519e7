package cn.investpromo.delivery;

import java.util.List;

import cn.investpromo.report.ReportLabels;

/**
 * The markdown summary a robot posts: the title, the narrative's opening and the files
 * written.
 */
final class Summaries {

	private Summaries() {
	}

	static String markdown(DeliveredReport report) {
		ReportLabels labels = ReportLabels.of(report.language());
		String files = labels.join(
				List.of(report.files().xlsx().getFileName().toString(), report.files().pdf().getFileName().toString()));
		return "### " + report.title() + "\n\n" + report.opening() + "\n\n> " + labels.format("delivery.files", files);
	}

}
