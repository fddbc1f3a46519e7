package cn.investpromo.job;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One unit of a {@code report --each} run as {@code history} shows it: its region, the
 * status of its partition ("COMPLETED earlier" when an earlier execution of the run wrote
 * it), how long it took and the files it wrote.
 */
public record RunUnit(String code, String name, String status, @Nullable Duration duration, List<String> files) {
}
