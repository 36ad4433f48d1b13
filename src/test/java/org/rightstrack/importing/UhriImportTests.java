package org.rightstrack.importing;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstrack.importing.ImportFixtures.clearRecommendations;
import static org.rightstrack.importing.ImportFixtures.count;
import static org.rightstrack.importing.ImportFixtures.fixture;
import static org.rightstrack.importing.ImportFixtures.run;

@ImportingTest
class UhriImportTests {

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clear() {
		clearRecommendations(jdbc);
	}

	@Test
	void importsJsonWithPlainTextParagraphNumbersAndVocabularies() {
		var result = run(imports, ImportFormat.UHRI_JSON, false, fixture("uhri-export.json"));

		assertThat(result.succeeded()).as(result.report().toText()).isTrue();
		assertThat(result.report().getCreated()).isEqualTo(2);
		assertThat(result.report().getDuplicateCount()).isEqualTo(1);
		var cedaw = jdbc.sql("""
				SELECT r.paragraph, r.text, r.published_on::text AS published, d.symbol, d.type, m.code
				FROM recommendation r JOIN document d ON d.id = r.document_id JOIN mechanism m ON m.id = r.mechanism_id
				WHERE r.external_id = 'uhri:a1b2c3d4-0001'
				""").query().singleRow();
		assertThat(cedaw.get("paragraph")).isEqualTo("27");
		assertThat(cedaw.get("text")).isEqualTo("The Committee recommends that the State party:\n(a) Adopt a law on trafficking & protect victims;\n(b) Train border guards.");
		assertThat(cedaw.get("published")).isEqualTo("2018-11-14");
		assertThat(cedaw.get("symbol")).isEqualTo("CEDAW/C/LAO/CO/8-9");
		assertThat(cedaw.get("type")).isEqualTo("CONCLUDING_OBSERVATIONS");
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation_theme t JOIN recommendation r ON r.id = t.recommendation_id WHERE r.external_id = 'uhri:a1b2c3d4-0001'")).isEqualTo(2);
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation_affected_group t JOIN recommendation r ON r.id = t.recommendation_id WHERE r.external_id = 'uhri:a1b2c3d4-0001'")).isEqualTo(2);
		assertThat(jdbc.sql("""
				SELECT string_agg(s.code, ',' ORDER BY s.code) FROM recommendation_sdg_target t JOIN sdg_target s ON s.id = t.sdg_target_id
				JOIN recommendation r ON r.id = t.recommendation_id WHERE r.external_id = 'uhri:a1b2c3d4-0001'
				""").query(String.class).single()).isEqualTo("16.2,5.2");
		var upr = jdbc.sql("""
				SELECT r.paragraph, r.upr_response, d.session, d.upr_cycle FROM recommendation r JOIN document d ON d.id = r.document_id
				WHERE r.external_id = 'uhri:a1b2c3d4-0002'
				""").query().singleRow();
		assertThat(upr).containsEntry("paragraph", "38.151").containsEntry("upr_response", "NOTED").containsEntry("session", 32);
		assertThat(((Number) upr.get("upr_cycle")).intValue()).isEqualTo(3);

		var again = run(imports, ImportFormat.UHRI_JSON, false, fixture("uhri-export.json"));
		assertThat(again.report().getUnchanged()).isEqualTo(2);
		assertThat(again.report().getCreated() + again.report().getUpdated()).isZero();
	}

	@Test
	void unknownBodyCountryThemeSdgAndBadDateAreRejectedAndListed() {
		var result = run(imports, ImportFormat.UHRI_JSON, false, fixture("uhri-unknown.json"));

		assertThat(result.status()).isEqualTo("REJECTED");
		assertThat(result.report().getUnmapped()).extracting(u -> u.kind() + ":" + u.value())
			.containsExactlyInAnyOrder("mechanism:Committee on Imaginary Rights", "country:Narnia", "theme:Moonlight",
					"sdg:18.1 - Not a goal");
		assertThat(result.report().getRejections()).extracting(ImportReport.Problem::field).contains("PublicationDate");
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation")).isZero();
	}

	@Test
	void brokenJsonIsRejectedWithTheRecordNumberAndNothingIsWritten() {
		var result = run(imports, ImportFormat.UHRI_JSON, false, fixture("uhri-broken.json"));

		assertThat(result.status()).isEqualTo("REJECTED");
		assertThat(result.report().getRejections().get(0).reason()).contains("broken near record 2");
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation")).isZero();
	}

