package org.rightstrack.country;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.rightstrack.system.DataGenerations;
import org.rightstrack.system.GenerationCache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reading side of a country: its header, ratifications, reporting, visits and the counts of
 * its published recommendations. Plain SQL across treaties, mechanisms and recommendations, so
 * that this module depends on none of them; every query is one index scan or a small join
 * (see V50 and docs/performance.md).
 */
@Component
class CountryProfiles {

	/** Instruments shown on a profile: the human-rights treaties, not the other UN conventions. */
	static final String PROFILE_TREATY_KINDS = "('CORE', 'OPTIONAL_PROTOCOL', 'REGIONAL')";

	private final JdbcClient jdbc;

	private final DataGenerations generations;

	/**
	 * The counts that grow with the data (the list's counts per country, a profile's counts by
	 * mechanism, status and theme), kept while no recommendation and no reference table changes.
	 */
	private final GenerationCache<Object, Object> counts;

	private record ListKey() {
	}

	private record ProfileKey(long countryId, int topThemes) {
	}

	CountryProfiles(JdbcClient jdbc, DataGenerations generations,
			@Value("${rightstrack.search.facet-cache-seconds:3600}") int cacheSeconds) {
		this.jdbc = jdbc;
		this.generations = generations;
		this.counts = new GenerationCache<>(cacheSeconds * 1000L, 300, generations);
	}

	/** Every country with its number of published recommendations. */
	@SuppressWarnings("unchecked")
	List<CountryRow> list() {
		return (List<CountryRow>) counts.get(new ListKey(), generations.read(), this::listUncached);
	}

	/**
	 * Everything a profile shows, kept while nothing it comes from changes (recommendations,
	 * reference data, ratifications, reports, visits, follow-up actions, documents).
	 */
	@SuppressWarnings("unchecked")
	Optional<Profile> profile(String iso3, int topThemes, int latestActions) {
		DataGenerations.WithBrowse read = generations.readWithBrowse();
		String code = iso3.toUpperCase(Locale.ROOT);
		return (Optional<Profile>) counts.get(new WholeProfileKey(code, topThemes, latestActions, read.browse()),
				read.generations(), () -> find(code).map(header -> {
					long id = header.id();
					List<ActionRow> actions = latestActions(id, latestActions);
					return new Profile(header, groups(id), ratifications(id), stateReports(id), visits(id),
							recommendationCounts(id, topThemes), actions,
							actions.size() < latestActions ? actions.size() : publishedActions(id));
				}));
	}

	private record WholeProfileKey(String iso3, int topThemes, int latestActions, long browseGeneration) {
	}

	record Profile(CountryHeader header, List<GroupRow> groups, List<RatificationRow> ratifications,
			List<StateReportRow> stateReports, List<VisitRow> visits, RecommendationCounts counts, List<ActionRow> actions,
			long actionCount) {
	}

	/** A country's published recommendations counted by mechanism, by status and by theme (the most frequent). */
	RecommendationCounts recommendationCounts(long countryId, int topThemes) {
		return (RecommendationCounts) counts.get(new ProfileKey(countryId, topThemes), generations.read(),
				() -> new RecommendationCounts(byMechanism(countryId), byStatus(countryId), topThemes(countryId, topThemes)));
	}

	record RecommendationCounts(List<MechanismCount> byMechanism, List<StatusCount> byStatus, List<ThemeCount> topThemes) {

		long total() {
			return byStatus.stream().mapToLong(StatusCount::recommendations).sum();
		}

	}

	private List<CountryRow> listUncached() {
		return jdbc.sql("""
				SELECT c.alpha3, c.alpha2, c.numeric_code, c.name, c.un_status, c.regional_group,
				       coalesce((SELECT string_agg(g.code, ',' ORDER BY g.code) FROM country_group_member m
				                 JOIN country_group g ON g.id = m.country_group_id WHERE m.country_id = c.id), '') AS groups,
				       coalesce(n.recommendations, 0) AS recommendations
				FROM country c
				LEFT JOIN (SELECT country_id, count(*) AS recommendations FROM recommendation
				           WHERE published AND NOT archived AND document_public GROUP BY country_id) n ON n.country_id = c.id
				WHERE c.un_status <> 'OTHER'
				ORDER BY c.name
				""").query(CountryRow.class).list();
	}

