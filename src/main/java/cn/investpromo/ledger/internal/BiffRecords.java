package cn.investpromo.ledger.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactory;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.util.LittleEndian;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.investpromo.ledger.UnreadableFileException;
import cn.investpromo.ledger.internal.XlsOwnCell.DamagedCell;

/**
 * The records of an .xls workbook stream, each framed by its own length as xlrd does:
 * bytes a record has beyond what it holds are ignored, a record that cannot be parsed is
 * skipped, a cell record that cannot be parsed is a {@link DamagedCell} of its row. Only
 * a stream that cannot be followed (a record length past the BIFF limit, a BOF or EOF
 * that cannot be read) fails.
 */
final class BiffRecords {

	private static final Logger log = LoggerFactory.getLogger(XlsLedgerWorkbook.class);

	// cell records: never continued, so each is parsed from a copy of its own bytes and a
	// damaged one names its row
	private static final Set<Short> CELL_SIDS = Set.of(NumberRecord.sid, LabelSSTRecord.sid, LabelRecord.sid,
			BoolErrRecord.sid, RKRecord.sid, MulRKRecord.sid, FormulaRecord.sid);

	private final InputStream stream;

	// frames the records; parsing them is ours, so that a damaged one costs only itself
	private final RecordInputStream raw;

	// the stream ended inside a record: nothing more to read
	private boolean exhausted;

	// past the last substream
	private boolean finished;

	BiffRecords(InputStream stream) {
		this.stream = stream;
		this.raw = new RecordInputStream(stream);
	}

	/** Whether the stream ended inside a record. */
	boolean exhausted() {
		return this.exhausted;
	}

	/**
	 * The record after a substream's EOF: its BOF. What follows the last substream when
	 * it is not a BOF (padding, stray bytes) ends the workbook unread, as it does in
	 * POI's own reader.
	 */
	@Nullable Object nextSubstream() {
		Object record = null;
		while (record == null) {
			short sid = nextSid();
			if (sid != BOFRecord.sid) {
				this.finished = true;
				return null;
			}
			record = otherRecord(sid);
		}
		return record;
	}

	/** The next record that could be parsed, or null at the end of the stream. */
	@Nullable Object next() {
		while (true) {
			short sid = nextSid();
			if (sid == -1) {
				return null;
			}
			Object record = CELL_SIDS.contains(sid) ? cellRecord(sid) : otherRecord(sid);
			if (record != null) {
				return record;
			}
		}
	}

	/** Moves to the next record and gives its sid, or -1 at the end of the stream. */
	private short nextSid() {
		RecordInputStream in = this.raw;
		try {
			if (this.exhausted || this.finished || !in.hasNextRecord()) {
				return -1;
			}
			in.nextRecord();
			return in.getSid();
		}
		catch (RuntimeException ex) {
			throw unfollowable(ex);
		}
	}

