package cn.investpromo.ledger.internal;

import org.apache.poi.hssf.record.CellValueRecordInterface;

/** A cell-shaped value of our own, not a record of the .xls file. */
interface XlsOwnCell extends CellValueRecordInterface {

	int row();

	short column();

	@Override
	default int getRow() {
		return row();
	}

	@Override
	default short getColumn() {
		return column();
	}

	@Override
	default void setRow(int row) {
		throw new UnsupportedOperationException();
	}

	@Override
	default void setColumn(short col) {
		throw new UnsupportedOperationException();
	}

	@Override
	default void setXFIndex(short xf) {
		throw new UnsupportedOperationException();
	}

	@Override
	default short getXFIndex() {
		return 0;
	}

	/**
	 * A cell record that cannot be parsed, or that the stream ends inside: its row is
	 * known, its value is not.
	 */
	record DamagedCell(int row, short column) implements XlsOwnCell {
	}

	/** The text result of a string formula, shaped like a cell record. */
	record TextCell(int row, short column, String text) implements XlsOwnCell {
	}

}
