package cn.investpromo.cli;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Option;

import cn.investpromo.job.EachLevel;

/**
 * The {@code --each} and {@code --each-level} options of the commands that write a report
 * (issue 23).
 */
class EachOptions {

	@Option(names = "--each",
			description = "Also write one report for every unit below the scope with figures in the period "
					+ "(its direct children; see --each-level)")
	boolean each;

	@Option(names = "--each-level", paramLabel = "county|town",
			description = "With --each: every unit down to the counties, or down to the towns")
	@Nullable String level;

	/**
	 * How far down the units go.
	 * @throws IllegalArgumentException for a level other than county or town, or a level
	 * without --each
	 */
	EachLevel eachLevel() {
		if (this.level == null) {
			return EachLevel.CHILDREN;
		}
		if (!this.each) {
			throw new IllegalArgumentException("--each-level needs --each");
		}
		EachLevel parsed = EachLevel.parse(this.level);
		if (parsed == EachLevel.CHILDREN) {
			throw new IllegalArgumentException("--each-level must be county or town, not '" + this.level + "'");
		}
		return parsed;
	}

}