	/**
	 * A cell record, parsed from a copy of its bytes (so bytes beyond what it holds are
	 * ignored); one that cannot be parsed, or that the stream ends inside, is a
	 * {@link DamagedCell} of its row.
	 */
	private @Nullable Object cellRecord(short sid) {
		byte[] data = body();
		if (data.length < 4) {
			return null; // not even a row and column: nothing to reject, nothing lost
		}
		int row = (data[0] & 0xFF) | (data[1] & 0xFF) << 8;
		int column = (data[2] & 0xFF) | (data[3] & 0xFF) << 8;
		if (this.exhausted) {
			return new DamagedCell(row, (short) column);
		}
		// the two cell records ledgers are made of, built directly: no second stream per
		// cell
		if (sid == NumberRecord.sid && data.length >= 14) {
			NumberRecord number = new NumberRecord();
			number.setRow(row);
			number.setColumn((short) column);
			number.setXFIndex(LittleEndian.getShort(data, 4));
			number.setValue(LittleEndian.getDouble(data, 6));
			return number;
		}
		if (sid == LabelSSTRecord.sid && data.length >= 10) {
			LabelSSTRecord label = new LabelSSTRecord();
			label.setRow(row);
			label.setColumn((short) column);
			label.setXFIndex(LittleEndian.getShort(data, 4));
			label.setSSTIndex(LittleEndian.getInt(data, 6));
			return label;
		}
		byte[] framed = new byte[data.length + 4];
		framed[0] = (byte) sid;
		framed[1] = (byte) (sid >> 8);
		framed[2] = (byte) data.length;
		framed[3] = (byte) (data.length >> 8);
		System.arraycopy(data, 0, framed, 4, data.length);
		try {
			RecordInputStream copy = new RecordInputStream(new ByteArrayInputStream(framed));
			copy.hasNextRecord();
			copy.nextRecord();
			return RecordFactory.createSingleRecord(copy);
		}
		catch (RuntimeException ex) {
			log.debug("cell record 0x{} at row {} column {} cannot be parsed: {}", Integer.toHexString(sid), row + 1,
					column + 1, ex.toString());
			return new DamagedCell(row, (short) column);
		}
	}

	/**
	 * The rest of the current record's bytes, or as many as the stream still has when it
	 * ends inside it.
	 */
	private byte[] body() {
		RecordInputStream in = this.raw;
		try {
			int declared = in.remaining();
			int left = available();
			if (declared <= left) {
				return in.readRemainder();
			}
			this.exhausted = true; // the record's length runs past the end of the stream
			byte[] data = new byte[left];
			in.readFully(data);
			return data;
		}
		catch (RuntimeException ex) {
			throw unfollowable(ex);
		}
	}

	/**
	 * Any other record, parsed in place (it may continue into CONTINUE records, as the
	 * shared strings do); bytes it leaves are skipped, and one that cannot be parsed is
	 * skipped whole, unless it is what delimits a sheet.
	 */
	private @Nullable Record otherRecord(short sid) {
		RecordInputStream in = this.raw;
		if (in.remaining() > available()) {
			this.exhausted = true; // its length runs past the end of the stream: there is
									// nothing after it
			return null;
		}
		Record record;
		try {
			record = RecordFactory.createSingleRecord(in);
		}
		catch (RuntimeException ex) {
			if (sid == BOFRecord.sid || sid == EOFRecord.sid) {
				throw unfollowable(ex);
			}
			log.debug("record 0x{} cannot be parsed, skipped: {}", Integer.toHexString(sid), ex.toString());
			record = null;
		}
		skipRemainder();
		return record;
	}

	private void skipRemainder() {
		RecordInputStream in = this.raw;
		if (in.remaining() > available()) {
			this.exhausted = true;
			return;
		}
		try {
			if (in.remaining() > 0) {
				in.readRemainder();
			}
		}
		catch (RuntimeException ex) {
			throw unfollowable(ex);
		}
	}

	/**
	 * The bytes left in the workbook stream (a POIFS document stream knows its size
	 * exactly).
	 */
	private int available() {
		try {
			return this.stream.available();
		}
		catch (IOException ex) {
			throw unfollowable(ex);
		}
	}

	private static UnreadableFileException unfollowable(Exception ex) {
		// the reader names the sheet, if one was being read
		return new UnreadableFileException("文件已损坏，有记录无法读取", "the file is damaged: a record cannot be read", ex);
	}

	/**
	 * Skips to the EOF matching a BOF just read, over nested substreams (charts embedded
	 * in a sheet), looking at record ids only: what is skipped is never parsed.
	 */
	void skipSubstream() {
		int depth = 1;
		short sid;
		while (depth > 0 && (sid = nextSid()) != -1) {
			if (sid == BOFRecord.sid) {
				depth++;
			}
			else if (sid == EOFRecord.sid) {
				depth--;
			}
			skipRemainder();
		}
	}

	void close() throws IOException {
		this.stream.close();
	}

}
