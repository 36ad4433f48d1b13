package org.rightstrack.curation;

import java.util.List;
import java.util.Map;

import org.rightstrack.recommendation.RecommendationRedirects;
import org.rightstrack.system.ImplementationStatusSql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases on recommendations that touch several tables in one transaction: saving a
 * recommendation with its vocabulary links, merging duplicates and splitting one in two.
 */
@Service
class RecommendationCuration {

	/** The link tables of a recommendation: table and the column naming the other side. */
	static final Map<String, String> LINKS = Map.of("recommendation_theme", "theme_id", "recommendation_affected_group",
			"affected_group_id", "recommendation_sdg_target", "sdg_target_id", "recommendation_recommending_state", "country_id");

	/** A stale version: someone saved the recommendation in between. */
	static class StaleException extends RuntimeException {

		StaleException() {
			super("stale version", null, false, false);
		}

	}

	/** What to do with an action link or an assessment when splitting: keep on the first, move to the second, or both. */
	enum Assign {

		FIRST, SECOND, BOTH

	}

	private final JdbcClient jdbc;

	private final RecommendationRedirects redirects;

	RecommendationCuration(JdbcClient jdbc, RecommendationRedirects redirects) {
		this.jdbc = jdbc;
		this.redirects = redirects;
	}

	@Transactional
	void update(long id, RecommendationCurationController.RecommendationForm form) {
		int updated = jdbc.sql("""
				update recommendation set paragraph = :paragraph, text = :text, upr_response = :response,
				    upr_action_category = :category, follow_up = :followUp, follow_up_deadline = :deadline,
				    published = :published, version = version + 1, updated_at = now()
				where id = :id and version = :version""")
			.param("paragraph", Curation.blankToNull(form.getParagraph()))
			.param("text", form.getText().strip())
			.param("response", form.getUprResponse() == null ? null : form.getUprResponse().name())
			.param("category", form.getUprActionCategory())
			.param("followUp", form.isFollowUp())
			.param("deadline", form.isFollowUp() ? form.getFollowUpDeadline() : null)
			.param("published", form.isPublished())
			.param("id", id)
			.param("version", form.getVersion())
			.update();
		if (updated == 0) {
			throw new StaleException();
		}
		replaceLinks(id, "recommendation_theme", form.getThemeIds());
		replaceLinks(id, "recommendation_affected_group", form.getGroupIds());
		replaceLinks(id, "recommendation_sdg_target", form.getSdgTargetIds());
		replaceLinks(id, "recommendation_recommending_state", form.getRecommendingStateIds());
	}

	void replaceLinks(long id, String table, List<Long> ids) {
		String column = column(table);
		jdbc.sql("delete from " + table + " where recommendation_id = ?").param(id).update();
		for (Long other : ids == null ? List.<Long>of() : ids.stream().distinct().toList()) {
			jdbc.sql("insert into " + table + " (recommendation_id, " + column + ") values (?, ?)").params(id, other).update();
		}
	}

	private static String column(String table) {
		String column = LINKS.get(table);
		if (column == null) {
			throw new IllegalArgumentException(table);
		}
		return column;
	}

	@Transactional
	void setPublished(long id, int version, boolean published) {
		int updated = jdbc.sql("update recommendation set published = ?, version = version + 1, updated_at = now() where id = ? and version = ?")
			.params(published, id, version)
			.update();
		if (updated == 0) {
			throw new StaleException();
		}
	}

