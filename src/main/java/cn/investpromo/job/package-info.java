/**
 * Launching the Spring Batch jobs through the {@code JobOperator} and turning executions
 * into outcomes (SPEC §4).
 */
@NullMarked
package cn.investpromo.job;

import org.jspecify.annotations.NullMarked;
