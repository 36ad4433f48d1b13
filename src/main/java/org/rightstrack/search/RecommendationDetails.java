package org.rightstrack.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Everything the recommendation page and {@code /api/v1/recommendations/{id}} show about one
 * recommendation, read with a handful of plain SQL statements (no lazy loading, no N+1).
 */
@Component
class RecommendationDetails {

	/** Below this trigram similarity, another recommendation is not "the same ask". */
	static final double RELATED_SIMILARITY = 0.35;

	static final int RELATED_LIMIT = 10;

	private final JdbcClient jdbc;

	RecommendationDetails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Detail(long id, String paragraph, String text, LocalDate publishedOn, Code country, Code mechanism,
			String mechanismKind, Document document, String uprResponse, Integer actionCategory, boolean followUp,
			LocalDate followUpDeadline, String implementationStatus, String civilSocietyStatus, Instant updatedAt,
			List<Code> recommendingStates, List<Code> themes, List<Code> affectedGroups, List<Code> sdgTargets,
			List<Action> followUpActions, Map<String, Assessment> latestAssessments, boolean disagreement,
			List<Assessment> assessments, List<Related> related) {
	}

	record Code(String code, String name) {
	}

	record Document(long id, String symbol, String title, String type, Integer session, String sessionLabel,
			Integer uprCycle, LocalDate publishedOn, String url) {
	}

	record Action(long id, String title, String description, String responsibleInstitution, String status,
			LocalDate startDate, LocalDate endDate, List<Evidence> evidence) {
	}

	record Evidence(String kind, String title, String url, String fileName) {
	}

	record Assessment(long id, String assessorType, String organisation, String status, LocalDate assessedOn,
			String justification) {
	}

	record Related(long id, String text, String mechanism, String documentSymbol, LocalDate publishedOn,
			Integer uprCycle, double similarity) {
	}

	private record Head(long id, String paragraph, String text, LocalDate publishedOn, long countryId, String countryCode,
			String countryName, String mechanismCode, String mechanismName, String mechanismKind, long documentId,
			String symbol, String title, String type, Integer session, String sessionLabel, Integer uprCycle,
			LocalDate documentPublishedOn, String url, String uprResponse, Integer uprActionCategory, boolean followUp,
			LocalDate followUpDeadline, String implementationStatus, String civilSocietyStatus, Instant updatedAt,
			boolean visible) {
	}

	/** The recommendation, if it exists and (unless {@code includeUnpublished}) is published and not archived. */
	Optional<Detail> find(long id, boolean includeUnpublished) {
		Optional<Head> found = jdbc.sql("""
				SELECT r.id, r.paragraph, r.text, r.published_on, c.id AS country_id, c.alpha3 AS country_code,
				       c.name AS country_name, m.code AS mechanism_code, m.name AS mechanism_name, m.kind AS mechanism_kind,
				       d.id AS document_id, d.symbol, d.title, d.type, d.session, d.session_label, d.upr_cycle,
				       d.published_on AS document_published_on, d.url, r.upr_response, r.upr_action_category, r.follow_up,
				       r.follow_up_deadline, r.implementation_status, r.civil_society_status, r.updated_at,
				       r.published AND NOT r.archived AND d.published AND NOT d.archived AS visible
				FROM recommendation r
				JOIN country c ON c.id = r.country_id
				JOIN mechanism m ON m.id = r.mechanism_id
				JOIN document d ON d.id = r.document_id
				WHERE r.id = ?
				""").param(id).query(Head.class).optional();
		if (found.isEmpty() || (!found.get().visible() && !includeUnpublished)) {
			return Optional.empty();
		}
		Head h = found.get();
		List<Code> states = codes("""
				SELECT c.alpha3 AS code, c.name FROM recommendation_recommending_state x JOIN country c ON c.id = x.country_id
				WHERE x.recommendation_id = ? ORDER BY c.name
				""", id);
		List<Code> themes = codes("""
				SELECT t.code, t.name FROM recommendation_theme x JOIN theme t ON t.id = x.theme_id
				WHERE x.recommendation_id = ? ORDER BY t.name
				""", id);
		List<Code> affected = codes("""
				SELECT g.code, g.name FROM recommendation_affected_group x JOIN affected_group g ON g.id = x.affected_group_id
				WHERE x.recommendation_id = ? ORDER BY g.name
				""", id);
		List<Code> targets = codes("""
				SELECT t.code, t.title AS name FROM recommendation_sdg_target x JOIN sdg_target t ON t.id = x.sdg_target_id
				WHERE x.recommendation_id = ? ORDER BY t.goal_number, t.code
				""", id);
		List<Action> actions = actions(id);
		List<Assessment> assessments = jdbc.sql("""
				SELECT id, assessor_type, organisation, status, assessed_on, justification FROM assessment
				WHERE recommendation_id = ? AND moderation_status = 'APPROVED' AND NOT archived
				ORDER BY assessed_on DESC, id DESC
				""").param(id).query(Assessment.class).list();
		Map<String, Assessment> latest = new LinkedHashMap<>();
		for (String type : List.of("GOVERNMENT", "NHRI", "CSO", "OHCHR")) {
			assessments.stream().filter(a -> a.assessorType().equals(type)).findFirst().ifPresent(a -> latest.put(type, a));
		}
		Assessment government = latest.get("GOVERNMENT");
		Assessment civilSociety = assessments.stream()
			.filter(a -> a.assessorType().equals("NHRI") || a.assessorType().equals("CSO"))
			.findFirst()
			.orElse(null);
		boolean disagreement = government != null && civilSociety != null && !government.status().equals(civilSociety.status());
		return Optional.of(new Detail(h.id(), h.paragraph(), h.text(), h.publishedOn(), new Code(h.countryCode(), h.countryName()),
				new Code(h.mechanismCode(), h.mechanismName()), h.mechanismKind(),
				new Document(h.documentId(), h.symbol(), h.title(), h.type(), h.session(), h.sessionLabel(), h.uprCycle(),
						h.documentPublishedOn(), h.url()),
				h.uprResponse(), h.uprActionCategory(), h.followUp(), h.followUpDeadline(), h.implementationStatus(),
				h.civilSocietyStatus(), h.updatedAt(), states, themes, affected, targets, actions, latest, disagreement,
				assessments, related(h)));
	}

