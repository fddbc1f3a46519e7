package cn.investpromo.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import cn.investpromo.quality.Source;

/**
 * The table of a stored entity, its columns declared once (name, SQL type, value, how a
 * row sets it back): the upsert's SQL, its parameters bound by column name, and the row
 * mapper all come from that one list, so a new column is one line of it.
 *
 * @param <E> the entity
 * @param <B> the entity's builder
 */
final class EntityTable<E, B> {

	private final String table;

	private final String keyColumn;

	private final Function<E, String> key;

	private final Supplier<B> builder;

	private final Function<B, E> build;

	private final List<Column<E, B>> columns = new ArrayList<>();

	private EntityTable(String table, String keyColumn, Function<E, String> key, BiConsumer<B, String> setKey,
			Supplier<B> builder, Function<B, E> build) {
		this.table = table;
		this.keyColumn = keyColumn;
		this.key = key;
		this.builder = builder;
		this.build = build;
		this.columns.add(new Column<>(keyColumn, Types.VARCHAR, key::apply,
				(rs, b) -> setKey.accept(b, rs.getString(keyColumn))));
	}

	/** A table whose rows are identified by {@code keyColumn}, the entity's key. */
	static <E, B> EntityTable<E, B> of(String table, String keyColumn, Function<E, String> key,
			BiConsumer<B, String> setKey, Supplier<B> builder, Function<B, E> build) {
		return new EntityTable<>(table, keyColumn, key, setKey, builder, build);
	}

	EntityTable<E, B> text(String name, Function<E, @Nullable String> value, BiConsumer<B, @Nullable String> set) {
		return add(name, Types.VARCHAR, value::apply, (rs, b) -> set.accept(b, rs.getString(name)));
	}

	EntityTable<E, B> date(String name, Function<E, @Nullable LocalDate> value,
			BiConsumer<B, @Nullable LocalDate> set) {
		return add(name, Types.DATE, (e) -> {
			LocalDate date = value.apply(e);
			return (date != null) ? Date.valueOf(date) : null;
		}, (rs, b) -> {
			Date date = rs.getDate(name);
			set.accept(b, (date != null) ? date.toLocalDate() : null);
		});
	}

	EntityTable<E, B> decimal(String name, Function<E, @Nullable BigDecimal> value,
			BiConsumer<B, @Nullable BigDecimal> set) {
		return add(name, Types.DECIMAL, value::apply, (rs, b) -> set.accept(b, rs.getBigDecimal(name)));
	}

	EntityTable<E, B> integer(String name, Function<E, @Nullable Integer> value, BiConsumer<B, @Nullable Integer> set) {
		return add(name, Types.INTEGER, value::apply, (rs, b) -> {
			int read = rs.getInt(name);
			set.accept(b, rs.wasNull() ? null : read);
		});
	}

	/** An enum stored as its constant's name. */
	<T extends Enum<T>> EntityTable<E, B> enumerated(String name, Function<E, T> value, Class<T> type,
			BiConsumer<B, T> set) {
		return add(name, Types.VARCHAR, (e) -> value.apply(e).name(),
				(rs, b) -> set.accept(b, Enum.valueOf(type, rs.getString(name))));
	}

	/** Where the row came from: source_file, source_sheet and source_row. */
	EntityTable<E, B> source(Function<E, Source> value, BiConsumer<B, Source> set) {
		add("source_file", Types.VARCHAR, (e) -> value.apply(e).file(), (rs, b) -> {
		});
		add("source_sheet", Types.VARCHAR, (e) -> value.apply(e).sheet(), (rs, b) -> {
		});
		return add("source_row", Types.INTEGER, (e) -> value.apply(e).row(), (rs, b) -> set.accept(b,
				new Source(rs.getString("source_file"), rs.getString("source_sheet"), rs.getInt("source_row"))));
	}

	/** A column only written, derived from the entity: a key it is matched by. */
	EntityTable<E, B> written(String name, Function<E, @Nullable String> value) {
		return add(name, Types.VARCHAR, value::apply, (rs, b) -> {
		});
	}

	private EntityTable<E, B> add(String name, int sqlType, Function<E, @Nullable Object> value,
			Column.Reader<B> read) {
		this.columns.add(new Column<>(name, sqlType, value, read));
		return this;
	}

	String table() {
		return this.table;
	}

	String key(E entity) {
		return this.key.apply(entity);
	}

	/** The stored keys among {@code :keys}. */
	String existing() {
		return "SELECT " + this.keyColumn + " FROM " + this.table + " WHERE " + this.keyColumn + " IN (:keys)";
	}

	/**
	 * Updates a row by key where any column differs, so that an unchanged row keeps its
	 * {@code updated_at}.
	 */
	String update() {
		List<Column<E, B>> values = this.columns.subList(1, this.columns.size());
		String set = values.stream().map((c) -> c.name() + " = :" + c.name()).collect(Collectors.joining(", "));
		String changed = values.stream()
			.map((c) -> c.name() + " IS DISTINCT FROM CAST(:" + c.name() + " AS " + c.castType() + ")")
			.collect(Collectors.joining(" OR "));
		return "UPDATE " + this.table + " SET " + set + ", updated_at = :updated_at WHERE " + this.keyColumn + " = :"
				+ this.keyColumn + " AND (" + changed + ")";
	}

	String insert() {
		String names = this.columns.stream().map(Column::name).collect(Collectors.joining(", "));
		String params = this.columns.stream().map((c) -> ":" + c.name()).collect(Collectors.joining(", "));
		return "INSERT INTO " + this.table + " (" + names + ", updated_at) VALUES (" + params + ", :updated_at)";
	}

	/** An entity's parameters, by column name, each with its SQL type. */
	MapSqlParameterSource parameters(E entity, Timestamp now) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		for (Column<E, B> column : this.columns) {
			parameters.addValue(column.name(), column.value().apply(entity), column.sqlType());
		}
		return parameters.addValue("updated_at", now, Types.TIMESTAMP);
	}

	/** The entity of the current row, its columns read by name. */
	E row(ResultSet rs, int rowNum) throws SQLException {
		B builder = this.builder.get();
		for (Column<E, B> column : this.columns) {
			column.read().read(rs, builder);
		}
		return this.build.apply(builder);
	}

	/** The names of the columns declared, the key first ({@code updated_at} aside). */
	List<String> columnNames() {
		return this.columns.stream().map(Column::name).toList();
	}

}
