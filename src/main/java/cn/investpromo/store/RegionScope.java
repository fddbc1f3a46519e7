package cn.investpromo.store;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * "Its region is S or below S" as SQL: the stored paths of S (and, for a region group, of
 * its members) as ranges over {@code region_path.path}, so that the predicate is an index
 * lookup of the region codes followed by an index range of the rows of each (SPEC §5,
 * issue 8).
 *
 * @param paths paths such as {@code /000000/370000/370600/370685/}, each ending in
 * {@code /}
 */
public record RegionScope(List<String> paths) {

	public RegionScope {
		if (paths.isEmpty()) {
			throw new IllegalArgumentException("a scope needs at least one path");
		}
		paths = List.copyOf(paths);
	}

	/**
	 * {@code column IN (…)} selecting the rows whose region lies in scope; binds its
	 * parameters into {@code params} under names starting with {@code scope}.
	 */
	String predicate(String column, MapSqlParameterSource params) {
		List<String> ranges = new ArrayList<>();
		for (int i = 0; i < this.paths.size(); i++) {
			String path = this.paths.get(i);
			// every path below ends in "/" + more: the range [path, path with its last
			// "/" raised to "0")
			params.addValue("scopeFrom" + i, path);
			params.addValue("scopeTo" + i, path.substring(0, path.length() - 1) + "0");
			ranges.add("(path >= :scopeFrom" + i + " AND path < :scopeTo" + i + ")");
		}
		return column + " IN (SELECT region_code FROM region_path WHERE " + String.join(" OR ", ranges) + ")";
	}

}
