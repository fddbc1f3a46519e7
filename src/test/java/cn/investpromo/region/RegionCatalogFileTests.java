package cn.investpromo.region;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The compact prebuilt form of the shipped catalogue ({@code region/catalog.bin}, written
 * by the build) holds exactly the catalogue the tables give: the same regions with the
 * same parents, every lookup key with the same regions in the same order, the same
 * groups; and a form built from other tables is never used.
 */
class RegionCatalogFileTests {

	private static RegionCatalog fromTables;

	private static RegionCatalog shipped;

	@BeforeAll
	static void load() {
		fromTables = RegionCatalog.fromTables();
		RegionCatalogFile.Contents contents = RegionCatalogFile.readShipped();
		shipped = (contents != null) ? RegionCatalog.of(contents.index(), contents.members()) : null;
	}

	@Test
	void theBuildShipsTheCompactFormOfTheCurrentTables() {
		// given the tables on the classpath and the form Maven's process-classes phase
		// wrote of them
		// when / then: present, and not stale
		assertThat(shipped).as(RegionCatalogFile.RESOURCE + " of the current tables").isNotNull();
		assertThat(RegionCatalog.loadDefault().index().sorted()).isEqualTo(shipped.index().sorted());
	}

	@Test
	void holdsTheSameRegionsKeysAndGroupsAsTheTables() {
		// given the catalogue parsed from the tables and the one read from the compact
		// form
		RegionIndex expected = fromTables.index();
		RegionIndex actual = shipped.index();
		// when / then
		assertThat(actual.sorted()).hasSizeGreaterThan(44_704).isEqualTo(expected.sorted());
		assertThat(actual.placeholders()).isEqualTo(expected.placeholders()).contains("110100", "500200");
		assertThat(sortedByKey(actual.nameKeys())).isEqualTo(sortedByKey(expected.nameKeys()));
		assertThat(sortedByKey(actual.shortNameKeys())).isEqualTo(sortedByKey(expected.shortNameKeys()));
		assertThat(actual.longestKey()).isEqualTo(expected.longestKey());
		assertThat(shipped.groupMembers()).isEqualTo(fromTables.groupMembers()).containsKey("G01");
		for (String code : List.of(RegionCatalog.CHINA_CODE, "110000", "370600", "G01")) {
			assertThat(shipped.children(code)).as(code).isEqualTo(fromTables.children(code));
		}
	}

	@Test
	void resolvesAndNavigatesLikeTheTables() {
		// given names of every kind: short, path, alias, zone, group, ambiguous, unknown
		for (String text : List.of("招远", "山东省烟台市招远市", "新津县", "招远开发区", "大湾区", "鼓楼区", "火星市", "ＨＫ")) {
			// when
			RegionMatch expected = fromTables.resolve(text, null);
			RegionMatch actual = shipped.resolve(text, null);
			// then
			assertThat(actual.region()).as(text).isEqualTo(expected.region());
			assertThat(actual.candidates()).as(text).isEqualTo(expected.candidates());
			assertThat(actual.problem()).as(text).isEqualTo(expected.problem());
		}
		Region dongcheng = shipped.byCode("110101").orElseThrow();
		assertThat(shipped.parent(dongcheng).map(Region::name)).contains("北京市");
		assertThat(shipped.path(dongcheng)).isEqualTo(fromTables.path(dongcheng));
		assertThat(shipped.englishName(shipped.byCode("370685").orElseThrow())).isEqualTo("Zhaoyuan (招远市)");
	}

	@Test
	void aFormOfOtherTablesIsIgnoredAndDamageIsOneClearLine() {
		// given the compact form of the current tables
		byte[] bytes = RegionCatalogFile.write(fromTables.contents(), 42L);
		// when / then: another checksum means other tables, so the catalogue is built
		// from the tables instead
		assertThat(RegionCatalogFile.read(bytes, 42L)).isNotNull();
		assertThat(RegionCatalogFile.read(bytes, 43L)).isNull();
		byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);
		assertThatIllegalStateException().isThrownBy(() -> RegionCatalogFile.read(truncated, 42L))
			.withMessage(RegionCatalogFile.RESOURCE + ": truncated or damaged");
	}

	@Test
	void theSameTablesAlwaysGiveTheSameBytes() {
		// given two writes of the same catalogue: a reproducible build
		// when / then
		assertThat(RegionCatalogFile.write(shipped.contents(), 7L))
			.isEqualTo(RegionCatalogFile.write(fromTables.contents(), 7L));
	}

	private static List<Map.Entry<String, List<Region>>> sortedByKey(Map<String, List<Region>> keys) {
		return keys.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder())).toList();
	}

}
