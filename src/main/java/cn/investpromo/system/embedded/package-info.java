/**
 * The embedded HSQLDB file database's own handling: its files, the data directory's lock,
 * the import's larger row cache, and the user regions read from its files before the
 * application starts.
 */
@NullMarked
package cn.investpromo.system.embedded;

import org.jspecify.annotations.NullMarked;
