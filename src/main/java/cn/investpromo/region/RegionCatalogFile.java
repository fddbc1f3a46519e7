package cn.investpromo.region;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The shipped region catalogue in a compact prebuilt form, {@code region/catalog.bin},
 * written at build time (Maven's {@code process-classes} phase runs {@link #main}) so
 * that a command starts without parsing the 44,704-row table and normalising and
 * shortening every name again (issue 10). The form holds the finished index: the regions
 * in code order with their final parents, the lookup keys with their regions, the group
 * members, and the CRC-32 of the tables it was built from; loading it is decoding one
 * string table and filling the hash maps.
 *
 * <p>
 * Layout (big-endian): magic {@code IPRC}, version, source CRC-32; the strings as one
 * UTF-8 block with the end of each; the regions (code, name, level, parent or -1,
 * aliases); the placeholder regions; the full-name keys and the short-name keys, each
 * with the positions of its regions; the longest key; the groups with their member codes.
 * Strings and regions are referred to by position.
 */
public final class RegionCatalogFile {

	static final String RESOURCE = "region/catalog.bin";

	private static final int MAGIC = 0x49505243;

	private static final int VERSION = 1;

	private static final RegionLevel[] LEVELS = RegionLevel.values();

	private RegionCatalogFile() {
	}

	/**
	 * Build step: writes the compact form of the shipped tables to the file named by the
	 * first argument.
	 */
	public static void main(String[] args) throws IOException {
		Path target = Path.of(args[0]);
		Files.createDirectories(target.toAbsolutePath().getParent());
		Files.write(target, write(RegionCatalog.fromTables(), RegionFiles.checksum()));
	}

	/**
	 * The shipped catalogue from {@link #RESOURCE}; {@code null} when there is none or it
	 * was built from other tables than the shipped ones.
	 */
	static @Nullable RegionCatalog readShipped() {
		byte[] bytes;
		try (InputStream in = RegionCatalogFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				return null;
			}
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(RESOURCE + ": " + ex.getMessage(), ex);
		}
		return read(bytes, RegionFiles.checksum());
	}

	/**
	 * The catalogue in {@code bytes}; {@code null} when they were built from tables of
	 * another checksum.
	 */
	static @Nullable RegionCatalog read(byte[] bytes, long checksum) {
		ByteBuffer in = ByteBuffer.wrap(bytes);
		try {
			if (in.getInt() != MAGIC || in.getInt() != VERSION) {
				throw new IllegalStateException(RESOURCE + ": not a region catalogue of version " + VERSION);
			}
			if (in.getLong() != checksum) {
				return null;
			}
			String[] strings = strings(in);
			Region[] regions = new Region[in.getInt()];
			for (int i = 0; i < regions.length; i++) {
				String code = strings[in.getInt()];
				String name = strings[in.getInt()];
				RegionLevel level = LEVELS[in.get()];
				int parent = in.getInt();
				String[] aliases = new String[in.getShort()];
				for (int a = 0; a < aliases.length; a++) {
					aliases[a] = strings[in.getInt()];
				}
				regions[i] = new Region(code, name, level, (parent < 0) ? null : strings[parent], List.of(aliases));
			}
			Set<String> placeholders = new HashSet<>();
			for (int i = in.getInt(); i > 0; i--) {
				placeholders.add(regions[in.getInt()].code());
			}
			Map<String, List<Region>> byName = keys(in, strings, regions);
			Map<String, List<Region>> byShortName = keys(in, strings, regions);
			int longestKey = in.getInt();
			Map<String, List<String>> members = new HashMap<>();
			for (int i = in.getInt(); i > 0; i--) {
				String group = strings[in.getInt()];
				String[] codes = new String[in.getShort()];
				for (int m = 0; m < codes.length; m++) {
					codes[m] = strings[in.getInt()];
				}
				members.put(group, List.of(codes));
			}
			RegionIndex index = new RegionIndex(List.of(regions), placeholders, byName, byShortName, longestKey);
			return RegionCatalog.of(index, members);
		}
		catch (BufferUnderflowException | ArrayIndexOutOfBoundsException ex) {
			throw new IllegalStateException(RESOURCE + ": truncated or damaged", ex);
		}
	}

	private static String[] strings(ByteBuffer in) {
		int length = in.getInt();
		String all = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
		in.position(in.position() + length);
		String[] strings = new String[in.getInt()];
		int start = 0;
		for (int i = 0; i < strings.length; i++) {
			int end = in.getInt();
			strings[i] = all.substring(start, end);
			start = end;
		}
		return strings;
	}

	// most keys name one region: an immutable singleton, as RegionIndex makes them
	private static Map<String, List<Region>> keys(ByteBuffer in, String[] strings, Region[] regions) {
		int count = in.getInt();
		Map<String, List<Region>> keys = new HashMap<>(count * 2);
		for (int i = 0; i < count; i++) {
			String key = strings[in.getInt()];
			Region[] found = new Region[in.getShort()];
			for (int r = 0; r < found.length; r++) {
				found[r] = regions[in.getInt()];
			}
			keys.put(key, (found.length == 1) ? List.of(found[0]) : List.of(found));
		}
		return keys;
	}

	/**
	 * The compact form of {@code catalog}, recording the checksum of the tables it was
	 * built from.
	 */
	static byte[] write(RegionCatalog catalog, long checksum) {
		RegionIndex index = catalog.index();
		List<Region> sorted = index.sorted();
		Map<Region, Integer> positions = new IdentityHashMap<>(sorted.size() * 2);
		for (Region region : sorted) {
			positions.put(region, positions.size());
		}
		StringTable strings = new StringTable();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 22);
		try (DataOutputStream body = new DataOutputStream(bytes)) {
			body.writeInt(sorted.size());
			for (Region region : sorted) {
				body.writeInt(strings.of(region.code()));
				body.writeInt(strings.of(region.name()));
				body.writeByte(region.level().ordinal());
				body.writeInt((region.parentCode() != null) ? strings.of(region.parentCode()) : -1);
				body.writeShort(region.aliases().size());
				for (String alias : region.aliases()) {
					body.writeInt(strings.of(alias));
				}
			}
			List<Integer> placeholders = sorted.stream().filter(index::isPlaceholder).map(positions::get).toList();
			body.writeInt(placeholders.size());
			for (int position : placeholders) {
				body.writeInt(position);
			}
			writeKeys(body, index.nameKeys(), strings, positions);
			writeKeys(body, index.shortNameKeys(), strings, positions);
			body.writeInt(index.longestKey());
			Map<String, List<String>> members = new TreeMap<>(catalog.groupMembers());
			body.writeInt(members.size());
			for (Map.Entry<String, List<String>> group : members.entrySet()) {
				body.writeInt(strings.of(group.getKey()));
				body.writeShort(group.getValue().size());
				for (String member : group.getValue()) {
					body.writeInt(strings.of(member));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ByteArrayOutputStream file = new ByteArrayOutputStream(bytes.size() + (1 << 21));
		try (DataOutputStream out = new DataOutputStream(file)) {
			out.writeInt(MAGIC);
			out.writeInt(VERSION);
			out.writeLong(checksum);
			strings.writeTo(out);
			bytes.writeTo(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file.toByteArray();
	}

	// keys in sorted order, so that the same tables always give the same bytes
	private static void writeKeys(DataOutputStream out, Map<String, List<Region>> keys, StringTable strings,
			Map<Region, Integer> positions) throws IOException {
		out.writeInt(keys.size());
		for (Map.Entry<String, List<Region>> key : new TreeMap<>(keys).entrySet()) {
			out.writeInt(strings.of(key.getKey()));
			out.writeShort(key.getValue().size());
			for (Region region : key.getValue()) {
				out.writeInt(Objects.requireNonNull(positions.get(region)));
			}
		}
	}

	/**
	 * Each distinct string once (a key is mostly its name): one UTF-8 block and the end
	 * of each string in it.
	 */
	private static final class StringTable {

		private final Map<String, Integer> positions = new LinkedHashMap<>();

		private final StringBuilder all = new StringBuilder(1 << 20);

		private final List<Integer> ends = new ArrayList<>();

		int of(String text) {
			Integer known = this.positions.get(text);
			if (known != null) {
				return known;
			}
			this.all.append(text);
			this.ends.add(this.all.length());
			this.positions.put(text, this.ends.size() - 1);
			return this.ends.size() - 1;
		}

		void writeTo(DataOutputStream out) throws IOException {
			byte[] utf8 = this.all.toString().getBytes(StandardCharsets.UTF_8);
			out.writeInt(utf8.length);
			out.write(utf8);
			out.writeInt(this.ends.size());
			for (int end : this.ends) {
				out.writeInt(end);
			}
		}

	}

}
