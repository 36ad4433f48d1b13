package org.rightstrack.importing;

import java.nio.file.Files;
import java.nio.file.Path;

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
import static org.rightstrack.importing.ImportFormat.UPR_INFO;

@ImportingTest
class UprInfoImportTests {

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clear() {
		clearRecommendations(jdbc);
	}

	@Test
	void importsMacRomanFileWithBareCarriageReturnsAliasesAndSeveralIssuesInOneCell() {
		var result = run(imports, UPR_INFO, false, fixture("upr-info-macroman-cr.csv"));

		assertThat(result.succeeded()).as(result.report().toText()).isTrue();
		var report = result.report();
		assertThat(report.getFiles().get(0).encoding()).isEqualTo("MacRoman");
		assertThat(report.getFiles().get(0).lineEnding()).isEqualTo("CR");
		assertThat(report.getRowsRead()).isEqualTo(6);
		assertThat(report.getCreated()).isEqualTo(5);
		assertThat(report.getDuplicateCount()).isEqualTo(1);
		assertThat(report.getDuplicates().get(0).line()).isEqualTo(6);
		assertThat(report.getDuplicates().get(0).reason()).contains("line 2");
		assertThat(report.getDocumentsCreated()).isEqualTo(5);
		assertThat(report.getWarningCount()).isEqualTo(1);

		assertThat(jdbc.sql("SELECT text FROM recommendation r JOIN country c ON c.id = r.country_id WHERE c.alpha3 = 'VNM' AND r.upr_response = 'SUPPORTED'")
			.query(String.class).single()).contains("«indigènes»");
		assertThat(jdbc.sql("SELECT text FROM recommendation r JOIN country c ON c.id = r.country_id WHERE c.alpha3 = 'VNM' AND r.upr_response = 'NOTED'")
			.query(String.class).single()).isEqualTo("Consider abolishing the death penalty — “de jure”");
		// "Côte d'Ivoire", "Swaziland", "DPR Korea", "Laos" come through aliases.
		assertThat(jdbc.sql("""
				SELECT string_agg(c.alpha3, ',' ORDER BY c.alpha3) FROM recommendation_recommending_state s JOIN country c ON c.id = s.country_id
				""").query(String.class).single()).isEqualTo("CIV,FRA,KHM,SWZ");
		assertThat(count(jdbc, """
				SELECT count(*) FROM recommendation_theme t JOIN recommendation r ON r.id = t.recommendation_id
				JOIN country c ON c.id = r.country_id WHERE c.alpha3 = 'LAO'
				""")).isEqualTo(2);
		assertThat(jdbc.sql("""
				SELECT d.session || ':' || d.upr_cycle || ':' || d.type FROM document d JOIN country c ON c.id = d.country_id
				WHERE c.alpha3 = 'VNM' ORDER BY d.session
				""").query(String.class).list()).containsExactly("5:1:UPR_WORKING_GROUP_REPORT", "18:2:UPR_WORKING_GROUP_REPORT");
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation WHERE upr_action_category = 5 AND external_id LIKE 'upr-info:%'"))
			.isEqualTo(2);
	}

