package org.rightstrack.followup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the follow-up pages read, in plain SQL: public views, the work lists and the moderation queue. */
@Component
class FollowUpQueries {

	/** A recommendation is public when it and its document are published and not archived. */
	static final String PUBLIC_RECOMMENDATION = "r.published and not r.archived and d.published and not d.archived";

	record RecommendationItem(long id, String symbol, String paragraph, String text, String mechanism, LocalDate publishedOn) {
	}

	record Country(String alpha3, String name) {
	}

	record RecommendationHeader(long id, String symbol, String paragraph, String text, String mechanism, String country,
			String countryName, String implementationStatus, String civilSocietyStatus) {
	}

	record ActionItem(long id, String title, String status, LocalDate startDate, LocalDate endDate, String responsibleInstitution,
			boolean published) {
	}

	record AssessmentItem(long id, String assessorType, String organisation, String status, LocalDate assessedOn,
			String justification, String moderationStatus, Long createdBy) {
	}

	record EvidenceItem(long id, Long actionId, Long assessmentId, String kind, String title, String url, String fileName,
			String contentType, Long sizeBytes) {
	}

	record PendingItem(long id, int version, long recommendationId, String symbol, String paragraph, String text, String country,
			String assessorType, String organisation, String status, LocalDate assessedOn, String justification) {
	}

	private final JdbcClient jdbc;

	FollowUpQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Country> countries(Collection<String> alpha3) {
		if (alpha3.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select alpha3, name from country where alpha3 in (:codes) order by name")
			.param("codes", alpha3)
			.query(Country.class)
			.list();
	}

	List<Country> allCountries() {
		return jdbc.sql("select alpha3, name from country order by name").query(Country.class).list();
	}

	/** The country's public recommendations matching the words, for choosing what an action addresses. */
	List<RecommendationItem> searchRecommendations(String country, String q, Collection<Long> exclude) {
		String query = q == null ? "" : q.strip();
		return jdbc.sql("""
				select r.id, coalesce(d.symbol, d.title) as symbol, r.paragraph, left(r.text, 400) as text, m.code as mechanism,
				       r.published_on
				from recommendation r join document d on d.id = r.document_id join mechanism m on m.id = r.mechanism_id
				join country c on c.id = r.country_id
				where c.alpha3 = :country and %s and r.id not in (:exclude)
				  and (:q = '' or r.search_vector @@ websearch_to_tsquery('english', :q) or r.text ilike '%%' || :q || '%%'
				       or d.symbol ilike :q || '%%' or cast(r.id as text) = :q)
				order by r.published_on desc nulls last, d.symbol, r.id limit 25""".formatted(PUBLIC_RECOMMENDATION))
			.param("country", country)
			.param("q", query)
			.param("exclude", java.util.stream.Stream.concat(exclude.stream(), java.util.stream.Stream.of(-1L)).toList())
			.query(RecommendationItem.class)
			.list();
	}

	/** The recommendations with these ids, in the order of their documents. */
	List<RecommendationItem> recommendations(Collection<Long> ids, boolean publicOnly) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select r.id, coalesce(d.symbol, d.title) as symbol, r.paragraph, left(r.text, 400) as text, m.code as mechanism,
				       r.published_on
				from recommendation r join document d on d.id = r.document_id join mechanism m on m.id = r.mechanism_id
				where r.id in (:ids) and (not :publicOnly or (%s))
				order by r.published_on desc nulls last, d.symbol, r.id""".formatted(PUBLIC_RECOMMENDATION))
			.param("ids", ids)
			.param("publicOnly", publicOnly)
			.query(RecommendationItem.class)
			.list();
	}

	/** Those of the ids that are public recommendations of the country. */
	List<Long> publicRecommendationsOf(String country, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select r.id from recommendation r join document d on d.id = r.document_id join country c on c.id = r.country_id
				where r.id in (:ids) and c.alpha3 = :country and %s order by r.id""".formatted(PUBLIC_RECOMMENDATION))
			.param("ids", ids)
			.param("country", country)
			.query(Long.class)
			.list();
	}

	/** A public recommendation with its summary statuses, or none. */
	java.util.Optional<RecommendationHeader> publicRecommendation(long id) {
		return jdbc.sql("""
				select r.id, coalesce(d.symbol, d.title) as symbol, r.paragraph, r.text, m.name as mechanism, c.alpha3 as country,
				       c.name as country_name, r.implementation_status, r.civil_society_status
				from recommendation r join document d on d.id = r.document_id join mechanism m on m.id = r.mechanism_id
				join country c on c.id = r.country_id
				where r.id = ? and %s""".formatted(PUBLIC_RECOMMENDATION))
			.param(id)
			.query(RecommendationHeader.class)
			.optional();
	}

	/** Published, non-archived actions addressing the recommendation. */
	List<ActionItem> publicActions(long recommendationId) {
		return jdbc.sql("""
				select a.id, a.title, a.status, a.start_date, a.end_date, a.responsible_institution, a.published
				from follow_up_action a join follow_up_action_recommendation f on f.follow_up_action_id = a.id
				where f.recommendation_id = ? and a.published and not a.archived
				order by a.start_date desc nulls last, a.id desc""")
			.param(recommendationId)
			.query(ActionItem.class)
			.list();
	}

	/**
	 * The assessments of a recommendation that this reader may see, newest first: approved ones for
	 * everyone, pending and rejected ones for their author, pending ones for curators.
	 */
	List<AssessmentItem> assessments(long recommendationId, Long readerId, boolean curator) {
		return jdbc.sql("""
				select id, assessor_type, organisation, status, assessed_on, justification, moderation_status, created_by
				from assessment
				where recommendation_id = :id and not archived
				  and (moderation_status = 'APPROVED' or created_by = :reader or (:curator and moderation_status = 'PENDING'))
				order by assessed_on desc, id desc""")
			.param("id", recommendationId)
			.param("reader", readerId == null ? -1L : readerId)
			.param("curator", curator)
			.query(AssessmentItem.class)
			.list();
	}

	/** Non-archived evidence of these assessments, by assessment. */
	Map<Long, List<EvidenceItem>> assessmentEvidence(Collection<Long> assessmentIds) {
		if (assessmentIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select id, follow_up_action_id as action_id, assessment_id, kind, title, url, file_name, content_type, size_bytes
				from evidence where assessment_id in (:ids) and not archived order by id""")
			.param("ids", assessmentIds)
			.query(EvidenceItem.class)
			.list()
			.stream()
			.collect(Collectors.groupingBy(EvidenceItem::assessmentId));
	}

	List<EvidenceItem> actionEvidence(long actionId) {
		return jdbc.sql("""
				select id, follow_up_action_id as action_id, assessment_id, kind, title, url, file_name, content_type, size_bytes
				from evidence where follow_up_action_id = ? and not archived order by id""")
			.param(actionId)
			.query(EvidenceItem.class)
			.list();
	}

	List<EvidenceItem> assessmentEvidence(long assessmentId) {
		return assessmentEvidence(List.of(assessmentId)).getOrDefault(assessmentId, List.of());
	}

	/** Public recommendations of the country that no (non-archived) action addresses yet. */
	List<RecommendationItem> withoutAction(String country, int limit) {
		return jdbc.sql("""
				select r.id, coalesce(d.symbol, d.title) as symbol, r.paragraph, left(r.text, 300) as text, m.code as mechanism,
				       r.published_on
				from recommendation r join document d on d.id = r.document_id join mechanism m on m.id = r.mechanism_id
				join country c on c.id = r.country_id
				where c.alpha3 = :country and %s
				  and not exists (select 1 from follow_up_action_recommendation f join follow_up_action a on a.id = f.follow_up_action_id
				                  where f.recommendation_id = r.id and not a.archived)
				order by r.published_on desc nulls last, d.symbol, r.id limit :limit""".formatted(PUBLIC_RECOMMENDATION))
			.param("country", country)
			.param("limit", limit)
			.query(RecommendationItem.class)
			.list();
	}

	long countWithoutAction(String country) {
		return jdbc.sql("""
				select count(*) from recommendation r join document d on d.id = r.document_id join country c on c.id = r.country_id
				where c.alpha3 = :country and %s
				  and not exists (select 1 from follow_up_action_recommendation f join follow_up_action a on a.id = f.follow_up_action_id
				                  where f.recommendation_id = r.id and not a.archived)""".formatted(PUBLIC_RECOMMENDATION))
			.param("country", country)
			.query(Long.class)
			.single();
	}

	/** Open actions (neither completed nor cancelled) whose end date is before the given day. */
	List<ActionItem> openActionsEndingBefore(String country, LocalDate from, LocalDate before) {
		return jdbc.sql("""
				select a.id, a.title, a.status, a.start_date, a.end_date, a.responsible_institution, a.published
				from follow_up_action a join country c on c.id = a.country_id
				where c.alpha3 = :country and not a.archived and a.status in ('PLANNED', 'IN_PROGRESS')
				  and a.end_date >= :from and a.end_date < :before
				order by a.end_date, a.id""")
			.param("country", country)
			.param("from", from)
			.param("before", before)
			.query(ActionItem.class)
			.list();
	}

	/** Every non-archived action of the country; drafts are the unpublished ones. */
	List<ActionItem> actions(String country) {
		return jdbc.sql("""
				select a.id, a.title, a.status, a.start_date, a.end_date, a.responsible_institution, a.published
				from follow_up_action a join country c on c.id = a.country_id
				where c.alpha3 = :country and not a.archived
				order by a.updated_at desc, a.id desc""")
			.param("country", country)
			.query(ActionItem.class)
			.list();
	}

	List<PendingItem> pending() {
		return jdbc.sql("""
				select a.id, a.version, r.id as recommendation_id, coalesce(d.symbol, d.title) as symbol, r.paragraph,
				       left(r.text, 400) as text, c.name as country, a.assessor_type, a.organisation, a.status, a.assessed_on,
				       a.justification
				from assessment a join recommendation r on r.id = a.recommendation_id join document d on d.id = r.document_id
				join country c on c.id = r.country_id
				where a.moderation_status = 'PENDING' and not a.archived
				order by a.created_at, a.id limit 200""")
			.query(PendingItem.class)
			.list();
	}

}
