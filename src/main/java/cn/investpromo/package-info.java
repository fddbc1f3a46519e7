/**
 * investpromo: monthly analytics of investment-promotion ledgers (SPEC §1); the
 * application and its entry point.
 */
@NullMarked
package cn.investpromo;

import org.jspecify.annotations.NullMarked;
