package cn.investpromo.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of the README's package table (issue 8): no cycle between top-level
 * packages, the domain packages at the bottom, and the store below the import step and
 * the report.
 */
class PackageRulesTests {

	private static JavaClasses classes;

	@BeforeAll
	static void importMainClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("cn.investpromo");
	}

	@Test
	void topLevelPackagesHaveNoCycle() {
		slices().matching("cn.investpromo.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void theStoreImportsNeitherTheImportStepNorTheReport() {
		noClasses().that()
			.resideInAPackage("cn.investpromo.store..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("cn.investpromo.ledger..", "cn.investpromo.report..", "cn.investpromo.job..",
					"cn.investpromo.cli..", "cn.investpromo.system..")
			.check(classes);
	}

	@Test
	void domainPackagesSitAtTheBottom() {
		noClasses().that()
			.resideInAnyPackage("cn.investpromo.event..", "cn.investpromo.project..", "cn.investpromo.quality..",
					"cn.investpromo.target..", "cn.investpromo.value..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("cn.investpromo.ledger..", "cn.investpromo.report..", "cn.investpromo.store..",
					"cn.investpromo.job..", "cn.investpromo.cli..", "cn.investpromo.system..",
					"cn.investpromo.region..", "cn.investpromo.industry..")
			.check(classes);
	}

}
