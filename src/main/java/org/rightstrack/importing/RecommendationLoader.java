package org.rightstrack.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads recommendations set-based: the rows are COPYed into a temporary staging table, then a few
 * SQL statements match them to existing documents and recommendations (by id, then by
 * {@code external_id}), create the missing documents, classify every row as created, updated or
 * unchanged, and write only what changed. Runs inside the caller's transaction.
 */
@Component
class RecommendationLoader {

	private static final String STAGE = """
			CREATE TEMP TABLE import_recommendation (
			  seq int, id bigint, external_id text, country_id bigint, mechanism_id bigint,
			  document_key text, document_symbol text, document_title text, document_type text, session int,
			  upr_cycle smallint, document_published_on date, paragraph text, text text, published_on date,
			  upr_response text, upr_action_category smallint, follow_up boolean, follow_up_deadline date,
			  published boolean, recommending_states bigint[], themes bigint[], affected_groups bigint[],
			  sdg_targets bigint[], document_id bigint, recommendation_id bigint, outcome text
			) ON COMMIT DROP
			""";

	private static final String COPY = """
			COPY import_recommendation (seq, id, external_id, country_id, mechanism_id, document_key, document_symbol,
			  document_title, document_type, session, upr_cycle, document_published_on, paragraph, text, published_on,
			  upr_response, upr_action_category, follow_up, follow_up_deadline, published, recommending_states, themes,
			  affected_groups, sdg_targets) FROM STDIN
			""";

	private static final String[] MATCH_DOCUMENTS = { """
			UPDATE import_recommendation s SET document_id = d.id FROM document d
			WHERE s.document_id IS NULL AND s.document_symbol IS NOT NULL AND d.symbol = s.document_symbol
			""", """
			UPDATE import_recommendation s SET document_id = d.id
			FROM (SELECT country_id, mechanism_id, session, min(id) AS id FROM document
			      WHERE session IS NOT NULL AND NOT archived GROUP BY country_id, mechanism_id, session) d
			WHERE s.document_id IS NULL AND s.document_symbol IS NULL AND s.session IS NOT NULL
			  AND d.country_id = s.country_id AND d.mechanism_id = s.mechanism_id AND d.session = s.session
			""", """
			UPDATE import_recommendation s SET document_id = d.id
			FROM (SELECT country_id, mechanism_id, title, min(id) AS id FROM document
			      WHERE session IS NULL AND symbol IS NULL GROUP BY country_id, mechanism_id, title) d
			WHERE s.document_id IS NULL AND s.document_symbol IS NULL AND s.session IS NULL
			  AND d.country_id = s.country_id AND d.mechanism_id = s.mechanism_id AND d.title = s.document_title
			""" };

	private static final String CREATE_DOCUMENTS = """
			INSERT INTO document (mechanism_id, country_id, symbol, title, type, session, upr_cycle, published_on)
			SELECT DISTINCT ON (document_key) mechanism_id, country_id, document_symbol, document_title, document_type,
			       session, upr_cycle, document_published_on
			FROM import_recommendation WHERE document_id IS NULL ORDER BY document_key, seq
			""";

	private static final String[] CLASSIFY = { """
			UPDATE import_recommendation s SET recommendation_id = r.id FROM recommendation r
			WHERE s.id IS NOT NULL AND r.id = s.id
			""", """
			UPDATE import_recommendation s SET recommendation_id = r.id FROM recommendation r
			WHERE s.recommendation_id IS NULL AND s.external_id IS NOT NULL AND r.external_id = s.external_id
			""", """
			UPDATE import_recommendation SET outcome = 'CREATED',
			  recommendation_id = nextval(pg_get_serial_sequence('recommendation', 'id'))
			WHERE recommendation_id IS NULL
			""", """
			UPDATE import_recommendation s SET outcome = CASE WHEN
			    (r.document_id, r.country_id, r.mechanism_id, r.paragraph, r.text, r.published_on, r.upr_response,
			     r.upr_action_category, r.follow_up, r.follow_up_deadline, r.published, r.external_id)
			    IS DISTINCT FROM
			    (s.document_id, s.country_id, s.mechanism_id, s.paragraph, s.text, s.published_on, s.upr_response,
			     s.upr_action_category, s.follow_up, s.follow_up_deadline, s.published, coalesce(s.external_id, r.external_id))
			 OR s.recommending_states IS DISTINCT FROM coalesce((SELECT array_agg(x.country_id ORDER BY x.country_id)
			      FROM recommendation_recommending_state x WHERE x.recommendation_id = r.id), '{}')
			 OR s.themes IS DISTINCT FROM coalesce((SELECT array_agg(x.theme_id ORDER BY x.theme_id)
			      FROM recommendation_theme x WHERE x.recommendation_id = r.id), '{}')
			 OR s.affected_groups IS DISTINCT FROM coalesce((SELECT array_agg(x.affected_group_id ORDER BY x.affected_group_id)
			      FROM recommendation_affected_group x WHERE x.recommendation_id = r.id), '{}')
			 OR s.sdg_targets IS DISTINCT FROM coalesce((SELECT array_agg(x.sdg_target_id ORDER BY x.sdg_target_id)
			      FROM recommendation_sdg_target x WHERE x.recommendation_id = r.id), '{}')
			 THEN 'UPDATED' ELSE 'UNCHANGED' END
			FROM recommendation r WHERE r.id = s.recommendation_id AND s.outcome IS NULL
			""" };

