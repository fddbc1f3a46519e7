package cn.investpromo.region;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step: writes the compact form of the shipped tables ({@link RegionCatalogFile})
 * to the file named by the first argument.
 */
public final class RegionCatalogBuild {

	private RegionCatalogBuild() {
	}

	public static void main(String[] args) throws IOException {
		Path target = Path.of(args[0]);
		Files.createDirectories(target.toAbsolutePath().getParent());
		RegionCatalog catalog = RegionCatalog.fromTables();
		Files.write(target, RegionCatalogFile.write(catalog.contents(), RegionFiles.checksum()));
	}

}
