package org.rightstrack.system;

import org.junit.jupiter.api.Test;
import org.rightstrack.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schema itself refuses rows that would corrupt the record. */
@IntegrationTest
class SchemaConstraintsTests {

	@Autowired
	JdbcClient jdbc;

	long country(String alpha3) {
		return jdbc.sql("SELECT id FROM country WHERE alpha3 = ?").param(alpha3).query(Long.class).single();
	}

	long treaty(String code) {
		return jdbc.sql("SELECT id FROM treaty WHERE code = ?").param(code).query(Long.class).single();
	}

	@Test
	void ratificationForAnUnknownTreatyIsRejected() {
		assertThatThrownBy(() -> jdbc.sql("INSERT INTO ratification (country_id, treaty_id, signed_on) VALUES (?, 999999, '2000-01-01')")
			.param(country("IDN"))
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void duplicateCountryAndTreatyIsRejected() {
		long fra = country("FRA");
		long cat = treaty("CAT");
		jdbc.sql("INSERT INTO ratification (country_id, treaty_id, consent_on, consent_type) VALUES (?, ?, '1986-02-18', 'RATIFICATION')")
			.params(fra, cat)
			.update();
		assertThatThrownBy(() -> jdbc.sql("INSERT INTO ratification (country_id, treaty_id, signed_on) VALUES (?, ?, '1985-02-04')")
			.params(fra, cat)
			.update()).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("ratification_country_treaty_unique");
	}

	@Test
	void consentDateNeedsItsKind() {
		assertThatThrownBy(() -> jdbc.sql("INSERT INTO ratification (country_id, treaty_id, consent_on) VALUES (?, ?, '1990-01-01')")
			.params(country("FRA"), treaty("ICMW"))
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void countryCodesMustBeWellFormed() {
		assertThatThrownBy(() -> jdbc.sql("INSERT INTO country (alpha2, alpha3, numeric_code, name, un_status) VALUES ('xx', 'XXX', '999', 'Nowhere', 'OTHER')")
			.update()).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql("INSERT INTO country (alpha2, alpha3, numeric_code, name, un_status) VALUES ('XQ', 'IDN', '998', 'Duplicate', 'OTHER')")
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void optionalProtocolNeedsAParentTreaty() {
		assertThatThrownBy(() -> jdbc.sql("INSERT INTO treaty (code, short_name, title, kind) VALUES ('OP-X', 'OP-X', 'Orphan protocol', 'OPTIONAL_PROTOCOL')")
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void recommendationNeedsTextAndAValidResponse() {
		long document = jdbc.sql("""
				INSERT INTO document (mechanism_id, country_id, title, type)
				VALUES ((SELECT id FROM mechanism WHERE code = 'UPR'), ?, 'Test report', 'UPR_WORKING_GROUP_REPORT') RETURNING id
				""").param(country("THA")).query(Long.class).single();
		String insert = """
				INSERT INTO recommendation (document_id, country_id, mechanism_id, text, upr_response)
				SELECT d.id, d.country_id, d.mechanism_id, ?, ? FROM document d WHERE d.id = ?
				""";
		assertThatThrownBy(() -> jdbc.sql(insert).params("   ", "SUPPORTED", document).update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql(insert).params("Ratify OPCAT", "ACCEPTED", document).update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(jdbc.sql(insert).params("Ratify OPCAT", "NOTED", document).update()).isEqualTo(1);
	}

	@Test
	void assessmentStatusIsOnTheFiveLevelScale() {
		assertThatThrownBy(() -> jdbc.sql("""
				INSERT INTO assessment (recommendation_id, assessor_type, organisation, status, assessed_on)
				VALUES (1, 'CSO', 'Somebody', 'DONE', current_date)
				""").update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void evidenceBelongsToExactlyOneParent() {
		assertThatThrownBy(() -> jdbc.sql("INSERT INTO evidence (kind, title, url) VALUES ('LINK', 'Orphan', 'https://example.org')")
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void fullTextVectorIsMaintainedByTheDatabase() {
		long document = jdbc.sql("""
				INSERT INTO document (mechanism_id, country_id, title, type)
				VALUES ((SELECT id FROM mechanism WHERE code = 'CAT'), ?, 'Concluding observations', 'CONCLUDING_OBSERVATIONS') RETURNING id
				""").param(country("PHL")).query(Long.class).single();
		jdbc.sql("""
				INSERT INTO recommendation (document_id, country_id, mechanism_id, text)
				SELECT id, country_id, mechanism_id, 'The State party should ratify the Optional Protocol on quokkafication' FROM document WHERE id = ?
				""").param(document).update();
		assertThat(jdbc.sql("SELECT count(*) FROM recommendation WHERE search_vector @@ websearch_to_tsquery('english', 'protocols ratified quokkafication')")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
