package org.rightstrack.curation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.rightstrack.country.Country;
import org.rightstrack.followup.FollowUpAction;
import org.rightstrack.recommendation.Recommendation;
import org.rightstrack.recommendation.RecommendationRedirects;
import org.rightstrack.system.ImplementationStatusSql;
import org.rightstrack.vocabulary.AffectedGroup;
import org.rightstrack.vocabulary.SdgTarget;
import org.rightstrack.vocabulary.Theme;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The use cases on recommendations that touch several tables in one transaction: saving a
 * recommendation with its vocabulary links, publishing, archiving, merging duplicates and splitting
 * one in two. Recommendations are changed through JPA, so that each change is kept in history
 * (Envers) with the curator who made it; the version the curator saw is checked first.
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

	private final EntityManager entityManager;

	private final RecommendationRedirects redirects;

	RecommendationCuration(JdbcClient jdbc, EntityManager entityManager, RecommendationRedirects redirects) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.redirects = redirects;
	}

	/** The recommendation at the version the curator saw, or a {@link StaleException}; 404 when it does not exist. */
	private Recommendation load(long id, int version) {
		Recommendation recommendation = entityManager.find(Recommendation.class, id);
		if (recommendation == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (recommendation.getVersion() != version) {
			throw new StaleException();
		}
		return recommendation;
	}

	@Transactional
	void update(long id, RecommendationCurationController.RecommendationForm form) {
		Recommendation recommendation = load(id, form.getVersion());
		recommendation.setParagraph(Curation.blankToNull(form.getParagraph()));
		recommendation.setText(form.getText().strip());
		recommendation.setUprResponse(form.getUprResponse());
		recommendation.setUprActionCategory(form.getUprActionCategory());
		recommendation.setFollowUp(form.isFollowUp(), form.getFollowUpDeadline());
		recommendation.setPublished(form.isPublished());
		replace(recommendation.getThemes(), Theme.class, form.getThemeIds());
		replace(recommendation.getAffectedGroups(), AffectedGroup.class, form.getGroupIds());
		replace(recommendation.getSdgTargets(), SdgTarget.class, form.getSdgTargetIds());
		replace(recommendation.getRecommendingStates(), Country.class, form.getRecommendingStateIds());
		// the version is checked again when the row is written, in case someone saved in between
		recommendation.touch();
		Curation.flush(entityManager);
	}

	/** Makes the set hold exactly the records with these ids (references, not loaded). */
	private <T> void replace(Set<T> links, Class<T> type, List<Long> ids) {
		links.size(); // loaded first, so that the references below are the same instances
		Set<T> wanted = new HashSet<>();
		for (Long other : ids == null ? List.<Long>of() : ids) {
			wanted.add(entityManager.getReference(type, other));
		}
		links.retainAll(wanted);
		links.addAll(wanted);
	}

	/** Links a recommendation written with SQL (the document import) to exactly these records. */
	void replaceLinks(long id, String table, List<Long> ids) {
		String column = LINKS.get(table);
		if (column == null) {
			throw new IllegalArgumentException(table);
		}
		jdbc.sql("delete from " + table + " where recommendation_id = ?").param(id).update();
		for (Long other : ids == null ? List.<Long>of() : ids.stream().distinct().toList()) {
			jdbc.sql("insert into " + table + " (recommendation_id, " + column + ") values (?, ?)").params(id, other).update();
		}
	}

	@Transactional
	void setPublished(long id, int version, boolean published) {
		Recommendation recommendation = load(id, version);
		recommendation.setPublished(published);
		recommendation.touch();
		Curation.flush(entityManager);
	}

	@Transactional
	void setArchived(long id, int version, boolean archived) {
		Recommendation recommendation = load(id, version);
		recommendation.setArchived(archived);
		recommendation.touch();
		Curation.flush(entityManager);
	}

	/**
	 * Merges {@code duplicate} into {@code kept}: every follow-up action link and assessment moves to
	 * the kept recommendation, its themes, affected persons, SDG targets and recommending states are
	 * added to the kept one's (and stay on the archived duplicate, so it still reads as it was), the
	 * follow-up flag is kept if either had it (with the earlier deadline), the duplicate is archived
	 * and its URL redirects to the kept one. Both recommendations and the actions whose links move get
	 * a history entry; the duplicate's own history stays under its id.
	 */
	@Transactional
	void merge(long kept, int keptVersion, long duplicate, int duplicateVersion) {
		if (kept == duplicate) {
			throw new IllegalArgumentException("a recommendation cannot be merged into itself");
		}
		Recommendation k = load(kept, keptVersion);
		Recommendation d = load(duplicate, duplicateVersion);
		if (k.isArchived() || d.isArchived()) {
			throw new StaleException();
		}
		boolean followUp = k.isFollowUp() || d.isFollowUp();
		LocalDate deadline = earlier(k.getFollowUpDeadline(), d.getFollowUpDeadline());
		k.setFollowUp(followUp, deadline);
		k.getThemes().addAll(d.getThemes());
		k.getAffectedGroups().addAll(d.getAffectedGroups());
		k.getSdgTargets().addAll(d.getSdgTargets());
		k.getRecommendingStates().addAll(d.getRecommendingStates());
		k.touch();
		d.setArchived(true);
		d.touch();
		for (FollowUpAction action : actionsOf(duplicate)) {
			action.getRecommendations().remove(d);
			action.getRecommendations().add(k);
		}
		Curation.flush(entityManager);
		jdbc.sql("update assessment set recommendation_id = ?, updated_at = now() where recommendation_id = ?")
			.params(kept, duplicate)
			.update();
		redirects.record(duplicate, kept);
		jdbc.sql(ImplementationStatusSql.REFRESH_ONE).param(kept).update();
		jdbc.sql(ImplementationStatusSql.REFRESH_ONE).param(duplicate).update();
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isBefore(b) ? a : b;
	}

	private List<FollowUpAction> actionsOf(long recommendation) {
		return entityManager
			.createQuery("select a from FollowUpAction a join a.recommendations r where r.id = :id", FollowUpAction.class)
			.setParameter("id", recommendation)
			.getResultList();
	}

	/**
	 * Splits a recommendation that packs two asks: the original keeps {@code firstText}, a new
	 * recommendation in the same document gets {@code secondText} and a copy of the vocabulary
	 * links; each follow-up action link and assessment stays, moves or is copied as the curator chose.
	 * Both recommendations (and the actions whose links change) get a history entry.
	 *
	 * @return the new recommendation's id
	 */
	@Transactional
	long split(long id, int version, String firstText, String firstParagraph, String secondText, String secondParagraph,
			Map<Long, Assign> actions, Map<Long, Assign> assessments) {
		Recommendation first = load(id, version);
		if (first.isArchived()) {
			throw new StaleException();
		}
		first.setText(firstText.strip());
		first.setParagraph(Curation.blankToNull(firstParagraph));
		first.touch();
		Recommendation second = new Recommendation(first.getDocument(), secondText.strip());
		second.alignWithDocument();
		second.setParagraph(Curation.blankToNull(secondParagraph));
		second.setPublishedOn(first.getPublishedOn());
		second.setUprResponse(first.getUprResponse());
		second.setUprActionCategory(first.getUprActionCategory());
		second.setFollowUp(first.isFollowUp(), first.getFollowUpDeadline());
		second.setPublished(first.isPublished());
		second.getThemes().addAll(first.getThemes());
		second.getAffectedGroups().addAll(first.getAffectedGroups());
		second.getSdgTargets().addAll(first.getSdgTargets());
		second.getRecommendingStates().addAll(first.getRecommendingStates());
		entityManager.persist(second);
		for (FollowUpAction action : actionsOf(id)) {
			Assign assign = actions.getOrDefault(action.getId(), Assign.FIRST);
			if (assign != Assign.FIRST) {
				action.getRecommendations().add(second);
			}
			if (assign == Assign.SECOND) {
				action.getRecommendations().remove(first);
			}
		}
		Curation.flush(entityManager);
		long secondId = second.getId();
		assessments.forEach((assessment, assign) -> {
			if (assign == Assign.SECOND) {
				jdbc.sql("update assessment set recommendation_id = ?, updated_at = now() where id = ? and recommendation_id = ?")
					.params(secondId, assessment, id)
					.update();
			}
			else if (assign == Assign.BOTH) {
				jdbc.sql("""
						insert into assessment (recommendation_id, assessor_type, organisation, status, assessed_on, justification,
						    moderation_status, archived)
						select ?, assessor_type, organisation, status, assessed_on, justification, moderation_status, archived
						from assessment where id = ? and recommendation_id = ?""")
					.params(secondId, assessment, id)
					.update();
			}
		});
		jdbc.sql(ImplementationStatusSql.REFRESH_ONE).param(id).update();
		jdbc.sql(ImplementationStatusSql.REFRESH_ONE).param(secondId).update();
		return secondId;
	}

}
