package cn.investpromo.ledger.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The physical lines of a CSV file, each decoded on its own: a line that is valid UTF-8
 * is UTF-8, any other GB18030, so a file to which a GBK program appended lines still
 * reads.
 */
final class CsvLines {

	private static final Logger log = LoggerFactory.getLogger(CsvLedgerWorkbook.class);

	static final Charset GB18030 = Charset.forName("GB18030");

	/** A physical line of the file, decoded, without its line break. */
	record Line(int number, String text) {
	}

	private final Path file;

	private final InputStream in;

	private final ByteArrayOutputStream lineBytes = new ByteArrayOutputStream();

	private int lineNumber;

	private boolean utf8Lines;

	private boolean gbLines;

	CsvLines(Path file, InputStream in) {
		this.file = file;
		this.in = in;
	}

	/** The next line, or null at the end of the file. */
	@Nullable Line next() throws IOException {
		this.lineBytes.reset();
		int b;
		boolean any = false;
		while ((b = this.in.read()) >= 0) {
			any = true;
			if (b == '\n') {
				break;
			}
			this.lineBytes.write(b);
		}
		if (!any) {
			if (this.utf8Lines && this.gbLines) {
				log.warn("{}: lines in UTF-8 and in GB18030 in one file, each read in its own encoding",
						this.file.getFileName());
			}
			return null;
		}
		byte[] bytes = this.lineBytes.toByteArray();
		int length = (bytes.length > 0 && bytes[bytes.length - 1] == '\r') ? bytes.length - 1 : bytes.length;
		byte[] content = Arrays.copyOf(bytes, length);
		// a GB18030 line of Chinese text is practically never valid UTF-8, so the first
		// that fits decides
		String text = utf8(content);
		if (text == null) {
			text = new String(content, GB18030);
			this.gbLines = true;
		}
		else if (!ascii(content)) {
			this.utf8Lines = true;
		}
		return new Line(++this.lineNumber, text);
	}

	/** The bytes as UTF-8, or null when they are not valid UTF-8. */
	static @Nullable String utf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static boolean ascii(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

}
