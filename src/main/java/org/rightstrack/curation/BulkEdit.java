package org.rightstrack.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.rightstrack.recommendation.Recommendation;
import org.rightstrack.search.RecommendationSearch;
import org.rightstrack.search.SearchCriteria;
import org.rightstrack.vocabulary.AffectedGroup;
import org.rightstrack.vocabulary.SdgTarget;
import org.rightstrack.vocabulary.Theme;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk edits of a search selection: a preview that counts the recommendations that match and those
 * that would actually change, and the edit itself, in one transaction, through JPA in batches, so
 * that history (Envers) gets exactly one entry per changed recommendation, with the curator, and
 * none for a recommendation the change leaves as it was. Archived (merged-away) recommendations are
 * never edited.
 */
@Service
class BulkEdit {

	/** How many changed recommendations the preview shows. */
	static final int SAMPLE = 10;

	/** Recommendations loaded, changed and written per round trip. */
	private static final int BATCH = 200;

	/** A recommendation as the preview shows it. */
	record Sample(long id, String paragraph, String text, String document, String country, boolean published) {
	}

	/**
	 * What the change would do to the selection now.
	 *
	 * @param matching non-archived recommendations that match the filters
	 * @param changing those the change would actually alter
	 * @param selection a fingerprint of the matching recommendations' ids, so that a confirmation can
	 * tell that the selection is still the one previewed
	 */
	record Preview(long matching, long changing, String selection, List<Sample> sample) {
	}

	/** The selection is no longer what the curator previewed: nothing was written. */
	static class SelectionChangedException extends RuntimeException {

		private final transient Preview now;

		SelectionChangedException(Preview now) {
			super("selection changed", null, false, false);
			this.now = now;
		}

		Preview now() {
			return now;
		}

	}

	private final RecommendationSearch search;

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	BulkEdit(RecommendationSearch search, JdbcClient jdbc, EntityManager entityManager) {
		this.search = search;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	Preview preview(SearchCriteria criteria, BulkChange change) {
		return preview(criteria, change, true);
	}

	private Preview preview(SearchCriteria criteria, BulkChange change, boolean withSample) {
		Selection selection = selection(criteria, change);
		Map<String, Object> counts = jdbc.sql("""
				select count(*) as matching, count(*) filter (where %s) as changing,
				       md5(coalesce(string_agg(cast(r.id as text), ',' order by r.id), '')) as selection
				from recommendation r where not r.archived and r.id in (%s)""".formatted(selection.changes, selection.matching))
			.params(selection.params)
			.query()
			.singleRow();
		List<Sample> sample = !withSample ? List.of() : jdbc.sql("""
				select r.id, r.paragraph, case when length(r.text) > 240 then left(r.text, 240) || '…' else r.text end as text, coalesce(d.symbol, d.title) as document, c.name as country, r.published
				from recommendation r join document d on d.id = r.document_id join country c on c.id = r.country_id
				where not r.archived and r.id in (%s) and %s order by r.id limit %d""".formatted(selection.matching, selection.changes, SAMPLE))
			.params(selection.params)
			.query(Sample.class)
			.list();
		return new Preview(((Number) counts.get("matching")).longValue(), ((Number) counts.get("changing")).longValue(),
				(String) counts.get("selection"), sample);
	}

	/**
	 * Applies the change to every recommendation of the selection it alters, if the selection is still
	 * the one previewed (same fingerprint, same counts); otherwise writes nothing.
	 *
	 * @return how many recommendations changed
	 * @throws SelectionChangedException when the selection is not the one previewed
	 */
	@Transactional
	int apply(SearchCriteria criteria, BulkChange change, long expectedMatching, long expectedChanging, String expectedSelection) {
		Preview now = preview(criteria, change, false);
		if (now.matching() != expectedMatching || now.changing() != expectedChanging || !now.selection().equals(expectedSelection)) {
			throw new SelectionChangedException(preview(criteria, change, true));
		}
		Selection selection = selection(criteria, change);
		List<Long> ids = jdbc.sql("select r.id from recommendation r where not r.archived and r.id in (%s) and %s order by r.id"
			.formatted(selection.matching, selection.changes)).params(selection.params).query(Long.class).list();
		int changed = 0;
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> batch = ids.subList(from, Math.min(from + BATCH, ids.size()));
			List<Recommendation> recommendations = entityManager
				.createQuery("select r from Recommendation r where r.id in :ids", Recommendation.class)
				.setParameter("ids", batch)
				.getResultList();
			for (Recommendation recommendation : recommendations) {
				if (apply(change, recommendation)) {
					changed++;
				}
			}
			// each batch is written and forgotten; Envers keeps what it needs to write the history at commit
			Curation.flush(entityManager);
		}
		return changed;
	}