	@Test
	void secondImportOfTheSameFileChangesNothing() {
		run(imports, UPR_INFO, false, fixture("upr-info-macroman-cr.csv"));
		String before = snapshot();

		var again = run(imports, UPR_INFO, false, fixture("upr-info-macroman-cr.csv"));

		assertThat(again.report().getCreated()).isZero();
		assertThat(again.report().getUpdated()).isZero();
		assertThat(again.report().getUnchanged()).isEqualTo(5);
		assertThat(again.report().getDocumentsCreated()).isZero();
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void correctedFileUpdatesInPlace() {
		run(imports, UPR_INFO, false, fixture("upr-info-macroman-cr.csv"));
		long myanmarId = jdbc.sql("SELECT r.id FROM recommendation r JOIN country c ON c.id = r.country_id WHERE c.alpha3 = 'MMR'")
			.query(Long.class).single();

		var corrected = run(imports, UPR_INFO, false, fixture("upr-info-corrected.csv"));

		assertThat(corrected.succeeded()).as(corrected.report().toText()).isTrue();
		assertThat(corrected.report().getFiles().get(0).encoding()).isEqualTo("UTF-8 with BOM");
		assertThat(corrected.report().getFiles().get(0).lineEnding()).isEqualTo("CRLF");
		assertThat(corrected.report().getCreated()).isEqualTo(1);
		assertThat(corrected.report().getUpdated()).isEqualTo(1);
		assertThat(corrected.report().getUnchanged()).isEqualTo(4);
		assertThat(jdbc.sql("SELECT upr_response || ':' || version FROM recommendation WHERE id = ?").param(myanmarId)
			.query(String.class).single()).isEqualTo("NOTED:1");
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation_theme WHERE recommendation_id = ?", myanmarId)).isEqualTo(2);
	}

	@Test
	void dryRunReportsWhatWouldHappenAndWritesNothing() {
		var dry = run(imports, UPR_INFO, true, fixture("upr-info-macroman-cr.csv"));

		assertThat(dry.succeeded()).isTrue();
		assertThat(dry.report().getCreated()).isEqualTo(5);
		assertThat(dry.report().toText()).contains("dry run");
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation")).isZero();
		assertThat(count(jdbc, "SELECT count(*) FROM document")).isZero();
	}

	@Test
	void unmappedNamesAreRejectedWithCountsAndWindows1252IsDetected() {
		var result = run(imports, UPR_INFO, false, fixture("upr-info-unmapped.csv"));

		assertThat(result.succeeded()).isFalse();
		assertThat(result.status()).isEqualTo("REJECTED");
		assertThat(result.report().getFiles().get(0).encoding()).isEqualTo("Windows-1252");
		assertThat(result.report().getFiles().get(0).lineEnding()).isEqualTo("LF");
		assertThat(result.report().getRejected()).isEqualTo(1);
		assertThat(result.report().getUnmapped()).extracting(u -> u.kind() + ":" + u.value() + ":" + u.count())
			.containsExactlyInAnyOrder("country:Atlantis:1", "theme:Underwater basket weaving:1");
		assertThat(result.report().getRejections()).extracting(p -> p.line() + ":" + p.field())
			.containsExactlyInAnyOrder("2:From", "2:Issue");
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation")).isZero();
	}

	@Test
	void badValuesAreRejectedWithLineFieldAndReasonAndNothingIsWritten() {
		var result = run(imports, UPR_INFO, false, fixture("upr-info-bad-values.csv"));

		assertThat(result.status()).isEqualTo("REJECTED");
		assertThat(result.report().getRejections()).extracting(p -> p.line() + ":" + p.field() + ":" + p.value())
			.containsExactlyInAnyOrder("2:Response:Maybe", "2:Action:9", "2:Session:eight");
		assertThat(result.report().getCreated()).isEqualTo(1);
		assertThat(result.report().toText()).contains("REJECTED", "nothing was written");
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation")).isZero();
	}

	@Test
	void missingColumnRejectsTheFile() {
		var result = run(imports, UPR_INFO, false, fixture("upr-info-missing-column.csv"));

		assertThat(result.status()).isEqualTo("REJECTED");
		assertThat(result.report().getRejections().get(0).reason()).contains("Missing column \"Issue\"");
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation")).isZero();
	}

	@Test
	void unterminatedQuoteRejectsTheFileWithItsLine() {
		var result = run(imports, UPR_INFO, false, fixture("upr-info-unterminated.csv"));

		assertThat(result.status()).isEqualTo("REJECTED");
		assertThat(result.report().getRejections().get(0).reason()).contains("broken near line 2");
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation")).isZero();
	}

	@Test
	void emptyAndBinaryFilesAreRejectedClearly() {
		var result = run(imports, UPR_INFO, false, fixture("empty.csv"), fixture("binary.csv"),
				fixture("upr-info-macroman-cr.csv"));

		assertThat(result.status()).isEqualTo("REJECTED");
		assertThat(result.report().getRejections()).extracting(ImportReport.Problem::reason)
			.anySatisfy(r -> assertThat(r).contains("empty"))
			.anySatisfy(r -> assertThat(r).contains("not text"));
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation")).isZero();
	}

	@Test
	void aTenMegabyteCellIsRejectedAndNothingIsWritten(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("huge-cell.csv");
		String header = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n";
		String good = "Laos,Asia,ASEAN,Do a good thing,France,WEOG,EU,Noted,5,Justice,8\n";
		String huge = "Laos,Asia,ASEAN,\"" + "x".repeat(10 * 1024 * 1024) + "\",France,WEOG,EU,Noted,5,Justice,8\n";
		Files.writeString(file, header + good + huge);

		var result = run(imports, UPR_INFO, false, file);

		assertThat(result.status()).isEqualTo("REJECTED");
		assertThat(result.report().getRejections()).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(3);
			assertThat(p.field()).isEqualTo("Text");
			assertThat(p.value()).hasSizeLessThan(200);
			assertThat(p.reason()).contains("10485760 characters");
		});
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation")).isZero();
	}

	private String snapshot() {
		return jdbc.sql("""
				SELECT string_agg(r.id || '|' || r.version || '|' || r.updated_at || '|' || r.document_id, ',' ORDER BY r.id)
				       || (SELECT string_agg(id::text, ',' ORDER BY id) FROM document)
				       || (SELECT count(*) FROM recommendation_theme) || (SELECT count(*) FROM recommendation_recommending_state)
				FROM recommendation r
				""").query(String.class).single();
	}

}
