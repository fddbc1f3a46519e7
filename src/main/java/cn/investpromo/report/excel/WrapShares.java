package cn.investpromo.report.excel;

import java.util.BitSet;

/**
 * How a sheet too wide for the printed page narrows its wrapping columns: from each
 * column's narrowest, the room left goes a unit at a time to the column whose longest
 * text then takes the most lines, so that one long column (备注) does not make every row
 * eight lines tall while its neighbours keep room to spare.
 *
 * @param textUnits per column, its widest wrapping text in character units
 * @param headerUnits per column, its header's width in character units
 * @param notPrinted the hidden columns, which keep their width
 */
record WrapShares(int[] textUnits, int[] headerUnits, BitSet notPrinted) {

	/** The widths, each between its narrowest and its preferred width. */
	int[] share(int[] preferred, int[] narrowest, int room) {
		int[] chosen = preferred.clone();
		for (int column = 0; column < chosen.length; column++) {
			if (!this.notPrinted.get(column)) {
				chosen[column] = narrowest[column];
			}
		}
		for (int left = room; left > 0; left--) {
			int best = -1;
			int bestLines = 0;
			for (int column = 0; column < chosen.length; column++) {
				if (this.notPrinted.get(column) || chosen[column] >= preferred[column]) {
					continue;
				}
				int lines = lines(column, chosen[column]);
				if (best < 0 || lines > bestLines) {
					best = column;
					bestLines = lines;
				}
			}
			if (best < 0) {
				break;
			}
			chosen[best]++;
		}
		return chosen;
	}

	/** Lines the column's longest text takes at this width, two units of it padding. */
	private int lines(int column, int width) {
		int text = Math.max(this.textUnits[column], this.headerUnits[column]);
		int usable = Math.max(1, width - 2);
		return (text + usable - 1) / usable;
	}

}
