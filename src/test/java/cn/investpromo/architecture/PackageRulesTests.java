package cn.investpromo.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.investpromo.store.Rows;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of the README's package table (issue 8): no cycle between top-level
 * packages, the domain packages at the bottom, and the store below the import step and
 * the report; inside the packages that once had them (issue 20), no cycle between
 * classes, the three renderers apart, and the ledger's internals its own.
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
					"cn.investpromo.target..", "cn.investpromo.value..", "cn.investpromo.funds..",
					"cn.investpromo.enterprise..", "cn.investpromo.pipeline..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("cn.investpromo.ledger..", "cn.investpromo.report..", "cn.investpromo.store..",
					"cn.investpromo.job..", "cn.investpromo.cli..", "cn.investpromo.system..",
					"cn.investpromo.region..", "cn.investpromo.industry..")
			.check(classes);
	}

	/** Packages whose classes form no cycle (issue 20). */
	@ParameterizedTest
	@ValueSource(strings = { "report", "report.excel", "report.pdf", "report.json", "region", "cli", "job",
			"system.embedded" })
	void classesOfAPackageHaveNoCycle(String pkg) {
		classesHaveNoCycle("cn.investpromo." + pkg);
	}

	@Test
	void theThreeRenderersAreIndependent() {
		String[] renderers = { "excel", "pdf", "json" };
		for (String renderer : renderers) {
			for (String other : renderers) {
				if (!other.equals(renderer)) {
					noClasses().that()
						.resideInAPackage("cn.investpromo.report." + renderer + "..")
						.should()
						.dependOnClassesThat()
						.resideInAPackage("cn.investpromo.report." + other + "..")
						.check(classes);
				}
			}
		}
	}

	@Test
	void theLedgersInternalsAreUsedOnlyByTheLedger() {
		noClasses().that()
			.resideOutsideOfPackage("cn.investpromo.ledger..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("cn.investpromo.ledger.internal..")
			.check(classes);
	}

	@Test
	void theRenderersReadTheStoreOnlyThroughItsRows() {
		noClasses().that()
			.resideInAnyPackage("cn.investpromo.report.excel..", "cn.investpromo.report.pdf..",
					"cn.investpromo.report.json..")
			.should()
			.dependOnClassesThat(JavaClass.Predicates.resideInAPackage("cn.investpromo.store..")
				.and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(Rows.class))))
			.check(classes);
	}

	/**
	 * No cycle between the top-level classes of one package (a class and its nested
	 * classes are one).
	 */
	private static void classesHaveNoCycle(String pkg) {
		slices().assignedFrom(new ClassesOf(pkg))
			.should()
			.beFreeOfCycles()
			.as("no cycle between classes of " + pkg)
			.check(classes);
	}

	/** One slice per top-level class of one package; the other classes in none. */
	private record ClassesOf(String pkg) implements SliceAssignment {

		@Override
		public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
			if (!javaClass.getPackageName().equals(this.pkg)) {
				return SliceIdentifier.ignore();
			}
			String name = javaClass.getName().substring(this.pkg.length() + 1);
			int nested = name.indexOf('$');
			return SliceIdentifier.of((nested < 0) ? name : name.substring(0, nested));
		}

		@Override
		public String getDescription() {
			return "classes of " + this.pkg;
		}

	}

}
