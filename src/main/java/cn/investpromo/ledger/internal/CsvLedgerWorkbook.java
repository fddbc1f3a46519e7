package cn.investpromo.ledger.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

import cn.investpromo.ledger.LedgerWorkbook;
import cn.investpromo.ledger.ReadLimits;
import cn.investpromo.ledger.UnreadableFileException;

/**
 * Streams a CSV ledger as one sheet (SPEC §2.1). The encoding is detected, not
 * configured, line by line: a line that decodes as UTF-8 is UTF-8, any other is GB18030
 * (what Chinese Excel writes as "CSV"), so a file whose lines were appended by different
 * programs still reads. A line whose quote is never closed, or whose quotes are out of
 * place, becomes a damaged row (rejected with its reason) and the lines after it are read
 * on.
 */
public final class CsvLedgerWorkbook implements LedgerWorkbook {

	private static final int SNIFF_BYTES = 64 * 1024;

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
			Charset charset = (bom || decodesAsUtf8(head)) ? StandardCharsets.UTF_8 : CsvLines.GB18030;
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
			if (CsvLines.utf8(Arrays.copyOf(head, head.length - cut)) != null) {
				return true;
			}
			if (head.length < SNIFF_BYTES) {
				return false; // whole file read: no truncation to excuse
			}
		}
		return false;
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
		return new CsvSheet(name, new CsvLines(this.file, stream), this.limits.maxColumns());
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
