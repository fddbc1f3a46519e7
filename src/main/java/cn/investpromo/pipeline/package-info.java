/**
 * Projects under negotiation (SPEC §2.8 在谈项目台账): the stored pipeline project and its
 * stage; at the bottom of the packages.
 */
@NullMarked
package cn.investpromo.pipeline;

import org.jspecify.annotations.NullMarked;
