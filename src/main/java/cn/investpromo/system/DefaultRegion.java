package cn.investpromo.system;

import org.jspecify.annotations.Nullable;

import cn.investpromo.region.Region;

/** The configured default region ({@code investpromo.default-region}), or none. */
public record DefaultRegion(@Nullable Region region) {
}
