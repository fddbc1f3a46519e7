/**
 * Signed projects (SPEC §2.3): the stored project, its status and agreement type; at the
 * bottom of the packages.
 */
@NullMarked
package cn.investpromo.project;

import org.jspecify.annotations.NullMarked;
