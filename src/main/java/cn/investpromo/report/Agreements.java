package cn.investpromo.report;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.investpromo.project.AgreementType;
import cn.investpromo.project.ProjectStatus;
import cn.investpromo.report.SigningTerms.TypeCount;
import cn.investpromo.store.ReportQueries.ProjectColumn;
import cn.investpromo.store.ReportQueries.ProjectGroup;

/**
 * Computes the period's {@link SigningTerms} from one grouped query: its signings by
 * agreement type and stored status.
 */
final class Agreements {

	private final ReportData data;

	Agreements(ReportData data) {
		this.data = data;
	}

	SigningTerms terms() {
		Period period = this.data.period();
		List<ProjectGroup> groups = this.data.queries()
			.projectGroups(this.data.regionScope(), period.from(), period.to(),
					List.of(ProjectColumn.AGREEMENT_TYPE, ProjectColumn.STATUS));
		Map<AgreementType, long[]> byType = new EnumMap<>(AgreementType.class);
		long terminated = 0;
		BigDecimal terminatedWan = BigDecimal.ZERO;
		for (ProjectGroup g : groups) {
			long[] counts = byType.computeIfAbsent(AgreementType.valueOf(Objects.requireNonNull(g.key(0))),
					(t) -> new long[2]);
			counts[0] += g.projects();
			counts[1] += g.projects() - g.withAmount();
			// a stored 已终止 is terminated at any period's end, as landing progress counts
			// it
			if (ProjectStatus.TERMINATED.name().equals(g.key(1))) {
				terminated += g.projects();
				terminatedWan = terminatedWan.add(g.amountWan());
			}
		}
		List<TypeCount> types = byType.entrySet()
			.stream()
			.map((e) -> new TypeCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
			.toList();
		return new SigningTerms(types, terminated, terminatedWan);
	}

}
