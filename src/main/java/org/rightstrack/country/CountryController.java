package org.rightstrack.country;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The country list and the country page. The page reads across treaties, mechanisms and
 * recommendations with plain SQL, so this module depends on none of them.
 */
@Controller
class CountryController {

	private final JdbcClient jdbc;

	CountryController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/countries")
	String list(Model model) {
		List<CountryRow> countries = jdbc.sql("""
				SELECT c.alpha3, c.name, c.un_status, c.regional_group,
				       coalesce(string_agg(g.code, ', ' ORDER BY g.code), '') AS groups,
				       (SELECT count(*) FROM recommendation r WHERE r.country_id = c.id AND r.published AND NOT r.archived)
				         AS recommendations
				FROM country c
				LEFT JOIN country_group_member m ON m.country_id = c.id
				LEFT JOIN country_group g ON g.id = m.country_group_id AND g.code = 'ASEAN'
				WHERE c.un_status <> 'OTHER'
				GROUP BY c.id
				ORDER BY c.name
				""").query(CountryRow.class).list();
		model.addAttribute("countries", countries);
		return "country/list";
	}

	@GetMapping("/countries/{iso3}")
	String show(@PathVariable String iso3, Model model) {
		String code = iso3.toUpperCase(Locale.ROOT);
		CountryHeader country = jdbc.sql("""
				SELECT id, alpha2, alpha3, numeric_code, name, un_status, regional_group FROM country WHERE alpha3 = ?
				""").param(code).query(CountryHeader.class).optional()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("country", country);
		model.addAttribute("groups", jdbc.sql("""
				SELECT g.code, g.name FROM country_group g JOIN country_group_member m ON m.country_group_id = g.id
				WHERE m.country_id = ? ORDER BY g.name
				""").param(country.id()).query(GroupRow.class).list());
		model.addAttribute("ratifications", jdbc.sql("""
				SELECT t.code, t.short_name, t.title, t.kind, r.signed_on, r.consent_on, r.consent_type,
				       coalesce(r.accepts_individual_complaints, false) AS accepts_individual_complaints,
				       r.reservations, r.declarations
				FROM treaty t
				LEFT JOIN ratification r ON r.treaty_id = t.id AND r.country_id = ?
				WHERE NOT t.archived AND t.kind IN ('CORE', 'OPTIONAL_PROTOCOL', 'REGIONAL')
				ORDER BY t.display_order, t.code
				""").param(country.id()).query(RatificationRow.class).list());
		model.addAttribute("byMechanism", jdbc.sql("""
				SELECT m.code, m.name, m.kind, count(*) AS recommendations
				FROM recommendation r JOIN mechanism m ON m.id = r.mechanism_id
				WHERE r.country_id = ? AND r.published AND NOT r.archived
				GROUP BY m.id ORDER BY count(*) DESC, m.name
				""").param(country.id()).query(MechanismCount.class).list());
		return "country/show";
	}

	record CountryRow(String alpha3, String name, UnStatus unStatus, RegionalGroup regionalGroup, String groups,
			long recommendations) {
	}

	record CountryHeader(long id, String alpha2, String alpha3, String numericCode, String name, UnStatus unStatus,
			RegionalGroup regionalGroup) {
	}

	record GroupRow(String code, String name) {
	}

	record RatificationRow(String code, String shortName, String title, String kind, LocalDate signedOn,
			LocalDate consentOn, String consentType, boolean acceptsIndividualComplaints, String reservations,
			String declarations) {

		public String status() {
			if (consentOn != null) {
				return "PARTY";
			}
			return signedOn != null ? "SIGNATORY" : "NO_ACTION";
		}

	}

	record MechanismCount(String code, String name, String kind, long recommendations) {
	}

}
