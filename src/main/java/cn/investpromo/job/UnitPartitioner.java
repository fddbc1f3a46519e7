package cn.investpromo.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.report.Period;
import cn.investpromo.store.RegionPaths;
import cn.investpromo.system.ReferenceData;

/**
 * One partition per unit of {@code report --each}: the scope itself, then every unit
 * below it with figures in the period ({@link UnitsWithFigures}). Each partition's
 * context holds the unit's region code and the period; its name {@code unit-<code>} is
 * the same on a restart, so a unit that completed is not written again. The grid size is
 * ignored: a unit is a partition.
 */
public class UnitPartitioner implements Partitioner {

	/** Partition names: {@code unit-370685}. */
	public static final String PREFIX = "unit-";

	private final Period period;

	private final String scopeCode;

	private final EachLevel level;

	private final ReferenceData referenceData;

	private final RegionPaths regionPaths;

	private final UnitsWithFigures unitsWithFigures;

	UnitPartitioner(Period period, String scopeCode, EachLevel level, ReferenceData referenceData,
			RegionPaths regionPaths, UnitsWithFigures unitsWithFigures) {
		this.period = period;
		this.scopeCode = scopeCode;
		this.level = level;
		this.referenceData = referenceData;
		this.regionPaths = regionPaths;
		this.unitsWithFigures = unitsWithFigures;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		RegionCatalog regions = this.referenceData.regions();
		// placed once here, so the partitions' own placing finds nothing to change and
		// only reads
		this.regionPaths.place(regions);
		Region scope = regions.byCode(this.scopeCode)
			.orElseThrow(() -> new IllegalStateException("unknown scope " + this.scopeCode));
		List<Region> units = new ArrayList<>();
		units.add(scope);
		units.addAll(this.unitsWithFigures.below(scope, this.period, this.level, regions));
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (Region unit : units) {
			ExecutionContext context = new ExecutionContext();
			context.putString(EachJobConfiguration.UNIT, unit.code());
			context.putString(EachJobConfiguration.PERIOD, this.period.label());
			partitions.put(PREFIX + unit.code(), context);
		}
		return partitions;
	}

}
