package cn.investpromo.industry;

import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.investpromo.quality.Source;

/**
 * Keywords that map free industry text to an industry (new or known by code or name).
 *
 * @param parent the 上级产业 cell: the first-level industry {@code industry} is a
 * sub-industry of; null without
 */
public record IndustryKeywords(String industry, List<String> keywords, @Nullable String parent, Source source) {
}
