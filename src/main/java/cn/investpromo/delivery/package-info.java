/**
 * Delivery of written reports to their readers: e-mail, 企业微信 and 钉钉 group robots, with
 * rate limits, retries, timeouts and a stored record of every delivery.
 */
@NullMarked
package cn.investpromo.delivery;

import org.jspecify.annotations.NullMarked;
