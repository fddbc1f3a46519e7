package cn.investpromo.report;

import java.math.BigDecimal;

/** Month-M projects by investor origin: a province, or a city within the scope's own province. */
public record OriginFigures(String code, String name, long projects, BigDecimal amountWan) {
}
