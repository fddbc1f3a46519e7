package cn.investpromo.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.investpromo.industry.IndustryTaxonomy;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.region.RegionMatch;
import cn.investpromo.value.FxRates;

/**
 * The reference data every job shares: regions, industries, exchange rates and the
 * default region.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceDataConfiguration {

	/**
	 * The folder checks come before the database opens, which would otherwise fail first
	 * and less clearly.
	 */
	@Bean
	static BeanFactoryPostProcessor startupChecksFirst() {
		return (beanFactory) -> {
			for (String name : beanFactory.getBeanNamesForType(DataSource.class, true, false)) {
				BeanDefinition definition = beanFactory.getBeanDefinition(name);
				String[] dependsOn = (definition.getDependsOn() != null) ? definition.getDependsOn() : new String[0];
				String[] withChecks = Arrays.copyOf(dependsOn, dependsOn.length + 1);
				withChecks[dependsOn.length] = "startupChecks";
				definition.setDependsOn(withChecks);
			}
		};
	}

	@Bean
	RegionCatalog regionCatalog() {
		return RegionCatalog.loadDefault();
	}

	@Bean
	IndustryTaxonomy industryTaxonomy() {
		return IndustryTaxonomy.loadDefault();
	}

	@Bean
	FxRates fxRates(InvestpromoProperties properties) {
		return FxRates.defaults().with(properties.fxRates());
	}

	@Bean
	DefaultRegion defaultRegion(InvestpromoProperties properties, RegionCatalog regions) {
		String name = properties.defaultRegion();
		if (name == null || name.isBlank()) {
			return new DefaultRegion(null);
		}
		RegionMatch match = regions.resolve(name, null);
		if (!match.resolved()) {
			throw new IllegalArgumentException("investpromo.default-region: " + match.problem());
		}
		return new DefaultRegion(match.region());
	}

	@Bean
	ScheduledScopes scheduledScopes(InvestpromoProperties properties, RegionCatalog regions,
			DefaultRegion defaultRegion) {
		List<String> names = properties.schedule().scopes();
		if (names.isEmpty()) {
			return new ScheduledScopes(List.of(ReportScopes.resolve(null, regions, defaultRegion)));
		}
		List<Region> scopes = new ArrayList<>();
		for (String name : names) {
			try {
				scopes.add(ReportScopes.resolve(name, regions, defaultRegion));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("investpromo.schedule.scopes: " + ex.getMessage());
			}
		}
		return new ScheduledScopes(List.copyOf(scopes));
	}

}
