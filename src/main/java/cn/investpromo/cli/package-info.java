/**
 * The command line (SPEC §6): picocli commands that start the application, launch jobs
 * and print one outcome line each.
 */
@NullMarked
package cn.investpromo.cli;

import org.jspecify.annotations.NullMarked;
