/**
 * The JSON of every figure (SPEC §5.1), the contract other systems read.
 */
@NullMarked
package cn.investpromo.report.json;

import org.jspecify.annotations.NullMarked;
