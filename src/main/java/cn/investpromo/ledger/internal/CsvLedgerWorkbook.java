package cn.investpromo.ledger.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.investpromo.ledger.LedgerWorkbook;
import cn.investpromo.ledger.RawRow;
import cn.investpromo.ledger.ReadLimits;
import cn.investpromo.ledger.UnreadableFileException;
import cn.investpromo.value.Reason;

/**
 * Streams a CSV ledger as one sheet (SPEC §2.1). The encoding is detected, not
 * configured, line by line: a line that decodes as UTF-8 is UTF-8, any other is GB18030
 * (what Chinese Excel writes as "CSV"), so a file whose lines were appended by different
 * programs still reads. A line whose quote is never closed, or whose quotes are out of
 * place, becomes a damaged row (rejected with its reason) and the lines after it are read
 * on.
 */
public final class CsvLedgerWorkbook implements LedgerWorkbook {

	private static final Logger log = LoggerFactory.getLogger(CsvLedgerWorkbook.class);

	private static final int SNIFF_BYTES = 64 * 1024;

	/**
	 * A quoted cell spanning more lines than this is a quote left open, not a note with
	 * line breaks.
	 */
	private static final int MAX_LINES_PER_RECORD = 100;

	private static final Charset GB18030 = Charset.forName("GB18030");

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

	private final Path file;

	private final Charset charset;

	private final boolean bom;

	private final ReadLimits limits;

	private boolean consumed;

	private @Nullable InputStream in;

	private CsvLedgerWorkbook(Path file, Charset charset, boolean bom, ReadLimits limits) {
		this.file = file;
		this.charset = charset;
		this.bom = bom;
		this.limits = limits;
	}

	/**
	 * Opens the file with generous limits and detects its encoding from its first bytes.
	 */
	public static CsvLedgerWorkbook open(Path file) {
		return open(file, ReadLimits.EXCEL);
	}

