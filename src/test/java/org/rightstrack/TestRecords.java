package org.rightstrack;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts documents and recommendations with plain SQL, for test fixtures that need their own rows. */
public final class TestRecords {

	private TestRecords() {
	}

	/** A document of the mechanism (code) about the country (alpha-3); returns its id. */
	public static long document(JdbcClient jdbc, String mechanism, String country, String symbol, String title,
			String type, Integer session, Integer cycle, String publishedOn, boolean published) {
		return jdbc.sql("""
				INSERT INTO document (mechanism_id, country_id, symbol, title, type, session, upr_cycle, published_on, published)
				VALUES ((SELECT id FROM mechanism WHERE code = ?), (SELECT id FROM country WHERE alpha3 = ?), ?, ?, ?, ?, ?, ?, ?)
				RETURNING id
				""").params(mechanism, country, symbol, title, type, session, cycle, LocalDate.parse(publishedOn), published)
			.query(Long.class)
			.single();
	}

	/** A recommendation in the document, with the document's country, mechanism and date; returns its id. */
	public static long recommendation(JdbcClient jdbc, String externalId, long document, String paragraph, String text) {
		return jdbc.sql("""
				INSERT INTO recommendation (document_id, country_id, mechanism_id, paragraph, text, published_on, external_id)
				SELECT id, country_id, mechanism_id, ?, ?, published_on, ? FROM document WHERE id = ? RETURNING id
				""").params(paragraph, text, externalId, document).query(Long.class).single();
	}

}
