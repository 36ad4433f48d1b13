package org.rightstrack.system;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rightstrack.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed reference data is complete and loads exactly once. */
@IntegrationTest
class ReferenceDataTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Test
	void everyUnMemberAndObserverState() {
		assertThat(count("SELECT count(*) FROM country WHERE un_status = 'MEMBER'")).isEqualTo(193);
		assertThat(count("SELECT count(*) FROM country WHERE un_status = 'OBSERVER'")).isEqualTo(2);
		assertThat(count("SELECT count(*) FROM country")).isGreaterThanOrEqualTo(249);
		assertThat(count("SELECT count(*) FROM country WHERE un_status = 'MEMBER' AND regional_group IS NULL")).isZero();
		assertThat(count("SELECT count(*) FROM country WHERE regional_group = 'ASIA_PACIFIC' AND alpha3 = 'IDN'")).isEqualTo(1);
	}

	@Test
	void aseanHasItsTenMemberStates() {
		assertThat(jdbc.sql("""
				SELECT c.alpha3 FROM country c JOIN country_group_member m ON m.country_id = c.id
				JOIN country_group g ON g.id = m.country_group_id WHERE g.code = 'ASEAN' ORDER BY c.alpha3
				""").query(String.class).list())
			.containsExactly("BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM");
	}

	@Test
	void theEighteenCoreInstrumentsAndTheAseanInstruments() {
		assertThat(count("SELECT count(*) FROM treaty WHERE kind IN ('CORE', 'OPTIONAL_PROTOCOL')")).isEqualTo(18);
		assertThat(count("SELECT count(*) FROM treaty WHERE kind = 'CORE'")).isEqualTo(9);
		assertThat(jdbc.sql("SELECT code FROM treaty WHERE kind = 'REGIONAL'").query(String.class).list())
			.contains("AHRD", "ACTIP");
		assertThat(jdbc.sql("SELECT p.code FROM treaty t JOIN treaty p ON p.id = t.parent_id WHERE t.code = 'OP-CAT'")
			.query(String.class)
			.single()).isEqualTo("CAT");
		assertThat(jdbc.sql("SELECT untc_reference FROM treaty WHERE code = 'OP-CAT'").query(String.class).single())
			.isEqualTo("IV-9-b");
	}

	@Test
	void sdgGoalsAndTargets() {
		assertThat(count("SELECT count(*) FROM sdg_goal")).isEqualTo(17);
		assertThat(count("SELECT count(*) FROM sdg_target")).isEqualTo(169);
		assertThat(jdbc.sql("SELECT title FROM sdg_target WHERE code = '16.2'").query(String.class).single())
			.containsIgnoringCase("trafficking");
		assertThat(count("SELECT count(*) FROM sdg_target WHERE code = '5.a'")).isEqualTo(1);
	}

	@Test
	void mechanismsIncludeTreatyBodiesUprRegionalBodiesAndSeedMandates() {
		assertThat(count("SELECT count(*) FROM mechanism WHERE kind = 'TREATY_BODY'")).isEqualTo(10);
		assertThat(jdbc.sql("SELECT code FROM mechanism WHERE kind IN ('UPR', 'REGIONAL')").query(String.class).list())
			.contains("UPR", "AICHR", "ACWC");
		assertThat(jdbc.sql("SELECT t.code FROM mechanism m JOIN treaty t ON t.id = m.treaty_id WHERE m.code = 'SPT'")
			.query(String.class)
			.single()).isEqualTo("OP-CAT");
		assertThat(count("SELECT count(*) FROM mechanism WHERE kind = 'SPECIAL_PROCEDURE'")).isGreaterThanOrEqualTo(55);
		assertThat(jdbc.sql("SELECT name FROM mechanism WHERE kind = 'SPECIAL_PROCEDURE'").query(String.class).list())
			.anyMatch(name -> name.contains("Arbitrary Detention"))
			.anyMatch(name -> name.toLowerCase().contains("trafficking in persons"))
			.anyMatch(name -> name.toLowerCase().contains("racism"));
	}

	@Test
	void themesCoverTheUprInfoIssuesAndVocabulariesAreLoaded() {
		assertThat(count("SELECT count(*) FROM theme")).isGreaterThanOrEqualTo(54);
		assertThat(count("SELECT count(*) FROM theme WHERE parent_id IS NOT NULL")).isPositive();
		assertThat(count("SELECT count(*) FROM theme_alias")).isGreaterThanOrEqualTo(54);
		assertThat(count("SELECT count(*) FROM affected_group")).isGreaterThanOrEqualTo(20);
	}

	@Test
	void aseanRatificationsAreRecorded() {
		record Row(LocalDate consentOn, String consentType) {
		}
		String sql = """
				SELECT r.consent_on, r.consent_type FROM ratification r JOIN country c ON c.id = r.country_id
				JOIN treaty t ON t.id = r.treaty_id WHERE c.alpha3 = ? AND t.code = ?
				""";
		assertThat(jdbc.sql(sql).params("IDN", "CAT").query(Row.class).single())
			.isEqualTo(new Row(LocalDate.of(1998, 10, 28), "RATIFICATION"));
		assertThat(jdbc.sql(sql).params("PHL", "OP-CAT").query(Row.class).single())
			.isEqualTo(new Row(LocalDate.of(2012, 4, 17), "ACCESSION"));
		assertThat(jdbc.sql(sql).params("THA", "CEDAW").query(Row.class).single())
			.isEqualTo(new Row(LocalDate.of(1985, 8, 9), "ACCESSION"));
		assertThat(count("""
				SELECT count(DISTINCT c.alpha3) FROM ratification r JOIN country c ON c.id = r.country_id
				JOIN country_group_member m ON m.country_id = c.id JOIN country_group g ON g.id = m.country_group_id
				WHERE g.code = 'ASEAN'
				""")).isEqualTo(10);
		// Every ASEAN state is party to CEDAW and the CRC.
		assertThat(count("""
				SELECT count(*) FROM ratification r JOIN treaty t ON t.id = r.treaty_id
				JOIN country_group_member m ON m.country_id = r.country_id JOIN country_group g ON g.id = m.country_group_id
				WHERE g.code = 'ASEAN' AND t.code IN ('CEDAW', 'CRC') AND r.consent_on IS NOT NULL
				""")).isEqualTo(20);
	}

	@Test
	void loadingAgainAddsNothingAndKeepsCuratorsEdits() {
		template.update("UPDATE country SET name = 'Indonesia (edited)' WHERE alpha3 = 'IDN'");
		template.update("DELETE FROM data_load WHERE name LIKE 'db/reference/%'");
		long countries = count("SELECT count(*) FROM country");
		long aliases = count("SELECT count(*) FROM country_alias");
		new ReferenceDataLoader(template).load();
		assertThat(count("SELECT count(*) FROM country")).isEqualTo(countries);
		assertThat(count("SELECT count(*) FROM country_alias")).isEqualTo(aliases);
		assertThat(jdbc.sql("SELECT name FROM country WHERE alpha3 = 'IDN'").query(String.class).single())
			.isEqualTo("Indonesia (edited)");
		template.update("UPDATE country SET name = 'Indonesia' WHERE alpha3 = 'IDN'");
	}

}
