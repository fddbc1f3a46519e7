package cn.investpromo.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;

/**
 * Reads the shipped region table and the hand-maintained extensions from the classpath.
 */
final class RegionFiles {

	static final String TABLE = "region/regions.tsv.gz";

	static final String EXTENSIONS = "region/extensions.tsv";

	private RegionFiles() {
	}

	/**
	 * Regions and group members as read from a resource; member entries are codes or
	 * names.
	 */
	record Contents(List<Region> regions, Map<String, List<String>> members) {
	}

	/**
	 * The table built by tools/regions/build-regions.sh: code, name, level, parent (blank
	 * for provinces).
	 */
	static List<Region> readTable() {
		List<Region> regions = new ArrayList<>(46_000);
		try (BufferedReader reader = open(TABLE, true)) {
			String line = reader.readLine();
			if (line == null || !line.startsWith("code\t")) {
				throw new IllegalStateException(TABLE + ": missing header");
			}
			while ((line = reader.readLine()) != null) {
				String[] cells = line.split("\t", -1);
				if (cells.length != 4) {
					throw new IllegalStateException(TABLE + ": bad line " + line);
				}
				RegionLevel level = RegionLevel.valueOf(cells[2]);
				String parent = cells[3].isEmpty() ? Region.CHINA_CODE : cells[3];
				regions.add(new Region(cells[0], cells[1], level, parent, List.of()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(TABLE + ": " + ex.getMessage(), ex);
		}
		return regions;
	}

	/**
	 * The extensions: code, name, level, parent, aliases (|), members (|); '#' starts a
	 * comment line.
	 */
	static Contents readExtensions() {
		List<Region> regions = new ArrayList<>();
		Map<String, List<String>> members = new LinkedHashMap<>();
		try (BufferedReader reader = open(EXTENSIONS, false)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#") || line.startsWith("code\t")) {
					continue;
				}
				String[] cells = Arrays.copyOf(line.split("\t", -1), 6);
				try {
					String code = cells[0].strip();
					RegionLevel level = RegionLevel.valueOf(cells[2].strip());
					regions.add(new Region(code, cells[1].strip(), level, blankToNull(cells[3]), split(cells[4])));
					if (!split(cells[5]).isEmpty()) {
						members.put(code, split(cells[5]));
					}
				}
				catch (RuntimeException ex) {
					throw new IllegalStateException(EXTENSIONS + " line " + number + ": " + ex.getMessage(), ex);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(EXTENSIONS + ": " + ex.getMessage(), ex);
		}
		return new Contents(regions, members);
	}

	/**
	 * CRC-32 of the table and the extensions as stored, which the compact form records so
	 * that a form built from other tables is never used; hashing the stored bytes is far
	 * cheaper than parsing them.
	 */
	static long checksum() {
		CRC32 crc = new CRC32();
		for (String resource : List.of(TABLE, EXTENSIONS)) {
			try (InputStream in = RegionFiles.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("missing resource " + resource);
				}
				crc.update(in.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(resource + ": " + ex.getMessage(), ex);
			}
		}
		return crc.getValue();
	}

	private static BufferedReader open(String resource, boolean gzip) throws IOException {
		InputStream in = RegionFiles.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("missing resource " + resource);
		}
		InputStream data = gzip ? new GZIPInputStream(in, 1 << 16) : in;
		return new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 1 << 16);
	}

	private static @Nullable String blankToNull(@Nullable String cell) {
		return (cell == null || cell.isBlank()) ? null : cell.strip();
	}

	private static List<String> split(@Nullable String cell) {
		if (cell == null || cell.isBlank()) {
			return List.of();
		}
		return Arrays.stream(cell.split("\\|")).map(String::strip).filter((part) -> !part.isEmpty()).toList();
	}

}
