package cn.investpromo.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Rows the report prints one by one (the period's events and projects, the scope's
 * rejects): counted by the database, and read again, in order, each time a renderer walks
 * them, so that a long list never sits in memory.
 *
 * @param <T> one printed row
 */
public final class Rows<T> {

	/**
	 * Reads the rows in their order, handing each over as it is read; at most
	 * {@code limit}, or all when negative.
	 */
	@FunctionalInterface
	public interface Reader<T> {

		void read(int limit, Consumer<? super T> row);

	}

	private final long count;

	private final Reader<T> reader;

	private Rows(long count, Reader<T> reader) {
		this.count = count;
		this.reader = reader;
	}

	/** Rows read by {@code reader}, of which there are {@code count}. */
	public static <T> Rows<T> read(long count, Reader<T> reader) {
		return new Rows<>(count, reader);
	}

	/** Rows already in memory: a short list, or a test's. */
	public static <T> Rows<T> of(List<T> list) {
		List<T> rows = List.copyOf(list);
		return new Rows<>(rows.size(),
				(limit, row) -> rows.stream().limit((limit < 0) ? rows.size() : limit).forEach(row));
	}

	public long count() {
		return this.count;
	}

	public boolean isEmpty() {
		return this.count == 0;
	}

	/** Hands every row over in order, reading them anew. */
	public void forEach(Consumer<? super T> row) {
		this.reader.read(-1, row);
	}

	/**
	 * The first {@code n} rows (fewer when there are fewer): what a renderer measures, or
	 * shows of a long list.
	 */
	public List<T> first(int n) {
		List<T> rows = new ArrayList<>(Math.min(n, (int) Math.min(this.count, Integer.MAX_VALUE)));
		this.reader.read(n, rows::add);
		return rows;
	}

	/** These rows, each turned into another as it is read. */
	public <R> Rows<R> map(Function<? super T, ? extends R> mapping) {
		return new Rows<>(this.count,
				(limit, row) -> this.reader.read(limit, (item) -> row.accept(mapping.apply(item))));
	}

}
