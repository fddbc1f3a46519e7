package cn.investpromo.report.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;

/**
 * The Chinese font of the PDF (WenQuanYi Micro Hei, shipped in {@code fonts/}), as an
 * OpenPDF font embedded as a subset and as the AWT font that charts measure and draw
 * with; load it once and share it.
 */
public final class CjkFont {

	private static final String RESOURCE = "fonts/wqy-microhei.ttc";

	// OpenPDF picks the face of a TrueType collection by the ",<index>" suffix of the
	// name
	private static final String COLLECTION_FACE = "wqy-microhei.ttc,0";

	private final BaseFont baseFont;

	private final Font awtFont;

	private final FontMapper fontMapper;

	/**
	 * Loads the font from the classpath; this reads about 5 MB, so create one instance
	 * per application.
	 */
	public CjkFont() {
		byte[] bytes = readResource();
		this.baseFont = createBaseFont(bytes);
		this.awtFont = createAwtFont(bytes);
		this.fontMapper = new SingleFontMapper(this.baseFont, this.awtFont);
	}

	/**
	 * The font for document text: Identity-H, embedded, only the glyphs used written to
	 * each PDF.
	 */
	public BaseFont baseFont() {
		return this.baseFont;
	}

	/**
	 * The AWT face at the given style ({@link Font#PLAIN}, {@link Font#BOLD}) and size in
	 * points.
	 */
	public Font awt(int style, float size) {
		return this.awtFont.deriveFont(style, size);
	}

	/**
	 * Maps every AWT font to {@link #baseFont()}, so chart text never falls back to a
	 * font without Chinese.
	 */
	public FontMapper fontMapper() {
		return this.fontMapper;
	}

	private static byte[] readResource() {
		try (InputStream in = CjkFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("font resource " + RESOURCE + " is missing from the classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read font resource " + RESOURCE, ex);
		}
	}

	private static BaseFont createBaseFont(byte[] bytes) {
		try {
			// not cached: OpenPDF's font cache is static and would keep the 5 MB font
			// past our lifetime
			BaseFont font = BaseFont.createFont(COLLECTION_FACE, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes,
					null);
			font.setSubset(true);
			return font;
		}
		catch (DocumentException | IOException ex) {
			throw new IllegalStateException("cannot load font " + RESOURCE, ex);
		}
	}

	private static Font createAwtFont(byte[] bytes) {
		try {
			Font font = Font.createFonts(new ByteArrayInputStream(bytes))[0];
			// registered so that JFreeChart's text measurement finds the same glyphs it
			// draws
			GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
			return font;
		}
		catch (FontFormatException | IOException ex) {
			throw new IllegalStateException("cannot load font " + RESOURCE + " for charts", ex);
		}
	}

	/**
	 * Every AWT font becomes the one embedded Chinese font; OpenPDF's default mapper
	 * would pick Helvetica.
	 */
	private record SingleFontMapper(BaseFont baseFont, Font awtFont) implements FontMapper {

		@Override
		public BaseFont awtToPdf(Font font) {
			return this.baseFont;
		}

		@Override
		public Font pdfToAwt(BaseFont font, int size) {
			return this.awtFont.deriveFont((float) size);
		}

	}

}
