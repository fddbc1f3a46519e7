package cn.investpromo.ledger.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.ColumnInfoRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.RecordFactory;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.investpromo.ledger.LedgerWorkbook.LedgerSheet;
import cn.investpromo.ledger.RawRow;
import cn.investpromo.ledger.internal.XlsOwnCell.DamagedCell;
import cn.investpromo.ledger.internal.XlsOwnCell.TextCell;
import cn.investpromo.value.Reason;

/**
 * Gathers one worksheet's cell records into rows; BIFF writes them in row order. Hidden
 * columns are left blank, and cells past the first {@code maxColumns} columns are
 * skipped.
 */
final class XlsSheet implements LedgerSheet {

	private static final Logger log = LoggerFactory.getLogger(XlsLedgerWorkbook.class);

	private final String name;

	private final BiffRecords records;

	private final XlsCellValues values;

	private final int maxColumns;

	private final BitSet hiddenColumns = new BitSet();

	private final Deque<CellValueRecordInterface> pending = new ArrayDeque<>();

	private @Nullable FormulaRecord stringFormula;

	private List<String> cells = new ArrayList<>();

	private @Nullable Reason damage;

	private int rowIndex = -1;

	private boolean ended;

	XlsSheet(String name, BiffRecords records, XlsCellValues values, int maxColumns) {
		this.name = name;
		this.records = records;
		this.values = values;
		this.maxColumns = maxColumns;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public @Nullable RawRow nextRow() {
		while (true) {
			CellValueRecordInterface cell = nextCell();
			if (cell == null) {
				RawRow last = takeRow();
				return (last != null && !last.blank()) ? last : null;
			}
			if (cell.getRow() != this.rowIndex && this.rowIndex >= 0) {
				this.pending.push(cell);
				RawRow row = takeRow();
				if (row != null && !row.blank()) {
					return row;
				}
				continue;
			}
			this.rowIndex = cell.getRow();
			put(cell);
		}
	}

	private @Nullable RawRow takeRow() {
		if (this.rowIndex < 0) {
			return null;
		}
		RawRow row = new RawRow(this.rowIndex + 1, List.copyOf(this.cells), this.damage);
		this.cells = new ArrayList<>();
		this.damage = null;
		this.rowIndex = -1;
		return row;
	}

	private void put(CellValueRecordInterface cell) {
		int column = cell.getColumn() & 0xFFFF; // an unsigned 16-bit field
		if (this.hiddenColumns.get(column) || column >= this.maxColumns) {
			return; // a hidden column is not part of the ledger a clerk sees, damaged or
					// not; one past the limit is not read
		}
		Reason damage = this.values.damage(cell, column);
		if (damage != null) {
			// the first one names the row's cause
			this.damage = (this.damage != null) ? this.damage : damage;
			return;
		}
		String value;
		try {
			value = this.values.text(cell);
		}
		catch (RuntimeException ex) {
			// a record that parsed but holds nonsense (an XF index past the table): its
			// row, not the file
			log.debug("cell at row {} column {} cannot be read: {}", cell.getRow() + 1, column + 1, ex.toString());
			this.damage = (this.damage != null) ? this.damage
					: Reason.of("row.damagedRecord", CellReference.convertNumToColString(column));
			return;
		}
		if (value.isEmpty()) {
			return; // an empty cell is not part of the row
		}
		while (this.cells.size() <= column) {
			this.cells.add("");
		}
		this.cells.set(column, value);
	}

	/** The next cell record of this sheet, or null at its EOF. */
	private @Nullable CellValueRecordInterface nextCell() {
		if (!this.pending.isEmpty()) {
			return this.pending.pop();
		}
		Object record;
		while (!this.ended && (record = this.records.next()) != null) {
			if (record instanceof EOFRecord) {
				this.ended = true;
				return null;
			}
			CellValueRecordInterface cell = cell(record);
			if (cell != null) {
				return cell;
			}
		}
		this.ended = true;
		return null;
	}

	/** The cell a record of the sheet gives, if any; notes hidden columns on the way. */
	private @Nullable CellValueRecordInterface cell(Object record) {
		if (record instanceof BOFRecord) {
			this.records.skipSubstream(); // an embedded chart
		}
		else if (record instanceof ColumnInfoRecord info && info.getHidden() && info.getFirstColumn() >= 0
				&& info.getFirstColumn() <= info.getLastColumn()) {
			this.hiddenColumns.set(info.getFirstColumn(), Math.min(info.getLastColumn(), 255) + 1);
		}
		else if (record instanceof StringRecord string && this.stringFormula != null) {
			// the text result of the formula just before it
			FormulaRecord formula = this.stringFormula;
			this.stringFormula = null;
			return new TextCell(formula.getRow(), formula.getColumn(), string.getString());
		}
		else if (record instanceof FormulaRecord formula
				&& formula.getCachedResultType() == CellType.STRING.getCode()) {
			this.stringFormula = formula;
		}
		else if (record instanceof MulRKRecord mulRk) {
			NumberRecord[] numbers = RecordFactory.convertRKRecords(mulRk);
			for (int i = numbers.length - 1; i >= 1; i--) {
				this.pending.push(numbers[i]);
			}
			return numbers[0];
		}
		else if (record instanceof RKRecord rk) {
			return RecordFactory.convertToNumberRecord(rk);
		}
		else if (record instanceof NumberRecord || record instanceof LabelSSTRecord || record instanceof LabelRecord
				|| record instanceof BoolErrRecord || record instanceof FormulaRecord
				|| record instanceof DamagedCell) {
			return (CellValueRecordInterface) record;
		}
		return null;
	}

	/** Moves to this sheet's EOF without parsing what is left of it. */
	void skipRest() {
		this.pending.clear();
		this.stringFormula = null;
		if (!this.ended) {
			this.ended = true;
			this.records.skipSubstream();
		}
	}

}
