package org.rightstrack.search;


import org.rightstrack.TestRecords;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recommendations that only the search tests use, all with the made-up word {@value #TOKEN} in
 * their text so that a query for it confines every count to them. Created once per database.
 *
 * <pre>
 * R1 IDN CEDAW 2021 XTEST/CEDAW/IDN  ratify ... Women               womens-rights; women; SDG 5; partially / CSO not started; action
 * R2 IDN CEDAW 2021 XTEST/CEDAW/IDN  trafficking ... woman migrant  trafficking; migrant-workers
 * R3 THA UPR   2016 XTEST/UPR/THA    ratification ... torture       torture; supported, category 5, by FRA and KEN
 * R4 THA UPR   2016 XTEST/UPR/THA    death penalty                  death-penalty; noted, category 4, by FRA
 * R5 FRA CAT   2010 XTEST/CAT/FRA    children in detention          rights-of-the-child; children
 * hidden: R6 unpublished, R7 in an unpublished document, R8 archived
 * </pre>
 */
final class SearchFixtures {

	static final String TOKEN = "xylofant";

	final long r1, r2, r3, r4, r5, r6, r7, r8;

	private SearchFixtures(long[] ids) {
		r1 = ids[0];
		r2 = ids[1];
		r3 = ids[2];
		r4 = ids[3];
		r5 = ids[4];
		r6 = ids[5];
		r7 = ids[6];
		r8 = ids[7];
	}

	static synchronized SearchFixtures create(JdbcClient jdbc) {
		if (jdbc.sql("SELECT count(*) FROM document WHERE symbol = 'XTEST/CEDAW/IDN'").query(Long.class).single() == 0) {
			insert(jdbc);
		}
		long[] ids = jdbc.sql("SELECT id FROM recommendation WHERE external_id LIKE 'xtest-%' ORDER BY external_id")
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
		return new SearchFixtures(ids);
	}

	private static void insert(JdbcClient jdbc) {
		long d1 = document(jdbc, "CEDAW", "IDN", "XTEST/CEDAW/IDN", "Concluding observations on Indonesia", "CONCLUDING_OBSERVATIONS", 80, null, "2021-03-01", true);
		long d2 = document(jdbc, "UPR", "THA", "XTEST/UPR/THA", "Report of the Working Group: Thailand", "UPR_WORKING_GROUP_REPORT", 25, 2, "2016-05-01", true);
		long d3 = document(jdbc, "CAT", "FRA", "XTEST/CAT/FRA", "Concluding observations on France", "CONCLUDING_OBSERVATIONS", 44, null, "2010-05-20", true);
		long d4 = document(jdbc, "UPR", "KEN", "XTEST/UPR/KEN", "Report of the Working Group: Kenya", "UPR_WORKING_GROUP_REPORT", 35, 3, "2020-01-20", false);
		long r1 = recommendation(jdbc, "xtest-1", d1, "12 (a)", TOKEN + ": The State party should ratify the Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women.");
		long r2 = recommendation(jdbc, "xtest-2", d1, "14", TOKEN + ": Adopt a national action plan against trafficking in persons, with attention to the rights of every woman migrant worker.");
		long r3 = recommendation(jdbc, "xtest-3", d2, "121.5", TOKEN + ": Consider ratification of the Optional Protocol to the Convention against Torture and establish a national preventive mechanism.");
		long r4 = recommendation(jdbc, "xtest-4", d2, "121.9", TOKEN + ": Abolish the death penalty and commute all sentences.");
		long r5 = recommendation(jdbc, "xtest-5", d3, "20", TOKEN + ": Ensure that children in custody are always held separately from adults.");
		long r6 = recommendation(jdbc, "xtest-6", d3, "21", TOKEN + ": Unpublished: women should ratify nothing.");
		long r7 = recommendation(jdbc, "xtest-7", d4, "90.1", TOKEN + ": In an unpublished document: ratify for women.");
		long r8 = recommendation(jdbc, "xtest-8", d1, "15", TOKEN + ": Archived: ratify for women.");
		jdbc.sql("UPDATE recommendation SET published = false WHERE id = ?").param(r6).update();
		jdbc.sql("UPDATE recommendation SET archived = true WHERE id = ?").param(r8).update();
		jdbc.sql("UPDATE recommendation SET implementation_status = 'PARTIALLY_IMPLEMENTED', civil_society_status = 'NOT_STARTED' WHERE id = ?").param(r1).update();
		jdbc.sql("UPDATE recommendation SET upr_response = 'SUPPORTED', upr_action_category = 5 WHERE id = ?").param(r3).update();
		jdbc.sql("UPDATE recommendation SET upr_response = 'NOTED', upr_action_category = 4 WHERE id = ?").param(r4).update();
		theme(jdbc, r1, "womens-rights");
		theme(jdbc, r2, "trafficking");
		theme(jdbc, r3, "torture");
		theme(jdbc, r4, "death-penalty");
		theme(jdbc, r5, "rights-of-the-child");
		affected(jdbc, r1, "women");
		affected(jdbc, r2, "migrant-workers");
		affected(jdbc, r5, "children");
		jdbc.sql("INSERT INTO recommendation_sdg_target (recommendation_id, sdg_target_id) SELECT ?, id FROM sdg_target WHERE code = '5.1'")
			.param(r1).update();
		jdbc.sql("""
				INSERT INTO recommendation_recommending_state (recommendation_id, country_id)
				SELECT ?, id FROM country WHERE alpha3 IN ('FRA', 'KEN')
				""").param(r3).update();
		jdbc.sql("""
				INSERT INTO recommendation_recommending_state (recommendation_id, country_id)
				SELECT ?, id FROM country WHERE alpha3 = 'FRA'
				""").param(r4).update();
		long action = jdbc.sql("""
				INSERT INTO follow_up_action (country_id, title, status, published)
				VALUES ((SELECT id FROM country WHERE alpha3 = 'IDN'), 'Xtest ratification bill', 'IN_PROGRESS', true) RETURNING id
				""").query(Long.class).single();
		jdbc.sql("INSERT INTO follow_up_action_recommendation (follow_up_action_id, recommendation_id) VALUES (?, ?)")
			.params(action, r1).update();
		long unpublishedAction = jdbc.sql("""
				INSERT INTO follow_up_action (country_id, title, status, published)
				VALUES ((SELECT id FROM country WHERE alpha3 = 'IDN'), 'Xtest draft plan', 'PLANNED', false) RETURNING id
				""").query(Long.class).single();
		jdbc.sql("INSERT INTO follow_up_action_recommendation (follow_up_action_id, recommendation_id) VALUES (?, ?)")
			.params(unpublishedAction, r2).update();
	}

	static long document(JdbcClient jdbc, String mechanism, String country, String symbol, String title, String type,
			Integer session, Integer cycle, String publishedOn, boolean published) {
		return TestRecords.document(jdbc, mechanism, country, symbol, title, type, session, cycle, publishedOn, published);
	}

	static long recommendation(JdbcClient jdbc, String externalId, long document, String paragraph, String text) {
		return TestRecords.recommendation(jdbc, externalId, document, paragraph, text);
	}

	static void theme(JdbcClient jdbc, long recommendation, String code) {
		jdbc.sql("INSERT INTO recommendation_theme (recommendation_id, theme_id) SELECT ?, id FROM theme WHERE code = ?")
			.params(recommendation, code).update();
	}

	static void affected(JdbcClient jdbc, long recommendation, String code) {
		jdbc.sql("INSERT INTO recommendation_affected_group (recommendation_id, affected_group_id) SELECT ?, id FROM affected_group WHERE code = ?")
			.params(recommendation, code).update();
	}

}