	Optional<CountryHeader> find(String iso3) {
		return jdbc.sql("""
				SELECT id, alpha2, alpha3, numeric_code, name, un_status, regional_group FROM country WHERE alpha3 = ?
				""").param(iso3.toUpperCase(Locale.ROOT)).query((rs, row) -> new CountryHeader(rs.getLong(1), rs.getString(2),
						rs.getString(3), rs.getString(4), rs.getString(5), UnStatus.valueOf(rs.getString(6)),
						rs.getString(7) == null ? null : RegionalGroup.valueOf(rs.getString(7)))).optional();
	}

	List<GroupRow> groups(long countryId) {
		return jdbc.sql("""
				SELECT g.code, g.name FROM country_group g JOIN country_group_member m ON m.country_group_id = g.id
				WHERE m.country_id = ? ORDER BY g.name
				""").param(countryId).query((rs, row) -> new GroupRow(rs.getString(1), rs.getString(2))).list();
	}

	/** Every current human-rights instrument, with this country's status for it (no row: no action). */
	List<RatificationRow> ratifications(long countryId) {
		return jdbc.sql("""
				SELECT t.code, t.short_name, t.title, t.kind, r.signed_on, r.consent_on, r.consent_type,
				       coalesce(r.accepts_individual_complaints, false) AS accepts_individual_complaints,
				       r.reservations, r.declarations
				FROM treaty t
				LEFT JOIN ratification r ON r.treaty_id = t.id AND r.country_id = ?
				WHERE NOT t.archived AND t.kind IN %s
				ORDER BY t.display_order, t.code
				""".formatted(PROFILE_TREATY_KINDS)).param(countryId).query((rs, row) -> new RatificationRow(rs.getString(1),
						rs.getString(2), rs.getString(3), rs.getString(4), date(rs, 5), date(rs, 6), rs.getString(7),
						rs.getBoolean(8), rs.getString(9), rs.getString(10)))
			.list();
	}

	List<StateReportRow> stateReports(long countryId) {
		return jdbc.sql("""
				SELECT t.code, t.short_name, s.cycle, s.due_on, s.submitted_on, s.symbol
				FROM state_report s JOIN treaty t ON t.id = s.treaty_id
				WHERE s.country_id = ? AND NOT s.archived AND NOT t.archived
				ORDER BY t.display_order, t.code, s.cycle DESC
				""").param(countryId).query((rs, row) -> new StateReportRow(rs.getString(1), rs.getString(2), rs.getInt(3),
						date(rs, 4), date(rs, 5), rs.getString(6))).list();
	}

	List<VisitRow> visits(long countryId) {
		return jdbc.sql("""
				SELECT m.code, m.name, v.status, v.requested_on, v.start_date, v.end_date,
				       d.id AS report_id, d.symbol AS report_symbol
				FROM country_visit v JOIN mechanism m ON m.id = v.mechanism_id
				LEFT JOIN document d ON d.id = v.report_document_id AND d.published AND NOT d.archived
				WHERE v.country_id = ? AND NOT v.archived
				ORDER BY coalesce(v.start_date, v.requested_on) DESC NULLS LAST, m.name
				""").param(countryId).query(VisitRow.class).list();
	}

	List<MechanismCount> byMechanism(long countryId) {
		return jdbc.sql("""
				SELECT m.code, m.name, m.kind, n.recommendations
				FROM (SELECT mechanism_id, count(*) AS recommendations FROM recommendation
				      WHERE country_id = ? AND published AND NOT archived AND document_public GROUP BY mechanism_id) n
				JOIN mechanism m ON m.id = n.mechanism_id
				ORDER BY n.recommendations DESC, m.name
				""").param(countryId).query(MechanismCount.class).list();
	}

	/** Counts by implementation status; the status is null for recommendations nobody assessed yet. */
	List<StatusCount> byStatus(long countryId) {
		return jdbc.sql("""
				SELECT implementation_status AS status, count(*) AS recommendations FROM recommendation
				WHERE country_id = ? AND published AND NOT archived AND document_public GROUP BY implementation_status
				""").param(countryId).query(StatusCount.class).list();
	}

