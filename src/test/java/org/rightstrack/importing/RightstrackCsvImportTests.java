package org.rightstrack.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightstrack.recommendation.RightstrackCsv;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstrack.importing.ImportFixtures.clearRecommendations;
import static org.rightstrack.importing.ImportFixtures.count;
import static org.rightstrack.importing.ImportFixtures.run;

@ImportingTest
class RightstrackCsvImportTests {

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path directory;

	@BeforeEach
	void clear() {
		clearRecommendations(jdbc);
	}

	/** A row in {@link RightstrackCsv#COLUMNS} order. */
	static List<String> row(String id, String externalId, String text, String response, String themes) {
		return List.of(id, externalId, "THA", "Thailand", "CEDAW", "CEDAW Committee", "TREATY_BODY", "CEDAW/C/THA/CO/6-7",
				"Concluding observations", "CONCLUDING_OBSERVATIONS", "", "", "23", text, "2017-07-24", "PHL;IDN", response,
				"", "true", "2019-07-24", themes, "", "women", "", "5.2;16.2", "", "", "0", "true", "");
	}

	Path write(String name, List<List<String>> rows) throws Exception {
		Path file = directory.resolve(name);
		try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(file), CSVFormat.RFC4180)) {
			printer.printRecord(RightstrackCsv.COLUMNS);
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		return file;
	}

	@Test
	void exportedRowsEditedInASpreadsheetUpdateTheRecordsTheyCameFrom() throws Exception {
		var created = run(imports, ImportFormat.RIGHTSTRACK, false, write("new.csv", List.of(
				row("", "ext-1", "Adopt a comprehensive anti-discrimination law.", "", "womens-rights;trafficking"),
				row("", "", "Train judges on the Convention.", "", "womens-rights"))));
		assertThat(created.succeeded()).as(created.report().toText()).isTrue();
		assertThat(created.report().getCreated()).isEqualTo(2);
		assertThat(created.report().getDocumentsCreated()).isEqualTo(1);
		long second = jdbc.sql("SELECT id FROM recommendation WHERE text LIKE 'Train judges%'").query(Long.class).single();

		var edited = run(imports, ImportFormat.RIGHTSTRACK, false, write("edited.csv", List.of(
				row("", "ext-1", "Adopt a comprehensive anti-discrimination law.", "", "womens-rights;trafficking"),
				row(String.valueOf(second), "", "Train judges and lawyers on the Convention.", "", "womens-rights"))));

		assertThat(edited.succeeded()).as(edited.report().toText()).isTrue();
		assertThat(edited.report().getUnchanged()).isEqualTo(1);
		assertThat(edited.report().getUpdated()).isEqualTo(1);
		assertThat(edited.report().getCreated()).isZero();
		assertThat(jdbc.sql("SELECT text || '|' || version FROM recommendation WHERE id = ?").param(second).query(String.class).single())
			.isEqualTo("Train judges and lawyers on the Convention.|1");
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation_sdg_target WHERE recommendation_id = ?", second)).isEqualTo(2);
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation_recommending_state WHERE recommendation_id = ?", second)).isEqualTo(2);
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation WHERE follow_up AND follow_up_deadline = DATE '2019-07-24'")).isEqualTo(2);
	}

	/** The search columns of every recommendation, as text, in id order. */
	List<String> searchColumns() {
		return jdbc.sql("""
				SELECT concat_ws('|', id, theme_ids, affected_group_ids, sdg_goals, recommending_state_ids, has_actions,
				                 session, upr_cycle, document_public, search_vector)
				FROM recommendation ORDER BY id
				""").query(String.class).list();
	}

	/** Asserts that the loader wrote the search columns as the V42 triggers would have computed them. */
	void assertSearchColumnsAsTheTriggersComputeThem() {
		List<String> written = searchColumns();
		jdbc.sql("SELECT refresh_recommendation_links(ARRAY(SELECT id FROM recommendation))").query().listOfRows();
		jdbc.sql("UPDATE recommendation SET search_vector = NULL").update();
		assertThat(written).isNotEmpty().isEqualTo(searchColumns());
	}

	@Test
	void theLoaderWritesTheSearchColumnsOfCreatedAndUpdatedRowsAsTheLinkTriggersWould() throws Exception {
		var created = run(imports, ImportFormat.RIGHTSTRACK, false, write("new.csv", List.of(
				row("", "ext-search-1", "Ratify the Optional Protocol.", "", "womens-rights;trafficking"),
				row("", "ext-search-2", "Train judges on the Convention.", "", ""))));
		assertThat(created.succeeded()).as(created.report().toText()).isTrue();
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation WHERE cardinality(theme_ids) = 2 AND cardinality(sdg_goals) = 2"
				+ " AND cardinality(recommending_state_ids) = 2 AND cardinality(affected_group_ids) = 1")).isEqualTo(1);
		assertSearchColumnsAsTheTriggersComputeThem();

		var edited = run(imports, ImportFormat.RIGHTSTRACK, false, write("edited.csv", List.of(
				row("", "ext-search-1", "Ratify the Optional Protocol.", "", "trafficking"),
				row("", "ext-search-2", "Train judges and lawyers on the Convention.", "", "womens-rights"))));
		assertThat(edited.succeeded()).as(edited.report().toText()).isTrue();
		assertThat(edited.report().getUpdated()).isEqualTo(2);
		assertSearchColumnsAsTheTriggersComputeThem();
		// The statement triggers work again after the import (the setting is transaction-local and reset).
		assertThat(jdbc.sql("SELECT coalesce(current_setting('rightstrack.bulk_links', true), '')").query(String.class).single())
			.isNotEqualTo("on");
	}

	@Test
	void unknownIdsCodesAndBadValuesAreRejectedAndNothingIsWritten() throws Exception {
		List<String> bad = new java.util.ArrayList<>(row("999999", "", "Text", "MAYBE", "no-such-theme"));
		bad.set(14, "24/07/2017");
		var result = run(imports, ImportFormat.RIGHTSTRACK, false, write("bad.csv", List.of(
				row("", "ext-9", "A good row.", "", "womens-rights"), bad)));

		assertThat(result.status()).isEqualTo("REJECTED");
		assertThat(result.report().getRejections()).extracting(p -> p.line() + ":" + p.field())
			.containsExactlyInAnyOrder("3:id", "3:published_on", "3:upr_response", "3:themes");
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation")).isZero();
	}

	@Test
	void aFileWithoutTheImportedColumnsIsRejected() throws Exception {
		Path file = directory.resolve("short.csv");
		Files.writeString(file, "id,text\n1,Something\n");

		var result = run(imports, ImportFormat.RIGHTSTRACK, false, file);

		assertThat(result.status()).isEqualTo("REJECTED");
		assertThat(result.report().getRejections().get(0).reason()).contains("Missing column \"external_id\"");
	}

}