	/**
	 * Merges {@code duplicate} into {@code kept}: every follow-up action link and assessment moves to
	 * the kept recommendation, its themes, affected persons, SDG targets and recommending states are
	 * added to the kept one's (and stay on the archived duplicate, so it still reads as it was), the
	 * follow-up flag is kept if either had it (with the earlier deadline), the duplicate is archived
	 * and its URL redirects to the kept one.
	 */
	@Transactional
	void merge(long kept, int keptVersion, long duplicate, int duplicateVersion) {
		if (kept == duplicate) {
			throw new IllegalArgumentException("a recommendation cannot be merged into itself");
		}
		int updated = jdbc.sql("""
				update recommendation k set version = k.version + 1, updated_at = now(),
				    follow_up = k.follow_up or d.follow_up,
				    follow_up_deadline = case when k.follow_up or d.follow_up then
				        least(k.follow_up_deadline, d.follow_up_deadline) end
				from recommendation d
				where k.id = :kept and k.version = :keptVersion and d.id = :duplicate and d.version = :duplicateVersion
				  and not k.archived and not d.archived""")
			.param("kept", kept)
			.param("keptVersion", keptVersion)
			.param("duplicate", duplicate)
			.param("duplicateVersion", duplicateVersion)
			.update();
		if (updated == 0) {
			throw new StaleException();
		}
		for (Map.Entry<String, String> link : LINKS.entrySet()) {
			jdbc.sql("insert into " + link.getKey() + " (recommendation_id, " + link.getValue() + ") select ?, " + link.getValue()
					+ " from " + link.getKey() + " where recommendation_id = ? on conflict do nothing")
				.params(kept, duplicate)
				.update();
		}
		jdbc.sql("""
				insert into follow_up_action_recommendation (follow_up_action_id, recommendation_id)
				select follow_up_action_id, ? from follow_up_action_recommendation where recommendation_id = ?
				on conflict do nothing""").params(kept, duplicate).update();
		jdbc.sql("delete from follow_up_action_recommendation where recommendation_id = ?").param(duplicate).update();
		jdbc.sql("update assessment set recommendation_id = ?, updated_at = now() where recommendation_id = ?")
			.params(kept, duplicate)
			.update();
		jdbc.sql("update recommendation set archived = true, version = version + 1, updated_at = now() where id = ?")
			.param(duplicate)
			.update();
		redirects.record(duplicate, kept);
		jdbc.sql(ImplementationStatusSql.REFRESH_ONE).param(kept).update();
		jdbc.sql(ImplementationStatusSql.REFRESH_ONE).param(duplicate).update();
	}

	/**
	 * Splits a recommendation that packs two asks: the original keeps {@code firstText}, a new
	 * recommendation in the same document gets {@code secondText} and a copy of the vocabulary
	 * links; each follow-up action link and assessment stays, moves or is copied as the curator chose.
	 *
	 * @return the new recommendation's id
	 */
	@Transactional
	long split(long id, int version, String firstText, String firstParagraph, String secondText, String secondParagraph,
			Map<Long, Assign> actions, Map<Long, Assign> assessments) {
		int updated = jdbc.sql("""
				update recommendation set text = ?, paragraph = ?, version = version + 1, updated_at = now()
				where id = ? and version = ? and not archived""")
			.params(firstText.strip(), Curation.blankToNull(firstParagraph), id, version)
			.update();
		if (updated == 0) {
			throw new StaleException();
		}
		long second = jdbc.sql("""
				insert into recommendation (document_id, country_id, mechanism_id, paragraph, text, published_on, upr_response,
				    upr_action_category, follow_up, follow_up_deadline, published)
				select document_id, country_id, mechanism_id, ?, ?, published_on, upr_response, upr_action_category,
				    follow_up, follow_up_deadline, published
				from recommendation where id = ? returning id""")
			.params(Curation.blankToNull(secondParagraph), secondText.strip(), id)
			.query(Long.class)
			.single();
		for (Map.Entry<String, String> link : LINKS.entrySet()) {
			jdbc.sql("insert into " + link.getKey() + " (recommendation_id, " + link.getValue() + ") select ?, " + link.getValue()
					+ " from " + link.getKey() + " where recommendation_id = ?")
				.params(second, id)
				.update();
		}
		actions.forEach((action, assign) -> {
			if (assign != Assign.FIRST) {
				jdbc.sql("insert into follow_up_action_recommendation (follow_up_action_id, recommendation_id) values (?, ?) on conflict do nothing")
					.params(action, second)
					.update();
			}
			if (assign == Assign.SECOND) {
				jdbc.sql("delete from follow_up_action_recommendation where follow_up_action_id = ? and recommendation_id = ?")
					.params(action, id)
					.update();
			}
		});
		assessments.forEach((assessment, assign) -> {
			if (assign == Assign.SECOND) {
				jdbc.sql("update assessment set recommendation_id = ?, updated_at = now() where id = ? and recommendation_id = ?")
					.params(second, assessment, id)
					.update();
			}
			else if (assign == Assign.BOTH) {
				jdbc.sql("""
						insert into assessment (recommendation_id, assessor_type, organisation, status, assessed_on, justification,
						    moderation_status, archived)
						select ?, assessor_type, organisation, status, assessed_on, justification, moderation_status, archived
						from assessment where id = ? and recommendation_id = ?""")
					.params(second, assessment, id)
					.update();
			}
		});
		jdbc.sql(ImplementationStatusSql.REFRESH_ONE).param(id).update();
		jdbc.sql(ImplementationStatusSql.REFRESH_ONE).param(second).update();
		return second;
	}

}
