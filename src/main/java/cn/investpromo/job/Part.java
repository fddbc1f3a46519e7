package cn.investpromo.job;

import org.jspecify.annotations.Nullable;

/**
 * A part of a monthly run: its name (import, report), status, and the job execution it
 * launched, if any.
 */
public record Part(String name, String status, @Nullable Long executionId, @Nullable String job) {
}
