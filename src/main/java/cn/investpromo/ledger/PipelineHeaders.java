package cn.investpromo.ledger;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.investpromo.quality.LedgerKind;

/**
 * Tells a pipeline ledger's header row (SPEC §2.8: 项目名称 + 洽谈阶段) from a signed-projects
 * ledger's (项目名称 + 签约日期), which may also name a 项目阶段.
 */
final class PipelineHeaders {

	/** Columns only a pipeline ledger has: a row naming one of them is a pipeline's. */
	private static final List<LedgerField> PIPELINE_DATES = List.of(LedgerField.EXPECTED_SIGNING,
			LedgerField.FIRST_CONTACT, LedgerField.LAST_FOLLOW_UP);

	private PipelineHeaders() {
	}

	/**
	 * The pipeline layout a header row announces: it names the project and its stage, and
	 * either no 签约日期 (a pipeline's 预计签约日期 is another column) or also one of the
	 * pipeline's own dates; a signed-projects ledger with a 项目阶段 column stays one.
	 */
	static Optional<SheetLayout> match(Map<LedgerField, SheetLayout.Column> pipeline,
			Map<LedgerField, SheetLayout.Column> projects, int headerRow) {
		if (!pipeline.containsKey(LedgerField.PIPELINE_NAME) || !pipeline.containsKey(LedgerField.STAGE)) {
			return Optional.empty();
		}
		boolean signedDate = projects.containsKey(LedgerField.SIGNED_DATE);
		if (signedDate && PIPELINE_DATES.stream().noneMatch(pipeline::containsKey)) {
			return Optional.empty();
		}
		return Optional.of(new SheetLayout(LedgerKind.PIPELINE, headerRow, Map.copyOf(pipeline)));
	}

}
