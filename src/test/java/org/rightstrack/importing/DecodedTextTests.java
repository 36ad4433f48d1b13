package org.rightstrack.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecodedTextTests {

	static final ImportOptions DETECT = ImportOptions.of(ImportFormat.UPR_INFO, true);

	static DecodedText decode(String text, Charset charset) {
		return DecodedText.decode(text.getBytes(charset), DETECT, DecodedText.WINDOWS_1252);
	}

	@Test
	void detectsEncodings() {
		assertThat(decode("a,b\nCôte d’Ivoire,1\n", StandardCharsets.UTF_8).encoding()).isEqualTo("UTF-8");
		assertThat(decode("a,b\nplain,1\n", StandardCharsets.UTF_8).encoding()).isEqualTo("UTF-8 (ASCII only)");
		assertThat(decode("a,b\nCôte d’Ivoire, « réforme »\n", DecodedText.MAC_ROMAN))
			.satisfies(d -> assertThat(d.encoding()).isEqualTo("MacRoman"))
			.satisfies(d -> assertThat(d.text()).contains("Côte d’Ivoire", "« réforme »"));
		assertThat(decode("a,b\nCôte d’Ivoire, “réforme”\n", DecodedText.WINDOWS_1252))
			.satisfies(d -> assertThat(d.encoding()).isEqualTo("Windows-1252"))
			.satisfies(d -> assertThat(d.text()).contains("Côte d’Ivoire", "“réforme”"));
		byte[] bom = "\uFEFFa,b\nÉté,1\n".getBytes(StandardCharsets.UTF_8);
		assertThat(DecodedText.decode(bom, DETECT, null)).satisfies(d -> {
			assertThat(d.encoding()).isEqualTo("UTF-8 with BOM");
			assertThat(d.text()).startsWith("a,b");
		});
	}

	@Test
	void anEncodingOptionWinsOverDetection() {
		var options = new ImportOptions(ImportFormat.UPR_INFO, true, DecodedText.MAC_ROMAN, null, null);
		var decoded = DecodedText.decode("Eté".getBytes(DecodedText.MAC_ROMAN), options, null);
		assertThat(decoded.encoding()).isEqualTo("x-MacRoman (option)");
		assertThat(decoded.text()).isEqualTo("Eté");
	}

	@Test
	void detectsLineEndings() {
		assertThat(decode("a\rb\rc\r", StandardCharsets.UTF_8).lineEnding()).isEqualTo(LineEnding.CR);
		assertThat(decode("a\r\nb\r\n", StandardCharsets.UTF_8).lineEnding()).isEqualTo(LineEnding.CRLF);
		assertThat(decode("a\nb\n", StandardCharsets.UTF_8).lineEnding()).isEqualTo(LineEnding.LF);
	}

	@Test
	void rejectsEmptyAndBinaryInput() {
		assertThatThrownBy(() -> DecodedText.decode(new byte[0], DETECT, null)).hasMessage("import.file.empty");
		assertThatThrownBy(() -> DecodedText.decode(new byte[] { 'P', 'K', 3, 4, 0, 0, 1 }, DETECT, null))
			.hasMessage("import.file.binary");
	}

	@Test
	void csvRowsKnowTheLineTheyStartOnWhateverTheLineEndings() {
		var rows = CsvRows.parse("h1,h2\r\"multi\rline\",x\rlast,y\r");
		assertThat(rows.rows()).extracting(CsvRows.Row::line).containsExactly(2L, 4L);
		assertThat(rows.rows().get(0).get(0)).isEqualTo("multi\rline");
	}

}
