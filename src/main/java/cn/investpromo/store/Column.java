package cn.investpromo.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One stored column of an entity: its name, its SQL type, its value as bound from the
 * entity, and how a row read back sets it on the entity's builder.
 *
 * @param <E> the entity
 * @param <B> the entity's builder
 * @param sqlType its {@link Types} code, with which a value (a null too) is bound
 * @param value the value bound from an entity (a {@code java.sql.Date} for a date)
 * @param read sets the column of a row read back on a builder; does nothing for a column
 * only written (a comparison key)
 */
record Column<E, B>(String name, int sqlType, Function<E, @Nullable Object> value, Reader<B> read) {

	/** Sets a column of the current row on a builder. */
	@FunctionalInterface
	interface Reader<B> {

		void read(ResultSet rs, B builder) throws SQLException;

	}

	/**
	 * The type the "changed?" test casts the parameter to, as HSQLDB cannot type a bare
	 * one there.
	 */
	String castType() {
		return switch (this.sqlType) {
			case Types.DATE -> "DATE";
			case Types.INTEGER -> "INTEGER";
			case Types.DECIMAL -> "DECIMAL(24,6)";
			default -> "VARCHAR(32767)"; // as wide as the widest text column (V11)
		};
	}

}