	/**
	 * The country's recommendation ids go in as an array, so that the link table is probed by its
	 * primary key; as a join, the planner hashes the whole link table once a country has tens of
	 * thousands of recommendations (0.5–1 s at a million, against tens of milliseconds).
	 */
	List<ThemeCount> topThemes(long countryId, int limit) {
		return jdbc.sql("""
				SELECT t.code, t.name, n.recommendations
				FROM (SELECT rt.theme_id, count(*) AS recommendations
				      FROM recommendation_theme rt
				      WHERE rt.recommendation_id = ANY (ARRAY(SELECT id FROM recommendation
				                                              WHERE country_id = ? AND published AND NOT archived AND document_public))
				      GROUP BY rt.theme_id) n
				JOIN theme t ON t.id = n.theme_id
				WHERE NOT t.archived
				ORDER BY n.recommendations DESC, t.name
				LIMIT ?
				""").params(countryId, limit).query(ThemeCount.class).list();
	}

	List<ActionRow> latestActions(long countryId, int limit) {
		return jdbc.sql("""
				SELECT a.id, a.title, a.responsible_institution, a.status, a.start_date, a.end_date, a.updated_at,
				       (SELECT count(*) FROM follow_up_action_recommendation ar JOIN recommendation r ON r.id = ar.recommendation_id
				        WHERE ar.follow_up_action_id = a.id AND r.published AND NOT r.archived AND r.document_public) AS recommendations
				FROM follow_up_action a
				WHERE a.country_id = ? AND a.published AND NOT a.archived
				ORDER BY a.updated_at DESC, a.id DESC
				LIMIT ?
				""").params(countryId, limit).query(ActionRow.class).list();
	}

	private static LocalDate date(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	long publishedActions(long countryId) {
		return jdbc.sql("SELECT count(*) FROM follow_up_action WHERE country_id = ? AND published AND NOT archived")
			.param(countryId).query(Long.class).single();
	}

	record CountryRow(String alpha3, String alpha2, String numericCode, String name, UnStatus unStatus,
			RegionalGroup regionalGroup, String groups, long recommendations) {

		List<String> groupCodes() {
			return groups.isEmpty() ? List.of() : List.of(groups.split(","));
		}

	}

	record CountryHeader(long id, String alpha2, String alpha3, String numericCode, String name, UnStatus unStatus,
			RegionalGroup regionalGroup) {
	}

	record GroupRow(String code, String name) {
	}

	record RatificationRow(String code, String shortName, String title, String kind, LocalDate signedOn,
			LocalDate consentOn, String consentType, boolean acceptsIndividualComplaints, String reservations,
			String declarations) {

		/** PARTY once consent to be bound is given; SIGNATORY when only signed; NO_ACTION otherwise. */
		public String status() {
			if (consentOn != null) {
				return "PARTY";
			}
			return signedOn != null ? "SIGNATORY" : "NO_ACTION";
		}

	}

	record StateReportRow(String code, String shortName, int cycle, LocalDate dueOn, LocalDate submittedOn,
			String symbol) {

		/** SUBMITTED, OVERDUE (due date passed, nothing submitted) or PENDING (not yet due, or no date). */
		public String status() {
			if (submittedOn != null) {
				return "SUBMITTED";
			}
			return dueOn != null && dueOn.isBefore(LocalDate.now()) ? "OVERDUE" : "PENDING";
		}

		public boolean overdue() {
			return "OVERDUE".equals(status());
		}

	}

	record VisitRow(String code, String name, String status, LocalDate requestedOn, LocalDate startDate,
			LocalDate endDate, Long reportId, String reportSymbol) {
	}

	record MechanismCount(String code, String name, String kind, long recommendations) {
	}

	record StatusCount(String status, long recommendations) {
	}

	record ThemeCount(String code, String name, long recommendations) {
	}

	record ActionRow(long id, String title, String responsibleInstitution, String status, LocalDate startDate,
			LocalDate endDate, Instant updatedAt, long recommendations) {
	}

}