	@Test
	void binaryAndEmptyFilesAreRejectedAsJson() {
		var result = run(imports, ImportFormat.UHRI_JSON, false, fixture("binary.csv"), fixture("empty.csv"));

		assertThat(result.status()).isEqualTo("REJECTED");
		assertThat(result.report().getRejections()).extracting(ImportReport.Problem::reason)
			.anySatisfy(r -> assertThat(r).contains("not text"))
			.anySatisfy(r -> assertThat(r).contains("empty"));
	}

	@Test
	void importsXlsxWithPrefixedMultiValuedCellsAndExcelDates(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("uhri.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Export");
			String[] header = { "Text", "Countries Concerned", "Reccomending Body", "Document Symbol", "Themes",
					"Affected Persons", "Sdgs", "Document Publication Date", "UPR Reccomending States", "UPR Position",
					"UPR Session", "Type", "OHCHR Annotation Id", "Regions Concerned", "Recommending Regions" };
			Row head = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
			}
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("<p>12. Adopt a national action plan against trafficking.</p>");
			row.createCell(1).setCellValue("- Thailand");
			row.createCell(2).setCellValue("- UPR");
			row.createCell(3).setCellValue("A/HRC/33/16");
			row.createCell(4).setCellValue("- Trafficking in persons\n- Torture");
			row.createCell(5).setCellValue("- Women\n- Refugees");
			row.createCell(6).setCellValue("- 16.2 - End abuse, exploitation, trafficking");
			row.createCell(7).setCellValue(42653);
			row.createCell(8).setCellValue("- Philippines\n- Indonesia");
			row.createCell(9).setCellValue("- Supported");
			row.createCell(10).setCellValue("- 25");
			row.createCell(11).setCellValue("Recommendation");
			row.createCell(12).setCellValue("x-0001");
			Row bad = sheet.createRow(2);
			bad.createCell(0).setCellValue("Something");
			bad.createCell(1).setCellValue("- Atlantis");
			bad.createCell(2).setCellValue("- CEDAW");
			bad.createCell(12).setCellValue("x-0002");
			workbook.write(out);
		}

		var rejected = run(imports, ImportFormat.UHRI_XLSX, false, file);
		assertThat(rejected.status()).isEqualTo("REJECTED");
		assertThat(rejected.report().getRejections()).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(3);
			assertThat(p.value()).isEqualTo("Atlantis");
		});
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation")).isZero();

		var dry = imports.run(ImportOptions.of(ImportFormat.UHRI_XLSX, true), java.util.List.of(file), java.util.Locale.ENGLISH);
		assertThat(dry.report().getCreated()).isEqualTo(1);

		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			workbook.getSheetAt(0).removeRow(workbook.getSheetAt(0).getRow(2));
			try (OutputStream out = Files.newOutputStream(directory.resolve("fixed.xlsx"))) {
				workbook.write(out);
			}
		}
		var result = run(imports, ImportFormat.UHRI_XLSX, false, directory.resolve("fixed.xlsx"));
		assertThat(result.succeeded()).as(result.report().toText()).isTrue();
		var row = jdbc.sql("""
				SELECT r.paragraph, r.text, r.published_on::text AS published, r.upr_response, d.session, d.upr_cycle,
				  (SELECT count(*) FROM recommendation_recommending_state s WHERE s.recommendation_id = r.id) AS states,
				  (SELECT count(*) FROM recommendation_theme s WHERE s.recommendation_id = r.id) AS themes
				FROM recommendation r JOIN document d ON d.id = r.document_id WHERE r.external_id = 'uhri:x-0001'
				""").query().singleRow();
		assertThat(row).containsEntry("paragraph", "12").containsEntry("text", "Adopt a national action plan against trafficking.")
			.containsEntry("published", "2016-10-10").containsEntry("upr_response", "SUPPORTED").containsEntry("session", 25);
		assertThat(((Number) row.get("upr_cycle")).intValue()).isEqualTo(2);
		assertThat(((Number) row.get("states")).intValue()).isEqualTo(2);
		assertThat(((Number) row.get("themes")).intValue()).isEqualTo(2);
	}

	@Test
	void htmlIsSanitisedToPlainTextWithTheParagraphNumberApart() {
		var plain = UhriRecord.plainText("<div><p>5.&#160;<em>Urges</em> the State<br>party to <script>alert(1)</script>act.</p></div>");
		assertThat(plain.paragraph()).isEqualTo("5");
		assertThat(plain.text()).isEqualTo("Urges the State\nparty to act.");
	}

}
