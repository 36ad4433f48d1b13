package org.rightstrack.export;


import org.rightstrack.TestRecords;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recommendations only the export tests use, each with the made-up word {@value #TOKEN} in its text.
 * Created once per database.
 *
 * <pre>
 * e1 VNM CEDAW 2022 XEXP/CEDAW/VNM  comma, quotes, newline, accents  womens-rights, trafficking; women; SDG 5.1, 5.2; action
 * e2 VNM CEDAW 2022 XEXP/CEDAW/VNM  plain                            trafficking; unpublished action
 * e3 LAO UPR   2020 XEXP/UPR/LAO    supported, category 5, by FRA and KEN; torture; approved assessment
 * e4 LAO UPR   2020 XEXP/UPR/LAO    noted; pending assessment
 * hidden: e5 unpublished, e6 archived
 * </pre>
 */
final class ExportFixtures {

	static final String TOKEN = "quokkaexport";

	static final String E1_TEXT = TOKEN + ": Adopt a law, \"comprehensive\" and\nbinding, on discrimination against women; with é, ñ and ờ.";

	static final String ACTION_TITLE = "Quokkaexport national action plan";

	static final String ASSESSMENT_ORGANISATION = "Quokkaexport Human Rights Watchers";

	final long e1, e2, e3, e4, e5, e6;

	private ExportFixtures(long[] ids) {
		e1 = ids[0];
		e2 = ids[1];
		e3 = ids[2];
		e4 = ids[3];
		e5 = ids[4];
		e6 = ids[5];
	}

	static synchronized ExportFixtures create(JdbcClient jdbc) {
		if (jdbc.sql("SELECT count(*) FROM document WHERE symbol = 'XEXP/CEDAW/VNM'").query(Long.class).single() == 0) {
			insert(jdbc);
		}
		long[] ids = jdbc.sql("SELECT id FROM recommendation WHERE external_id LIKE 'xexp-%' ORDER BY external_id")
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
		return new ExportFixtures(ids);
	}

	private static void insert(JdbcClient jdbc) {
		long d1 = document(jdbc, "CEDAW", "VNM", "XEXP/CEDAW/VNM", "Concluding observations on Viet Nam, ninth report", "CONCLUDING_OBSERVATIONS", 81, null, "2022-03-01");
		long d2 = document(jdbc, "UPR", "LAO", "XEXP/UPR/LAO", "Report of the Working Group: Lao PDR", "UPR_WORKING_GROUP_REPORT", 35, 3, "2020-01-20");
		long e1 = recommendation(jdbc, "xexp-1", d1, "12 (a)", E1_TEXT);
		long e2 = recommendation(jdbc, "xexp-2", d1, "14", TOKEN + ": Train border officials to identify victims of trafficking.");
		long e3 = recommendation(jdbc, "xexp-3", d2, "115.4", TOKEN + ": Ratify the Optional Protocol to the Convention against Torture.");
		long e4 = recommendation(jdbc, "xexp-4", d2, "115.9", TOKEN + ": Abolish the death penalty.");
		long e5 = recommendation(jdbc, "xexp-5", d2, "115.10", TOKEN + ": Unpublished recommendation.");
		long e6 = recommendation(jdbc, "xexp-6", d1, "15", TOKEN + ": Archived recommendation.");
		jdbc.sql("UPDATE recommendation SET published = false WHERE id = ?").param(e5).update();
		jdbc.sql("UPDATE recommendation SET archived = true WHERE id = ?").param(e6).update();
		jdbc.sql("UPDATE recommendation SET follow_up = true, follow_up_deadline = DATE '2024-03-01' WHERE id = ?").param(e1).update();
		jdbc.sql("UPDATE recommendation SET upr_response = 'SUPPORTED', upr_action_category = 5 WHERE id = ?").param(e3).update();
		jdbc.sql("UPDATE recommendation SET upr_response = 'NOTED', upr_action_category = 4 WHERE id = ?").param(e4).update();
		link(jdbc, "recommendation_theme", "theme_id", "SELECT id FROM theme WHERE code IN ('womens-rights', 'trafficking')", e1);
		link(jdbc, "recommendation_theme", "theme_id", "SELECT id FROM theme WHERE code = 'trafficking'", e2);
		link(jdbc, "recommendation_theme", "theme_id", "SELECT id FROM theme WHERE code = 'torture'", e3);
		link(jdbc, "recommendation_affected_group", "affected_group_id", "SELECT id FROM affected_group WHERE code = 'women'", e1);
		link(jdbc, "recommendation_sdg_target", "sdg_target_id", "SELECT id FROM sdg_target WHERE code IN ('5.1', '5.2')", e1);
		link(jdbc, "recommendation_recommending_state", "country_id", "SELECT id FROM country WHERE alpha3 IN ('FRA', 'KEN')", e3);
		long action = jdbc.sql("""
				INSERT INTO follow_up_action (country_id, title, description, responsible_institution, status, published)
				VALUES ((SELECT id FROM country WHERE alpha3 = 'VNM'), ?, 'A plan with a budget.', 'Ministry of Justice', 'IN_PROGRESS', true)
				RETURNING id
				""").param(ACTION_TITLE).query(Long.class).single();
		jdbc.sql("INSERT INTO follow_up_action_recommendation (follow_up_action_id, recommendation_id) VALUES (?, ?)")
			.params(action, e1).update();
		long draft = jdbc.sql("""
				INSERT INTO follow_up_action (country_id, title, status, published)
				VALUES ((SELECT id FROM country WHERE alpha3 = 'VNM'), 'Quokkaexport draft', 'PLANNED', false) RETURNING id
				""").query(Long.class).single();
		jdbc.sql("INSERT INTO follow_up_action_recommendation (follow_up_action_id, recommendation_id) VALUES (?, ?)")
			.params(draft, e2).update();
		jdbc.sql("""
				INSERT INTO assessment (recommendation_id, assessor_type, organisation, status, assessed_on, justification, moderation_status)
				VALUES (?, 'CSO', ?, 'STARTED', DATE '2023-05-01', 'A bill is before parliament.', 'APPROVED')
				""").params(e3, ASSESSMENT_ORGANISATION).update();
		jdbc.sql("""
				INSERT INTO assessment (recommendation_id, assessor_type, organisation, status, assessed_on, moderation_status)
				VALUES (?, 'CSO', 'Quokkaexport pending org', 'NOT_STARTED', DATE '2023-06-01', 'PENDING')
				""").param(e4).update();
	}

	static long document(JdbcClient jdbc, String mechanism, String country, String symbol, String title, String type,
			Integer session, Integer cycle, String publishedOn) {
		return TestRecords.document(jdbc, mechanism, country, symbol, title, type, session, cycle, publishedOn, true);
	}

	static long recommendation(JdbcClient jdbc, String externalId, long document, String paragraph, String text) {
		return TestRecords.recommendation(jdbc, externalId, document, paragraph, text);
	}

	static void link(JdbcClient jdbc, String table, String column, String select, long recommendation) {
		jdbc.sql("INSERT INTO " + table + " (recommendation_id, " + column + ") SELECT ?, id FROM (" + select + ") x")
			.param(recommendation)
			.update();
	}

}