	/*
	 * The link arrays copied onto each recommendation for search (migration V42), computed from the staged
	 * link sets exactly as refresh_recommendation_links computes them from the link tables (sorted, without
	 * duplicates, goals of the SDG targets), so that the recommendation row is written once, with its
	 * full-text vector computed once by its BEFORE trigger, instead of being rewritten by the statement
	 * trigger of each of the four link tables (see BULK_LINKS_ON). has_actions depends only on follow-up
	 * actions: false for a new recommendation (its id is new), unchanged for an updated one.
	 */
	private static final String THEME_IDS = "ARRAY(SELECT DISTINCT x FROM unnest(s.themes) x ORDER BY x)";

	private static final String AFFECTED_GROUP_IDS = "ARRAY(SELECT DISTINCT x FROM unnest(s.affected_groups) x ORDER BY x)";

	private static final String SDG_GOALS = """
			ARRAY(SELECT DISTINCT t.goal_number FROM sdg_target t WHERE t.id = ANY (s.sdg_targets) ORDER BY t.goal_number)""";

	private static final String RECOMMENDING_STATE_IDS = "ARRAY(SELECT DISTINCT x FROM unnest(s.recommending_states) x ORDER BY x)";

	private static final String LINK_ARRAYS_SET = "theme_ids = " + THEME_IDS + ", affected_group_ids = " + AFFECTED_GROUP_IDS
			+ ", sdg_goals = " + SDG_GOALS + ", recommending_state_ids = " + RECOMMENDING_STATE_IDS;

	private static final String LINK_ARRAYS_SELECT = THEME_IDS + ", " + AFFECTED_GROUP_IDS + ", " + SDG_GOALS + ", "
			+ RECOMMENDING_STATE_IDS;

	/*
	 * Transaction-local (SET LOCAL): the statement triggers of the link tables skip their refresh (V90)
	 * while the loader writes the links whose arrays it has already written. Back to 'off' afterwards,
	 * so that later statements of the same transaction are refreshed as usual.
	 */
	private static final String BULK_LINKS_ON = "SELECT set_config('rightstrack.bulk_links', 'on', true)";

	private static final String BULK_LINKS_OFF = "SELECT set_config('rightstrack.bulk_links', 'off', true)";

