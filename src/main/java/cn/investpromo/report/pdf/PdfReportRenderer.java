package cn.investpromo.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.lowagie.text.DocumentException;

import cn.investpromo.report.ReportModel;

/**
 * Renders a report model as an A4 PDF (SPEC §5): title block, KPIs, narrative, annual
 * targets, vector charts, landing progress, funds arrived, amount bands, tables, data
 * quality.
 */
public final class PdfReportRenderer {

	private final CjkFont font;

	private final ChartStyle chartStyle;

	/**
	 * A renderer drawing all text with {@code font}; share one font between renderers.
	 */
	public PdfReportRenderer(CjkFont font) {
		this.font = font;
		this.chartStyle = new ChartStyle(font);
	}

	/**
	 * Writes the report to {@code target}, replacing it only once the whole document is
	 * written.
	 */
	public void render(ReportModel model, Path target) throws IOException {
		Path absolute = target.toAbsolutePath();
		if (absolute.getParent() != null) {
			Files.createDirectories(absolute.getParent());
		}
		Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
		try {
			try (OutputStream out = Files.newOutputStream(partial)) {
				new ReportDocument(model, this.font, this.chartStyle).write(out);
			}
			Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (DocumentException ex) {
			throw new IOException("cannot write PDF report " + target + ": " + ex.getMessage(), ex);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

}