	/** @return whether the recommendation changed */
	private boolean apply(BulkChange change, Recommendation recommendation) {
		boolean changed = false;
		changed |= add(recommendation.getThemes(), Theme.class, change.getAddTheme());
		changed |= remove(recommendation.getThemes(), change.getRemoveTheme(), Theme::getId);
		changed |= add(recommendation.getAffectedGroups(), AffectedGroup.class, change.getAddAffected());
		changed |= remove(recommendation.getAffectedGroups(), change.getRemoveAffected(), AffectedGroup::getId);
		changed |= add(recommendation.getSdgTargets(), SdgTarget.class, change.getAddSdgTarget());
		changed |= remove(recommendation.getSdgTargets(), change.getRemoveSdgTarget(), SdgTarget::getId);
		if (change.getPublication() != null) {
			boolean published = change.getPublication() == BulkChange.Publication.PUBLISH;
			if (recommendation.isPublished() != published) {
				recommendation.setPublished(published);
				changed = true;
			}
		}
		if (change.getDeadline() != null && (!recommendation.isFollowUp() || !change.getDeadline().equals(recommendation.getFollowUpDeadline()))) {
			recommendation.setFollowUp(true, change.getDeadline());
			changed = true;
		}
		return changed;
	}

	private <T> boolean add(Set<T> links, Class<T> type, Long id) {
		if (id == null) {
			return false;
		}
		links.size(); // loaded first, so that the reference below is the instance already in the set, if it is
		return links.add(entityManager.getReference(type, id));
	}

	private static <T> boolean remove(Set<T> links, Long id, java.util.function.Function<T, Long> idOf) {
		return id != null && links.removeIf(link -> id.equals(idOf.apply(link)));
	}

	/** The SQL of the selection and of "the change would alter this recommendation", with their parameters. */
	private Selection selection(SearchCriteria criteria, BulkChange change) {
		RecommendationSearch.MatchingSql matching = search.matching(criteria.withUnpublished(true));
		Map<String, Object> params = new HashMap<>(matching.params());
		List<String> changes = new ArrayList<>();
		link(changes, params, "recommendation_theme", "theme_id", change.getAddTheme(), true);
		link(changes, params, "recommendation_theme", "theme_id", change.getRemoveTheme(), false);
		link(changes, params, "recommendation_affected_group", "affected_group_id", change.getAddAffected(), true);
		link(changes, params, "recommendation_affected_group", "affected_group_id", change.getRemoveAffected(), false);
		link(changes, params, "recommendation_sdg_target", "sdg_target_id", change.getAddSdgTarget(), true);
		link(changes, params, "recommendation_sdg_target", "sdg_target_id", change.getRemoveSdgTarget(), false);
		if (change.getPublication() != null) {
			changes.add(change.getPublication() == BulkChange.Publication.PUBLISH ? "not r.published" : "r.published");
		}
		if (change.getDeadline() != null) {
			params.put("bulk_deadline", change.getDeadline());
			changes.add("(not r.follow_up or r.follow_up_deadline is distinct from :bulk_deadline)");
		}
		String alters = changes.isEmpty() ? "false" : "(" + String.join(" or ", changes) + ")";
		return new Selection(matching.sql(), alters, params);
	}

	private static void link(List<String> changes, Map<String, Object> params, String table, String column, Long id, boolean add) {
		if (id != null) {
			String param = "bulk_" + (add ? "add_" : "remove_") + column;
			params.put(param, id);
			changes.add((add ? "not " : "") + "exists (select 1 from " + table + " x where x.recommendation_id = r.id and x." + column
					+ " = :" + param + ")");
		}
	}

	private record Selection(String matching, String changes, Map<String, Object> params) {
	}

}