	private static final String[] WRITE = { """
			UPDATE recommendation r SET document_id = s.document_id, country_id = s.country_id,
			  mechanism_id = s.mechanism_id, paragraph = s.paragraph, text = s.text, published_on = s.published_on,
			  upr_response = s.upr_response, upr_action_category = s.upr_action_category, follow_up = s.follow_up,
			  follow_up_deadline = s.follow_up_deadline, published = s.published,
			  external_id = coalesce(s.external_id, r.external_id), version = r.version + 1, updated_at = now(),
			""" + LINK_ARRAYS_SET + """
			FROM import_recommendation s WHERE s.outcome = 'UPDATED' AND r.id = s.recommendation_id
			""", """
			INSERT INTO recommendation (id, document_id, country_id, mechanism_id, paragraph, text, published_on,
			  upr_response, upr_action_category, follow_up, follow_up_deadline, published, external_id,
			  theme_ids, affected_group_ids, sdg_goals, recommending_state_ids)
			SELECT recommendation_id, document_id, country_id, mechanism_id, paragraph, text, published_on,
			  upr_response, upr_action_category, follow_up, follow_up_deadline, published, external_id,
			  """ + LINK_ARRAYS_SELECT + """
			FROM import_recommendation s WHERE outcome = 'CREATED' ORDER BY seq
			""", """
			DELETE FROM recommendation_recommending_state x USING import_recommendation s
			WHERE s.outcome = 'UPDATED' AND x.recommendation_id = s.recommendation_id
			""", """
			DELETE FROM recommendation_theme x USING import_recommendation s
			WHERE s.outcome = 'UPDATED' AND x.recommendation_id = s.recommendation_id
			""", """
			DELETE FROM recommendation_affected_group x USING import_recommendation s
			WHERE s.outcome = 'UPDATED' AND x.recommendation_id = s.recommendation_id
			""", """
			DELETE FROM recommendation_sdg_target x USING import_recommendation s
			WHERE s.outcome = 'UPDATED' AND x.recommendation_id = s.recommendation_id
			""", """
			INSERT INTO recommendation_recommending_state (recommendation_id, country_id)
			SELECT recommendation_id, unnest(recommending_states) FROM import_recommendation WHERE outcome IN ('CREATED', 'UPDATED')
			""", """
			INSERT INTO recommendation_theme (recommendation_id, theme_id)
			SELECT recommendation_id, unnest(themes) FROM import_recommendation WHERE outcome IN ('CREATED', 'UPDATED')
			""", """
			INSERT INTO recommendation_affected_group (recommendation_id, affected_group_id)
			SELECT recommendation_id, unnest(affected_groups) FROM import_recommendation WHERE outcome IN ('CREATED', 'UPDATED')
			""", """
			INSERT INTO recommendation_sdg_target (recommendation_id, sdg_target_id)
			SELECT recommendation_id, unnest(sdg_targets) FROM import_recommendation WHERE outcome IN ('CREATED', 'UPDATED')
			""" };

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RecommendationLoader.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	RecommendationLoader(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/** Stages and merges the rows; must run inside a transaction. */
	void load(List<RecommendationRow> rows, ImportReport report, ImportProgress progress) throws SQLException {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (Statement statement = connection.createStatement()) {
			statement.execute(STAGE);
		}
		try (CopyText copy = new CopyText(connection, COPY)) {
			int seq = 0;
			for (RecommendationRow r : rows) {
				copy.value(seq++).value(r.id).value(r.externalId).value(r.countryId).value(r.mechanismId)
					.value(r.documentKey()).value(r.documentSymbol).value(r.documentTitle).value(r.documentType)
					.value(r.session).value(r.uprCycle).value(r.documentPublishedOn).value(r.paragraph).value(r.text)
					.value(r.publishedOn).value(r.uprResponse).value(r.actionCategory).value(r.followUp)
					.value(r.followUpDeadline).value(r.published).value(r.recommendingStates).value(r.themes)
					.value(r.affectedGroups).value(r.sdgTargets);
				copy.endRow();
			}
			copy.finish();
		}
		log.debug("Staged {} rows", rows.size());
		progress.phase("writing");
		progress.steps(2 * MATCH_DOCUMENTS.length + 1 + CLASSIFY.length + WRITE.length);
		// Statistics first, so that the planner joins the staged rows by hash rather than by loop.
		jdbc.sql("ANALYZE import_recommendation").update();
		execute(MATCH_DOCUMENTS, progress);
		int documents = jdbc.sql(CREATE_DOCUMENTS).update();
		progress.stepDone();
		if (documents > 0) {
			execute(MATCH_DOCUMENTS, progress);
		}
		report.documentsCreated(documents);
		execute(CLASSIFY, progress);
		// Statistics again now that every row has its outcome: the writes filter on it, and a plan built
		// on "no row is UPDATED" would loop over the table for each updated row.
		jdbc.sql("ANALYZE import_recommendation").update();
		// No finally: after a failure the transaction rolls back, and the setting with it.
		jdbc.sql(BULK_LINKS_ON).query().singleValue();
		execute(WRITE, progress);
		jdbc.sql(BULK_LINKS_OFF).query().singleValue();
		int[] counts = new int[3];
		jdbc.sql("SELECT outcome, count(*) FROM import_recommendation GROUP BY outcome").query(rs -> {
			switch (rs.getString(1)) {
				case "CREATED" -> counts[0] = rs.getInt(2);
				case "UPDATED" -> counts[1] = rs.getInt(2);
				default -> counts[2] = rs.getInt(2);
			}
		});
		report.counts(counts[0], counts[1], counts[2]);
		jdbc.sql("DROP TABLE import_recommendation").update();
	}

	private void execute(String[] statements, ImportProgress progress) {
		for (String sql : statements) {
			progress.stepDone();
			long start = System.nanoTime();
			int rows = jdbc.sql(sql).update();
			if (log.isDebugEnabled()) {
				log.debug("{} rows in {} ms: {}", rows, (System.nanoTime() - start) / 1_000_000, sql.strip().lines().findFirst().orElse(""));
			}
		}
	}

}
