package org.rightstrack.followup;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for follow-up tests, written with SQL and marked with a unique token, so that each test
 * asserts only on what it made (other test classes share the database).
 */
final class FollowUpFixtures {

	final JdbcClient jdbc;

	final String token = UUID.randomUUID().toString().substring(0, 8);

	FollowUpFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long id(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/** A published document of the country, with a unique symbol. */
	long document(String country) {
		return id("""
				insert into document (mechanism_id, country_id, symbol, title, type, published_on)
				values ((select id from mechanism where code = 'CAT'), (select id from country where alpha3 = ?), ?,
				        'Concluding observations', 'CONCLUDING_OBSERVATIONS', date '2024-05-01') returning id""", country,
				"FU/" + country + "/" + token + "/" + UUID.randomUUID().toString().substring(0, 4));
	}

	/** A published recommendation of the country, in a new document. */
	long recommendation(String country, String text) {
		return recommendation(document(country), "12", text);
	}

	long recommendation(long document, String paragraph, String text) {
		return id("""
				insert into recommendation (document_id, country_id, mechanism_id, paragraph, text, published_on)
				select id, country_id, mechanism_id, ?, ?, published_on from document where id = ? returning id""", paragraph,
				text + " " + token, document);
	}

	long action(String country, String title, boolean published, LocalDate end, String status, long... recommendations) {
		long action = id("""
				insert into follow_up_action (country_id, title, status, published, end_date)
				values ((select id from country where alpha3 = ?), ?, ?, ?, ?) returning id""", country, title + " " + token, status,
				published, end);
		for (long recommendation : recommendations) {
			jdbc.sql("insert into follow_up_action_recommendation values (?, ?)").params(action, recommendation).update();
		}
		return action;
	}

	long assessment(long recommendation, String type, String status, String moderation, long author, LocalDate on) {
		return id("""
				insert into assessment (recommendation_id, assessor_type, organisation, status, assessed_on, moderation_status, created_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""", recommendation, type, "Org " + token, status, on, moderation, author);
	}

	long fileEvidence(Long action, Long assessment, String fileName, byte[] content) {
		return id("""
				insert into evidence (follow_up_action_id, assessment_id, kind, title, file_name, content_type, size_bytes, content)
				values (?, ?, 'FILE', ?, ?, 'application/pdf', ?, ?) returning id""", action, assessment, "File " + token, fileName,
				content.length, content);
	}

	String string(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(String.class).optional().orElse(null);
	}

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/** Everything the follow-up endpoints write, to show that a refused request changed nothing. */
	String fingerprint() {
		return jdbc.sql("""
				select concat_ws('/',
				  (select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(sum(hashtext(title || published || archived)), 0) from follow_up_action),
				  (select count(*) from follow_up_action_recommendation),
				  (select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(sum(hashtext(status || moderation_status)), 0) from assessment),
				  (select count(*) || ':' || count(*) filter (where archived) from evidence),
				  (select coalesce(sum(hashtext(coalesce(implementation_status, '-') || coalesce(civil_society_status, '-'))), 0) from recommendation))""")
			.query(String.class)
			.single();
	}

}
