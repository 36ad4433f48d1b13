package org.rightstrack.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstrack.importing.ImportFixtures.clearRecommendations;
import static org.rightstrack.importing.ImportFixtures.count;

/**
 * Imports the real data in {@code ../shared/data} (skipped where it is absent) and checks totals
 * computed independently from the files with a Python script (csv module, mac_roman, dedup on
 * state + session + recommending state + normalised text).
 */
@ImportingTest
class RealDataImportTests {

	static final Path DATA = Path.of("../shared/data");

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clear() {
		clearRecommendations(jdbc);
	}

	static List<Path> files(String folder, String glob) throws IOException {
		Path directory = DATA.resolve(folder);
		Assumptions.assumeTrue(Files.isDirectory(directory), "Real data " + directory + " is absent: skipped");
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(f -> f.getFileSystem().getPathMatcher("glob:" + glob).matches(f.getFileName())).sorted().toList();
		}
	}

	@Test
	void importsAllUprInfoSessionsOneToTwentyAndASecondImportChangesNothing() throws IOException {
		List<Path> files = files("upr-info-sessions-1-20", "{1-5,6-9,10-13,14-17,17-20}.csv");
		assertThat(files).hasSize(5);

		var result = imports.run(ImportOptions.of(ImportFormat.UPR_INFO, false), files, java.util.Locale.ENGLISH);

		assertThat(result.succeeded()).as(result.report().toText()).isTrue();
		var report = result.report();
		assertThat(report.getRowsRead()).isEqualTo(41_066);
		assertThat(report.getDuplicateCount()).isEqualTo(4);
		assertThat(report.getCreated()).isEqualTo(41_062);
		assertThat(report.getDocumentsCreated()).isEqualTo(305);
		assertThat(report.getFiles()).allSatisfy(f -> assertThat(f.lineEnding()).isEqualTo("CR"));
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation WHERE upr_response = 'SUPPORTED'")).isEqualTo(30_469);
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation WHERE upr_response = 'NOTED'")).isEqualTo(10_593);
		Map<String, int[]> asean = Map.of("BRN", new int[] { 331, 151, 180 }, "KHM", new int[] { 343, 301, 42 }, "IDN",
				new int[] { 193, 159, 34 }, "LAO", new int[] { 145, 115, 30 }, "MYS", new int[] { 399, 196, 203 }, "MMR",
				new int[] { 197, 77, 120 }, "PHL", new int[] { 191, 136, 55 }, "SGP", new int[] { 143, 107, 36 }, "THA",
				new int[] { 183, 134, 49 }, "VNM", new int[] { 428, 314, 114 });
		asean.forEach((alpha3, expected) -> {
			String sql = "SELECT count(*) FROM recommendation r JOIN country c ON c.id = r.country_id WHERE c.alpha3 = ?";
			assertThat(count(jdbc, sql, alpha3)).as(alpha3).isEqualTo(expected[0]);
			assertThat(count(jdbc, sql + " AND r.upr_response = 'SUPPORTED'", alpha3)).as(alpha3).isEqualTo(expected[1]);
			assertThat(count(jdbc, sql + " AND r.upr_response = 'NOTED'", alpha3)).as(alpha3).isEqualTo(expected[2]);
		});
		assertThat(count(jdbc, """
				SELECT count(*) FROM recommendation_recommending_state s JOIN country c ON c.id = s.country_id WHERE c.alpha3 = 'IDN'
				""")).isEqualTo(432);

		var again = imports.run(ImportOptions.of(ImportFormat.UPR_INFO, false), files, java.util.Locale.ENGLISH);

		assertThat(again.succeeded()).isTrue();
		assertThat(again.report().getCreated()).isZero();
		assertThat(again.report().getUpdated()).isZero();
		assertThat(again.report().getUnchanged()).isEqualTo(41_062);
		assertThat(again.report().getDocumentsCreated()).isZero();
		assertThat(count(jdbc, "SELECT count(*) FROM recommendation WHERE version > 0")).isZero();
	}

	@Test
	void importsTheUntcTablesWithTheRatificationDatesOfAseanStates() throws IOException {
		List<Path> files = files("untc-chapter-iv-2015/treaties", "4-*.csv");

		var result = imports.run(ImportOptions.of(ImportFormat.UNTC, false), files, java.util.Locale.ENGLISH);

		assertThat(result.succeeded()).as(result.report().toText()).isTrue();
		// From the files: 4-8.csv (CEDAW), 4-9-b.csv (OPCAT), 4-11.csv (CRC), 4-9.csv (CAT), 4-15.csv (CRPD).
		assertThat(ratification("LAO", "CEDAW")).isEqualTo("1980-07-17|1981-08-14|RATIFICATION");
		assertThat(ratification("THA", "CEDAW")).isEqualTo("|1985-08-09|ACCESSION");
		assertThat(ratification("VNM", "CEDAW")).isEqualTo("1980-07-29|1982-02-17|RATIFICATION");
		assertThat(ratification("KHM", "OP-CAT")).isEqualTo("2005-09-14|2007-03-30|RATIFICATION");
		assertThat(ratification("PHL", "OP-CAT")).isEqualTo("|2012-04-17|ACCESSION");
		assertThat(ratification("BRN", "CEDAW")).isEqualTo("|2006-05-24|ACCESSION");
		assertThat(ratification("IDN", "CEDAW")).isEqualTo("1980-07-29|1984-09-13|RATIFICATION");
		assertThat(ratification("MMR", "CEDAW")).isEqualTo("|1997-07-22|ACCESSION");

		var again = imports.run(ImportOptions.of(ImportFormat.UNTC, false), files, java.util.Locale.ENGLISH);
		assertThat(again.report().getCreated()).isZero();
		assertThat(again.report().getUpdated()).isZero();
	}

	@Test
	void importsTheTreatyStatus2022TablesWithoutOverwritingExactDates() throws IOException {
		imports.run(ImportOptions.of(ImportFormat.UNTC, false), files("untc-chapter-iv-2015/treaties", "4-*.csv"),
				java.util.Locale.ENGLISH);
		List<Path> files = files("treaty-status-2022", "hr_status_*.csv");
		assertThat(files).hasSize(18);

		var result = imports.run(ImportOptions.of(ImportFormat.TREATY_STATUS, false), files, java.util.Locale.ENGLISH);

		assertThat(result.succeeded()).as(result.report().toText()).isTrue();
		// Same year as the UNTC table: the exact date stays.
		assertThat(ratification("KHM", "OP-CAT")).isEqualTo("2005-09-14|2007-03-30|RATIFICATION");
		assertThat(ratification("LAO", "CEDAW")).isEqualTo("1980-07-17|1981-08-14|RATIFICATION");
		var again = imports.run(ImportOptions.of(ImportFormat.TREATY_STATUS, false), files, java.util.Locale.ENGLISH);
		assertThat(again.report().getCreated() + again.report().getUpdated()).isZero();
	}

	private String ratification(String alpha3, String treaty) {
		return jdbc.sql("""
				SELECT coalesce(r.signed_on::text, '') || '|' || coalesce(r.consent_on::text, '') || '|' || coalesce(r.consent_type, '')
				FROM ratification r JOIN country c ON c.id = r.country_id JOIN treaty t ON t.id = r.treaty_id
				WHERE c.alpha3 = ? AND t.code = ?
				""").params(alpha3, treaty).query(String.class).single();
	}

}
