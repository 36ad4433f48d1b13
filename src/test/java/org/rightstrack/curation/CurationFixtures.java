package org.rightstrack.curation;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Small rows for curation tests, written with SQL so each test controls what it counts. */
final class CurationFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final JdbcClient jdbc;

	CurationFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long id(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	long document() {
		return id("""
				insert into document (mechanism_id, country_id, symbol, title, type, published_on)
				values ((select id from mechanism where code = 'CAT'), (select id from country where alpha3 = 'IDN'), ?,
				        'Concluding observations', 'CONCLUDING_OBSERVATIONS', date '2024-05-01') returning id""",
				"TEST/C/IDN/CO/" + SEQUENCE.incrementAndGet());
	}

	long recommendation(long document, String paragraph, String text) {
		return id("""
				insert into recommendation (document_id, country_id, mechanism_id, paragraph, text, published_on)
				select id, country_id, mechanism_id, ?, ?, published_on from document where id = ? returning id""", paragraph, text,
				document);
	}

	void theme(long recommendation, String code) {
		jdbc.sql("insert into recommendation_theme values (?, (select id from theme where code = ?))").params(recommendation, code).update();
	}

	void group(long recommendation, String code) {
		jdbc.sql("insert into recommendation_affected_group values (?, (select id from affected_group where code = ?))")
			.params(recommendation, code)
			.update();
	}

	void target(long recommendation, String code) {
		jdbc.sql("insert into recommendation_sdg_target values (?, (select id from sdg_target where code = ?))")
			.params(recommendation, code)
			.update();
	}

	void recommendingState(long recommendation, String alpha3) {
		jdbc.sql("insert into recommendation_recommending_state values (?, (select id from country where alpha3 = ?))")
			.params(recommendation, alpha3)
			.update();
	}

	long action(long recommendation, String title) {
		long action = id("""
				insert into follow_up_action (country_id, title, status) values ((select id from country where alpha3 = 'IDN'), ?, 'PLANNED')
				returning id""", title);
		jdbc.sql("insert into follow_up_action_recommendation values (?, ?)").params(action, recommendation).update();
		return action;
	}

	long assessment(long recommendation, String organisation, String status) {
		return id("""
				insert into assessment (recommendation_id, assessor_type, organisation, status, assessed_on)
				values (?, 'GOVERNMENT', ?, ?, ?) returning id""", recommendation, organisation, status, LocalDate.of(2025, 1, 1));
	}

	int version(String table, long id) {
		return jdbc.sql("select version from " + table + " where id = ?").param(id).query(Integer.class).single();
	}

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
