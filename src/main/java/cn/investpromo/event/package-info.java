/**
 * Promotion events (SPEC §2.2): the stored event and its type; at the bottom of the
 * packages, imported by the import step, the store and the report.
 */
@NullMarked
package cn.investpromo.event;

import org.jspecify.annotations.NullMarked;