	/** Opens the file and detects its encoding from its first bytes. */
	public static CsvLedgerWorkbook open(Path file, ReadLimits limits) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(SNIFF_BYTES);
			for (byte b : head) {
				if (b == 0) { // no text encoding we read has NUL bytes: UTF-16 or a
								// binary file
					throw new UnreadableFileException("不是文本 CSV 文件（含二进制内容，或为 UTF-16 编码；请另存为 UTF-8 或 GBK 的 CSV）",
							"not a text CSV file (binary content, or UTF-16: save it as UTF-8 or GBK CSV)");
				}
			}
			boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
					&& (head[2] & 0xFF) == 0xBF;
			Charset charset = (bom || decodesAsUtf8(head)) ? StandardCharsets.UTF_8 : GB18030;
			return new CsvLedgerWorkbook(file, charset, bom, limits);
		}
		catch (IOException ex) {
			throw new UnreadableFileException("文件无法打开", "the file cannot be opened", ex);
		}
	}

	static boolean decodesAsUtf8(byte[] head) {
		// the sniffed block may end inside a multi-byte character: ignore up to 3
		// trailing bytes
		for (int cut = 0; cut <= Math.min(3, head.length); cut++) {
			if (utf8(Arrays.copyOf(head, head.length - cut)) != null) {
				return true;
			}
			if (head.length < SNIFF_BYTES) {
				return false; // whole file read: no truncation to excuse
			}
		}
		return false;
	}

	private static @Nullable String utf8(byte[] bytes) {
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

	/** The encoding of the file's first 64 KB; later lines may be in the other one. */
	public Charset charset() {
		return this.charset;
	}

	@Override
	public @Nullable LedgerSheet nextSheet() throws IOException {
		if (this.consumed) {
			return null;
		}
		this.consumed = true;
		String name = this.file.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
		long lines = countLines();
		if (lines > this.limits.maxRowsPerSheet()) {
			throw new UnreadableFileException(
					"工作表 " + name + " 超过 " + this.limits.maxRowsPerSheet()
							+ " 行的上限（investpromo.max-rows-per-sheet），已拒绝",
					"sheet " + name + " has more than " + this.limits.maxRowsPerSheet()
							+ " rows, the limit (investpromo.max-rows-per-sheet)");
		}
		InputStream stream = new BufferedInputStream(Files.newInputStream(this.file), 64 * 1024);
		this.in = stream;
		if (this.bom) {
			stream.skipNBytes(3);
		}
		return new CsvSheet(name, stream);
	}

	/** A physical line of the file, decoded, without its line break. */
	private record Line(int number, String text) {
	}

	/** The file's lines gathered into CSV records: a quoted cell may span lines. */
	private final class CsvSheet implements LedgerSheet {

		private final String name;

		private final InputStream in;

		/**
		 * Lines read ahead while looking for the end of a quoted cell, to be read again
		 * if it never ends.
		 */
		private final Deque<Line> pushedBack = new ArrayDeque<>();

		private final ByteArrayOutputStream lineBytes = new ByteArrayOutputStream();

		private int lineNumber;

		private boolean utf8Lines;

		private boolean gbLines;

		CsvSheet(String name, InputStream in) {
			this.name = name;
			this.in = in;
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public @Nullable RawRow nextRow() throws IOException {
			while (true) {
				Line first = nextLine();
				if (first == null) {
					return null;
				}
				RawRow row = record(first);
				if (!row.blank()) {
					return row;
				}
			}
		}

		/**
		 * The record starting at {@code first}: one line, or more while a quoted cell is
		 * open.
		 */
		private RawRow record(Line first) throws IOException {
			if (first.text().indexOf('"') < 0) {
				return new RawRow(first.number(), split(first.text()));
			}
			StringBuilder text = new StringBuilder(first.text());
			List<Line> more = new ArrayList<>();
			while (quotes(text) % 2 != 0) {
				Line next = (more.size() < MAX_LINES_PER_RECORD) ? nextLine() : null;
				if (next == null) {
					// the quote never closes: only this line is lost, the lines after it
					// are read again
					pushBack(more);
					return damaged(first, Reason.of("row.unbalancedQuote"));
				}
				more.add(next);
				text.append('\n').append(next.text());
			}
			try (CSVParser parser = FORMAT.parse(new StringReader(text.toString()))) {
				List<CSVRecord> records = parser.getRecords();
				return new RawRow(first.number(), records.isEmpty() ? List.of() : List.copyOf(records.get(0).toList()));
			}
			catch (UncheckedIOException | IOException | IllegalStateException ex) {
				// over several lines, the first one's open quote is the likelier fault:
				// the others are read again
				pushBack(more);
				return damaged(first, Reason.of(more.isEmpty() ? "row.misplacedQuote" : "row.unbalancedQuote"));
			}
		}

		private void pushBack(List<Line> lines) {
			for (int i = lines.size() - 1; i >= 0; i--) {
				this.pushedBack.push(lines.get(i));
			}
		}

		private RawRow damaged(Line line, Reason reason) {
			String text = line.text();
			return new RawRow(line.number(), List.of(text.length() > 200 ? text.substring(0, 200) + "…" : text),
					reason);
		}

		private static int quotes(CharSequence text) {
			int count = 0;
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == '"') {
					count++;
				}
			}
			return count;
		}

		/** Cells of a line without quotes: commas are all separators. */
		private static List<String> split(String text) {
			List<String> cells = new ArrayList<>();
			int start = 0;
			int comma;
			while ((comma = text.indexOf(',', start)) >= 0) {
				cells.add(text.substring(start, comma));
				start = comma + 1;
			}
			cells.add(text.substring(start));
			return List.copyOf(cells);
		}

		private @Nullable Line nextLine() throws IOException {
			if (!this.pushedBack.isEmpty()) {
				return this.pushedBack.pop();
			}
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
							CsvLedgerWorkbook.this.file.getFileName());
				}
				return null;
			}
			byte[] bytes = this.lineBytes.toByteArray();
			int length = (bytes.length > 0 && bytes[bytes.length - 1] == '\r') ? bytes.length - 1 : bytes.length;
			byte[] content = Arrays.copyOf(bytes, length);
			// a GB18030 line of Chinese text is practically never valid UTF-8, so the
			// first that fits decides
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

		private static boolean ascii(byte[] bytes) {
			for (byte b : bytes) {
				if (b < 0) {
					return false;
				}
			}
			return true;
		}

	}

	/**
	 * Lines in the file, counted over its bytes without decoding, to refuse an oversized
	 * CSV before any row.
	 */
	private long countLines() throws IOException {
		long lines = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = Files.newInputStream(this.file)) {
			int n;
			while ((n = in.read(buffer)) > 0 && lines <= this.limits.maxRowsPerSheet()) {
				for (int i = 0; i < n; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
			}
		}
		return lines;
	}

	@Override
	public void close() throws IOException {
		if (this.in != null) {
			this.in.close();
		}
	}

}
