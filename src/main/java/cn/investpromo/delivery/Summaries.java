package cn.investpromo.delivery;

/**
 * The markdown summary a robot posts: the title, the narrative's opening and the files
 * written.
 */
final class Summaries {

	private Summaries() {
	}

	static String markdown(DeliveredReport report) {
		boolean english = report.language() == cn.investpromo.report.ReportLanguage.EN;
		return "### " + report.title() + "\n\n" + report.opening() + "\n\n> " + (english ? "Files: " : "文件：")
				+ report.files().xlsx().getFileName() + (english ? ", " : "、") + report.files().pdf().getFileName();
	}

}
