package cn.investpromo.ledger.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import cn.investpromo.ledger.LedgerWorkbook.LedgerSheet;
import cn.investpromo.ledger.RawRow;

import static org.assertj.core.api.Assertions.assertThat;

class CsvLedgerWorkbookTests {

	private static final String CONTENT = "项目名称,签约日期,投资额（万元）\r\n金银珠宝加工项目,2019-07-28,\"5,000\"\r\n\r\n瑶柱酱深加工,2019/7/28,800\r\n";

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "UTF-8", "UTF-8-BOM", "GB18030" })
	void detectsTheEncodingAndReadsOneSheet(String encoding) throws IOException {
		// given
		Path file = this.dir.resolve("签约项目.csv");
		byte[] bytes = switch (encoding) {
			case "UTF-8-BOM" ->
				concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, CONTENT.getBytes(StandardCharsets.UTF_8));
			default -> CONTENT.getBytes(Charset.forName(encoding));
		};
		Files.write(file, bytes);
		// when
		List<RawRow> rows = new ArrayList<>();
		String name;
		try (CsvLedgerWorkbook workbook = CsvLedgerWorkbook.open(file)) {
			LedgerSheet sheet = workbook.nextSheet();
			name = sheet.name();
			RawRow row;
			while ((row = sheet.nextRow()) != null) {
				rows.add(row);
			}
			assertThat(workbook.nextSheet()).isNull();
		}
		// then
		assertThat(name).isEqualTo("签约项目");
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).cells()).containsExactly("项目名称", "签约日期", "投资额（万元）");
		assertThat(rows.get(1).cells()).containsExactly("金银珠宝加工项目", "2019-07-28", "5,000");
		assertThat(rows.get(2).number()).isEqualTo(4);
		assertThat(rows.get(2).cell(0)).isEqualTo("瑶柱酱深加工");
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] result = new byte[a.length + b.length];
		System.arraycopy(a, 0, result, 0, a.length);
		System.arraycopy(b, 0, result, a.length, b.length);
		return result;
	}

}
