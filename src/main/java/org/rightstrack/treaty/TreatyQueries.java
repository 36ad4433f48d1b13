package org.rightstrack.treaty;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.rightstrack.country.RegionalGroup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Treaties and their status across countries, for the treaty pages and the API. "No action"
 * counts UN member and observer states without a signature or consent; other territories appear
 * only where they have acted.
 */
@Component
class TreatyQueries {

	private final JdbcClient jdbc;

	TreatyQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<TreatySummary> list() {
		return jdbc.sql("""
				SELECT t.code, t.short_name, t.title, t.kind, t.adopted_on, p.code AS parent_code,
				       coalesce(n.parties, 0) AS parties, coalesce(n.signatories, 0) AS signatories,
				       (SELECT count(*) FROM country WHERE un_status <> 'OTHER') - coalesce(n.states_acted, 0) AS no_action
				FROM treaty t
				LEFT JOIN treaty p ON p.id = t.parent_id
				LEFT JOIN (SELECT r.treaty_id,
				                  count(*) FILTER (WHERE r.consent_on IS NOT NULL) AS parties,
				                  count(*) FILTER (WHERE r.consent_on IS NULL) AS signatories,
				                  count(*) FILTER (WHERE c.un_status <> 'OTHER') AS states_acted
				           FROM ratification r JOIN country c ON c.id = r.country_id GROUP BY r.treaty_id) n
				       ON n.treaty_id = t.id
				WHERE NOT t.archived
				ORDER BY t.display_order, t.code
				""").query(TreatySummary.class).list();
	}

	Optional<TreatyHeader> find(String code) {
		return jdbc.sql("""
				SELECT t.id, t.code, t.short_name, t.title, t.kind, t.adopted_on, p.code AS parent_code,
				       p.short_name AS parent_short_name, t.untc_reference, t.has_complaints_procedure,
				       t.has_inquiry_procedure
				FROM treaty t LEFT JOIN treaty p ON p.id = t.parent_id
				WHERE upper(t.code) = ? AND NOT t.archived
				""").param(code.toUpperCase(Locale.ROOT)).query(TreatyHeader.class).optional();
	}

	List<Related> protocols(long treatyId) {
		return jdbc.sql("SELECT code, short_name AS name FROM treaty WHERE parent_id = ? AND NOT archived ORDER BY display_order")
			.param(treatyId).query(Related.class).list();
	}

	/** The mechanisms that monitor the treaty (its committee). */
	List<Related> bodies(long treatyId) {
		return jdbc.sql("SELECT code, name FROM mechanism WHERE treaty_id = ? AND NOT archived ORDER BY name")
			.param(treatyId).query(Related.class).list();
	}

	List<Related> countryGroups() {
		return jdbc.sql("SELECT code, name FROM country_group ORDER BY name").query(Related.class).list();
	}

	boolean countryGroupExists(String code) {
		return jdbc.sql("SELECT count(*) FROM country_group WHERE code = ?").param(code).query(Long.class).single() > 0;
	}

	/** Every member and observer state (and any other territory that acted), optionally within a region and a group. */
	List<CountryStatus> statusByCountry(long treatyId, RegionalGroup region, String group) {
		return jdbc.sql("""
				SELECT c.alpha3, c.name, c.regional_group, r.signed_on, r.consent_on, r.consent_type,
				       coalesce(r.accepts_individual_complaints, false) AS accepts_individual_complaints,
				       coalesce(r.accepts_inquiry_procedure, false) AS accepts_inquiry_procedure,
				       r.reservations, r.declarations
				FROM country c
				LEFT JOIN ratification r ON r.country_id = c.id AND r.treaty_id = :treaty
				WHERE (c.un_status <> 'OTHER' OR r.id IS NOT NULL)
				  AND (cast(:region AS varchar) IS NULL OR c.regional_group = cast(:region AS varchar))
				  AND (cast(:group AS varchar) IS NULL OR EXISTS (
				        SELECT 1 FROM country_group_member m JOIN country_group g ON g.id = m.country_group_id
				        WHERE m.country_id = c.id AND g.code = cast(:group AS varchar)))
				ORDER BY c.name
				""")
			.param("treaty", treatyId)
			.param("region", region == null ? null : region.name())
			.param("group", group)
			.query(CountryStatus.class)
			.list();
	}

	record TreatySummary(String code, String shortName, String title, TreatyKind kind, LocalDate adoptedOn,
			String parentCode, long parties, long signatories, long noAction) {
	}

	record TreatyHeader(long id, String code, String shortName, String title, TreatyKind kind, LocalDate adoptedOn,
			String parentCode, String parentShortName, String untcReference, boolean hasComplaintsProcedure,
			boolean hasInquiryProcedure) {
	}

	record Related(String code, String name) {
	}

	record CountryStatus(String alpha3, String name, RegionalGroup regionalGroup, LocalDate signedOn,
			LocalDate consentOn, String consentType, boolean acceptsIndividualComplaints,
			boolean acceptsInquiryProcedure, String reservations, String declarations) {

		public RatificationStatus status() {
			return RatificationStatus.of(signedOn, consentOn);
		}

	}

}
