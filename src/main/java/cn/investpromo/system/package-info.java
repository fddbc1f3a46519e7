/**
 * Configuration and the reference data every job shares (SPEC §7).
 */
@NullMarked
package cn.investpromo.system;

import org.jspecify.annotations.NullMarked;