	private List<Code> codes(String sql, long id) {
		return jdbc.sql(sql).param(id).query(Code.class).list();
	}

	private List<Action> actions(long id) {
		record Row(long id, String title, String description, String responsibleInstitution, String status,
				LocalDate startDate, LocalDate endDate) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT a.id, a.title, a.description, a.responsible_institution, a.status, a.start_date, a.end_date
				FROM follow_up_action a JOIN follow_up_action_recommendation x ON x.follow_up_action_id = a.id
				WHERE x.recommendation_id = ? AND a.published AND NOT a.archived
				ORDER BY a.start_date DESC NULLS LAST, a.id DESC
				""").param(id).query(Row.class).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Evidence>> evidence = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT follow_up_action_id, kind, title, url, file_name FROM evidence
				WHERE follow_up_action_id IN (:ids) AND NOT archived ORDER BY created_at, id
				""").param("ids", rows.stream().map(Row::id).toList()).query(rs -> {
			evidence.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Evidence(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
		});
		return rows.stream()
			.map(r -> new Action(r.id(), r.title(), r.description(), r.responsibleInstitution(), r.status(), r.startDate(),
					r.endDate(), evidence.getOrDefault(r.id(), List.of())))
			.toList();
	}

	/**
	 * The same or a very similar ask made to the same country in another document (another mechanism
	 * or another cycle), by trigram similarity of the texts (index recommendation_text_trgm).
	 */
	private List<Related> related(Head h) {
		return jdbc.sql("""
				SELECT o.id, o.text, m.name AS mechanism, d.symbol AS document_symbol, o.published_on, o.upr_cycle,
				       similarity(o.text, :text) AS similarity
				FROM recommendation o
				JOIN mechanism m ON m.id = o.mechanism_id
				JOIN document d ON d.id = o.document_id
				WHERE o.country_id = :country AND o.document_id <> :document AND o.id <> :id
				  AND o.published AND NOT o.archived AND o.document_public
				  AND o.text % :text AND similarity(o.text, :text) >= :threshold
				ORDER BY similarity DESC, o.published_on DESC NULLS LAST, o.id DESC
				LIMIT :limit
				""")
			.param("text", h.text())
			.param("country", h.countryId())
			.param("document", h.documentId())
			.param("id", h.id())
			.param("threshold", RELATED_SIMILARITY)
			.param("limit", RELATED_LIMIT)
			.query(Related.class)
			.list();
	}

}
