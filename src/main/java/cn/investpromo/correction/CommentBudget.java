package cn.investpromo.correction;

import java.util.List;

import cn.investpromo.store.LedgerStore.StoredReject;

/**
 * How many red cells of one corrections workbook still get a comment. POI builds a cell
 * comment as a VML shape and a comment element in memory (XMLBeans) and keeps them until
 * the workbook is written, some kilobytes each: thousands of them ran a 1M-row import out
 * of memory after every row was stored. The red fill and the 错误原因 column carry the reason
 * of every row; comments are a convenience, so only the first ones get one.
 */
final class CommentBudget {

	/**
	 * Comments per workbook: a few megabytes of heap at most, and more red cells than a
	 * clerk fixes by hand in one sitting.
	 */
	static final int COMMENTS = 500;

	private final int limit;

	private final boolean exceeded;

	private int left;

	/** A budget of {@code limit} comments for a workbook marking {@code rejects}. */
	CommentBudget(int limit, List<StoredReject> rejects) {
		this.limit = limit;
		this.left = limit;
		this.exceeded = rejects.stream().filter((reject) -> !reject.column().isEmpty()).count() > limit;
	}

	/** Takes one comment from the budget; false once it is spent. */
	boolean take() {
		if (this.left == 0) {
			return false;
		}
		this.left--;
		return true;
	}

	/**
	 * Whether some red cells will go without a comment: the workbook then says so beside
	 * the reason column's header.
	 */
	boolean exceeded() {
		return this.exceeded;
	}

	/** The line that says so, in both languages as the console's lines are. */
	String note() {
		return "只有前 " + this.limit + " 个标红单元格带批注，每一行的错误原因都在「" + CorrectionsWorkbooks.REASON_HEADER
				+ "」列 / only the first " + this.limit + " red cells carry a comment; every row's reason is in the "
				+ CorrectionsWorkbooks.REASON_HEADER + " column";
	}

}
