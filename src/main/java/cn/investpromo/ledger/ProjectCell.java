package cn.investpromo.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

import cn.investpromo.project.SignedProject;
import cn.investpromo.value.Countries;

/**
 * How a plain column of the projects ledger reaches the project: its cell read as a text,
 * a date or an amount and set on the builder. A {@link LedgerField} that declares one is
 * read by {@link LedgerRowProcessor} without a line of its own.
 */
@FunctionalInterface
interface ProjectCell {

	void read(Cells cells, LedgerField field, SignedProject.Builder project);

	/** The cell as the report prints it (names, places, notes). */
	static ProjectCell display(BiConsumer<SignedProject.Builder, @Nullable String> set) {
		return (cells, field, project) -> set.accept(project, cells.optionalDisplay(field));
	}

	/** The cell in its normal form (ids, references). */
	static ProjectCell text(BiConsumer<SignedProject.Builder, @Nullable String> set) {
		return (cells, field, project) -> set.accept(project, cells.optionalText(field));
	}

	/** A date, or none for a blank cell. */
	static ProjectCell date(BiConsumer<SignedProject.Builder, @Nullable LocalDate> set) {
		return (cells, field, project) -> set.accept(project, cells.optionalDate(field).orElse(null));
	}

	/** An amount in 万元, of the row's currency, or none for a blank cell. */
	static ProjectCell amount(BiConsumer<SignedProject.Builder, @Nullable BigDecimal> set) {
		return (cells, field, project) -> set.accept(project, cells.amount(field));
	}

	/** An amount of foreign capital in 万美元 (SPEC §2.9), or none for a blank cell. */
	static ProjectCell usdAmount(BiConsumer<SignedProject.Builder, @Nullable BigDecimal> set) {
		return (cells, field, project) -> set.accept(project, cells.usdAmount(field));
	}

	/** A country or region in its normal form (SPEC §2.9), or none for a blank cell. */
	static ProjectCell country(BiConsumer<SignedProject.Builder, @Nullable String> set) {
		return (cells, field, project) -> set.accept(project, Countries.normalize(cells.optionalDisplay(field)));
	}

}
