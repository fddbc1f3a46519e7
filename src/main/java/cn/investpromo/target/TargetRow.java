package cn.investpromo.target;

import java.math.BigDecimal;

import cn.investpromo.quality.Source;

/** An annual target; {@code value} is a count for PROJECTS, 万元 otherwise. */
public record TargetRow(String regionCode, int year, String indicator, BigDecimal value, Source source) {
}
