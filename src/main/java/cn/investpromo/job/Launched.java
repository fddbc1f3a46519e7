package cn.investpromo.job;

import org.jspecify.annotations.Nullable;

/** An outcome and the execution that produced it, if a job was launched. */
record Launched<T>(T outcome, @Nullable Long executionId) {
}
