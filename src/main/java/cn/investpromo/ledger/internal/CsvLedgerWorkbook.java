package cn.investpromo.ledger.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import cn.investpromo.ledger.LedgerWorkbook;
import cn.investpromo.ledger.RawRow;
import cn.investpromo.ledger.ReadLimits;
import cn.investpromo.ledger.UnreadableFileException;

/**
 * Streams a CSV ledger as one sheet (SPEC §2.1). The encoding is detected, not configured: a UTF-8 BOM or text
 * that decodes as UTF-8 is UTF-8, anything else is GB18030 (what Chinese Excel writes as "CSV").
 */
public final class CsvLedgerWorkbook implements LedgerWorkbook {

	private static final int SNIFF_BYTES = 64 * 1024;

	private static final Charset GB18030 = Charset.forName("GB18030");

	private final Path file;

	private final Charset charset;

	private final boolean bom;

	private final ReadLimits limits;

	private boolean consumed;

	private @Nullable CSVParser parser;

	private CsvLedgerWorkbook(Path file, Charset charset, boolean bom, ReadLimits limits) {
		this.file = file;
		this.charset = charset;
		this.bom = bom;
		this.limits = limits;
	}

	/** Opens the file with generous limits and detects its encoding from its first bytes. */
	public static CsvLedgerWorkbook open(Path file) {
		return open(file, ReadLimits.EXCEL);
	}

	/** Opens the file and detects its encoding from its first bytes. */
	public static CsvLedgerWorkbook open(Path file, ReadLimits limits) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(SNIFF_BYTES);
			for (byte b : head) {
				if (b == 0) { // no text encoding we read has NUL bytes: UTF-16 or a binary file
					throw new UnreadableFileException("不是文本 CSV 文件（含二进制内容，或为 UTF-16 编码；请另存为 UTF-8 或 GBK 的 CSV）");
				}
			}
			boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
					&& (head[2] & 0xFF) == 0xBF;
			Charset charset = (bom || decodesAsUtf8(head)) ? StandardCharsets.UTF_8 : GB18030;
			return new CsvLedgerWorkbook(file, charset, bom, limits);
		}
		catch (IOException ex) {
			throw new UnreadableFileException("文件无法打开：" + ex.getMessage(), ex);
		}
	}

	static boolean decodesAsUtf8(byte[] head) {
		// the sniffed block may end inside a multi-byte character: ignore up to 3 trailing bytes
		for (int cut = 0; cut <= Math.min(3, head.length); cut++) {
			try {
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(Arrays.copyOf(head, head.length - cut)));
				return true;
			}
			catch (CharacterCodingException ex) {
				if (head.length < SNIFF_BYTES) {
					return false; // whole file read: no truncation to excuse
				}
			}
		}
		return false;
	}

	/** The detected encoding. */
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
		this.limits.checkDeclared(name, countLines(), 0);
		InputStream in = new BufferedInputStream(Files.newInputStream(this.file));
		if (this.bom) {
			in.skipNBytes(3);
		}
		Reader reader = new InputStreamReader(in, this.charset);
		this.parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader);
		Iterator<CSVRecord> records = this.parser.iterator();
		return new LedgerSheet() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public @Nullable RawRow nextRow() throws IOException {
				try {
					while (records.hasNext()) {
						CSVRecord record = records.next();
						// one CSV record per line unless quoted fields span lines: the record's line number is close enough
						int number = (int) Math.min(record.getRecordNumber(), Integer.MAX_VALUE);
						CsvLedgerWorkbook.this.limits.check(name, number, record.size() - 1);
						RawRow row = new RawRow(number, List.copyOf(record.toList()));
						if (!row.blank()) {
							return row;
						}
					}
					return null;
				}
				catch (RuntimeException ex) { // commons-csv wraps IOExceptions in UncheckedIOException
					throw new IOException("CSV 无法解析：" + XlsxLedgerWorkbook.rootMessage(ex), ex);
				}
			}
		};
	}

	/** Lines in the file, counted over its bytes without decoding, to refuse an oversized CSV before any row. */
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
		if (this.parser != null) {
			this.parser.close();
		}
	}

}
