package org.rightstrack.country;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rightstrack.DemoDataTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The country profile on the demo data. Expected figures are computed here with SQL, independently
 * of the page's queries, so that the test holds whatever other test classes add to the shared database.
 */
@DemoDataTest
class CountryProfileTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	static int occurrences(String html, String fragment) {
		return html.split(Pattern.quote(fragment), -1).length - 1;
	}

	record Counted(String code, long count) {
	}

	@Test
	void everyInstrumentIsListedWithItsStatusKindAndDates() throws Exception {
		String html = page("/countries/IDN");
		long instruments = count("SELECT count(*) FROM treaty WHERE NOT archived AND kind IN ('CORE', 'OPTIONAL_PROTOCOL', 'REGIONAL')");
		String ratifications = html.substring(html.indexOf("id=\"ratifications\""), html.indexOf("id=\"reporting\""));
		assertThat(occurrences(ratifications, "href=\"/treaties/")).isEqualTo((int) instruments);
		// Indonesia ratified CAT on 28 October 1998 and has not acted on OPCAT (reference data).
		assertThat(ratifications).contains("href=\"/treaties/CAT\"", "28 Oct 1998", "(ratification)", "(accession)")
			.contains("href=\"/treaties/OP-CAT\"");
		long parties = count("""
				SELECT count(*) FROM ratification r JOIN treaty t ON t.id = r.treaty_id JOIN country c ON c.id = r.country_id
				WHERE c.alpha3 = 'IDN' AND r.consent_on IS NOT NULL AND NOT t.archived
				  AND t.kind IN ('CORE', 'OPTIONAL_PROTOCOL', 'REGIONAL')""");
		assertThat(occurrences(ratifications, ">party</span>")).isEqualTo((int) parties);
	}

	@Test
	void recommendationsByMechanismAreCountedAndLinkIntoTheSearch() throws Exception {
		String html = page("/countries/IDN");
		List<Counted> expected = jdbc.sql("""
				SELECT m.code, count(*) FROM recommendation r JOIN mechanism m ON m.id = r.mechanism_id
				JOIN country c ON c.id = r.country_id WHERE c.alpha3 = 'IDN' AND r.published AND NOT r.archived AND r.document_public
				GROUP BY m.code""").query(Counted.class).list();
		assertThat(expected).hasSizeGreaterThanOrEqualTo(2);
		for (Counted mechanism : expected) {
			assertThat(html).contains("href=\"/recommendations?country=IDN&amp;mechanism=" + mechanism.code() + "\">"
					+ mechanism.count() + "</a>");
		}
		long total = count("""
				SELECT count(*) FROM recommendation r JOIN country c ON c.id = r.country_id
				WHERE c.alpha3 = 'IDN' AND r.published AND NOT r.archived AND r.document_public""");
		assertThat(html).contains("href=\"/recommendations?country=IDN\">Search its " + total + " published recommendations</a>");
	}

	@Test
	void topThemesAreCountedAndLinkIntoTheSearch() throws Exception {
		String html = page("/countries/IDN");
		List<Counted> expected = jdbc.sql("""
				SELECT t.code, count(*) FROM recommendation r JOIN recommendation_theme rt ON rt.recommendation_id = r.id
				JOIN theme t ON t.id = rt.theme_id JOIN country c ON c.id = r.country_id
				WHERE c.alpha3 = 'IDN' AND r.published AND NOT r.archived AND r.document_public AND NOT t.archived
				GROUP BY t.code, t.name ORDER BY count(*) DESC, t.name LIMIT 10""").query(Counted.class).list();
		assertThat(expected).isNotEmpty();
		for (Counted theme : expected) {
			assertThat(html).contains("href=\"/recommendations?country=IDN&amp;theme=" + theme.code() + "\">" + theme.count() + "</a>");
		}
		String themes = html.substring(html.indexOf("id=\"by-theme\""), html.indexOf("id=\"by-status\""));
		assertThat(occurrences(themes, "&amp;theme=")).isEqualTo(expected.size());
		assertThat(themes).contains("Top " + expected.size() + " themes");
	}

	@Test
	void implementationStatusesAreCountedWithZerosAndNotAssessed() throws Exception {
		String html = page("/countries/IDN");
		String statuses = html.substring(html.indexOf("id=\"by-status\""), html.indexOf("id=\"actions\""));
		for (String status : CountryController.STATUSES) {
			long expected = count("""
					SELECT count(*) FROM recommendation r JOIN country c ON c.id = r.country_id
					WHERE c.alpha3 = 'IDN' AND r.published AND NOT r.archived AND r.document_public AND r.implementation_status = ?""", status);
			if (expected > 0) {
				assertThat(statuses).contains("href=\"/recommendations?country=IDN&amp;status=" + status + "\">" + expected + "</a>");
			}
			else {
				assertThat(statuses).doesNotContain("status=" + status + "\"");
			}
		}
		long notAssessed = count("""
				SELECT count(*) FROM recommendation r JOIN country c ON c.id = r.country_id
				WHERE c.alpha3 = 'IDN' AND r.published AND NOT r.archived AND r.document_public AND r.implementation_status IS NULL""");
		assertThat(statuses).containsPattern("Not assessed yet</th>\\s*<td class=\"text-end\">\\s*<span>" + notAssessed + "</span>");
		// The chart: one SVG bar per status, its length an attribute (no inline style under the CSP).
		assertThat(occurrences(statuses, "<rect ")).isEqualTo(CountryController.STATUSES.size() + 1);
		assertThat(statuses).contains("class=\"bar-fill bar-FULLY_IMPLEMENTED\"").doesNotContain("style=");
	}

	@Test
	void overdueStateReportsAreHighlighted() throws Exception {
		String html = page("/countries/IDN");
		long overdue = count("""
				SELECT count(*) FROM state_report s JOIN country c ON c.id = s.country_id
				WHERE c.alpha3 = 'IDN' AND NOT s.archived AND s.submitted_on IS NULL AND s.due_on < ?""", LocalDate.now());
		long reports = count("""
				SELECT count(*) FROM state_report s JOIN country c ON c.id = s.country_id WHERE c.alpha3 = 'IDN' AND NOT s.archived""");
		assertThat(overdue).isPositive();
		String reporting = html.substring(html.indexOf("id=\"reporting\""), html.indexOf("id=\"visits\""));
		assertThat(occurrences(reporting, "class=\"report-overdue\"")).isEqualTo((int) overdue);
		assertThat(occurrences(reporting, "<tr")).isEqualTo((int) reports + 1);
		assertThat(reporting).contains(overdue == 1 ? "1 report is overdue" : overdue + " reports are overdue");
	}

	@Test
	void specialProcedureVisitsAreListedWithTheirReports() throws Exception {
		record Visit(String alpha3, String name) {
		}
		Visit visit = jdbc.sql("""
				SELECT c.alpha3, m.name FROM country_visit v JOIN country c ON c.id = v.country_id
				JOIN mechanism m ON m.id = v.mechanism_id WHERE NOT v.archived ORDER BY v.id LIMIT 1""").query(Visit.class).single();
		String html = page("/countries/" + visit.alpha3());
		String visits = html.substring(html.indexOf("id=\"visits\""), html.indexOf("id=\"by-mechanism\""));
		assertThat(visits).contains(visit.name().replace("'", "&#39;"));
		long withReport = count("""
				SELECT count(*) FROM country_visit v JOIN country c ON c.id = v.country_id JOIN document d ON d.id = v.report_document_id
				WHERE c.alpha3 = ? AND NOT v.archived AND d.published AND NOT d.archived""", visit.alpha3());
		assertThat(occurrences(visits, "href=\"/documents/")).isEqualTo((int) withReport);
	}

	@Test
	void latestPublishedFollowUpActionsAreShown() throws Exception {
		List<String> latest = jdbc.sql("""
				SELECT a.title FROM follow_up_action a JOIN country c ON c.id = a.country_id
				WHERE c.alpha3 = 'IDN' AND a.published AND NOT a.archived ORDER BY a.updated_at DESC, a.id DESC LIMIT 5""")
			.query(String.class).list();
		assertThat(latest).isNotEmpty();
		String html = page("/countries/IDN");
		String actions = html.substring(html.indexOf("id=\"actions\""));
		Matcher titles = Pattern.compile("<p class=\"fw-semibold mb-1\"><a href=\"/actions/\\d+\">([^<]+)</a></p>").matcher(actions);
		List<String> shown = titles.results().map(m -> m.group(1).replace("&#39;", "'")).toList();
		assertThat(shown).containsExactlyElementsOf(latest);
		assertThat(actions).contains("href=\"/recommendations?country=IDN&amp;actions=yes\"");
		Matcher link = Pattern.compile("href=\"(/actions/\\d+)\"").matcher(actions);
		assertThat(link.find()).isTrue();
		mvc.perform(get(link.group(1))).andExpect(status().isOk());
	}

	/** A long reservation opens on demand (rows stay short on a phone); a short one is shown as it is. */
	@Test
	@Transactional
	void longReservationsOpenOnDemandOnTheProfileAndTheTreatyPage() throws Exception {
		String reservation = "Reservation (browse test) to article 30, paragraph 1: " + "the Government does not consider itself bound. ".repeat(6).strip();
		assertThat(jdbc.sql("""
				UPDATE ratification SET reservations = ?, declarations = 'Declaration (browse test).'
				WHERE country_id = (SELECT id FROM country WHERE alpha3 = 'IDN') AND treaty_id = (SELECT id FROM treaty WHERE short_name = 'CAT')""")
			.param(reservation).update()).isEqualTo(1);
		String both = reservation + " Declaration (browse test).";
		String summary = "<summary>" + both.substring(0, 77) + "...</summary>";
		for (String path : List.of("/countries/IDN", "/treaties/CAT")) {
			String html = page(path);
			assertThat(html).as(path).contains(summary).contains("<details>" + summary)
				.contains(reservation + "</span> <span>Declaration (browse test).</span></details>");
		}
		// ICERD's reservation of the reference data (62 characters) is shown without a disclosure
		String profile = page("/countries/IDN");
		String icerd = profile.substring(profile.indexOf("href=\"/treaties/ICERD\""), profile.indexOf("href=\"/treaties/ICESCR\""));
		assertThat(icerd).contains("class=\"small reservations\"").doesNotContain("<details>");
	}

	@Test
	@Transactional
	void unpublishedAndArchivedRecordsStayOffTheProfile() throws Exception {
		String before = page("/countries/IDN");
		long mechanism = count("SELECT id FROM mechanism WHERE code = 'CEDAW'");
		long country = count("SELECT id FROM country WHERE alpha3 = 'IDN'");
		long document = jdbc.sql("""
				INSERT INTO document (mechanism_id, country_id, symbol, title, type, published)
				VALUES (?, ?, 'BROWSE/UNPUBLISHED/1', 'Draft (browse test)', 'CONCLUDING_OBSERVATIONS', false) RETURNING id""")
			.params(mechanism, country).query(Long.class).single();
		jdbc.sql("""
				INSERT INTO recommendation (document_id, country_id, mechanism_id, text, published, archived, implementation_status)
				VALUES (?, ?, ?, 'browse-unpublished-token', false, false, 'FULLY_IMPLEMENTED'),
				       (?, ?, ?, 'browse-archived-token', true, true, 'FULLY_IMPLEMENTED'),
				       (?, ?, ?, 'browse-in-unpublished-document-token', true, false, 'FULLY_IMPLEMENTED')""")
			.params(document, country, mechanism, document, country, mechanism, document, country, mechanism).update();
		jdbc.sql("""
				INSERT INTO follow_up_action (country_id, title, status, published, updated_at)
				VALUES (?, 'Unpublished browse test action', 'PLANNED', false, now() + interval '1 day')""").param(country).update();
		jdbc.sql("""
				INSERT INTO country_visit (mechanism_id, country_id, status, archived) SELECT id, ?, 'REQUESTED', true
				FROM mechanism WHERE code = 'SR-TORTURE'""").param(country).update();
		String after = page("/countries/IDN");
		assertThat(after).doesNotContain("Unpublished browse test action");
		assertThat(after.substring(after.indexOf("id=\"by-mechanism\"")))
			.isEqualTo(before.substring(before.indexOf("id=\"by-mechanism\"")));
		assertThat(after.substring(after.indexOf("id=\"visits\""), after.indexOf("id=\"by-mechanism\"")))
			.isEqualTo(before.substring(before.indexOf("id=\"visits\""), before.indexOf("id=\"by-mechanism\"")));
		mvc.perform(get("/documents/" + document)).andExpect(status().isNotFound());
	}

	@Test
	void aProfileIsKeptButShowsEveryChangeAtOnce() throws Exception {
		String before = page("/countries/IDN");
		assertThat(page("/countries/IDN")).isEqualTo(before);
		long idn = count("SELECT id FROM country WHERE alpha3 = 'IDN'");
		long action = jdbc.sql("""
				INSERT INTO follow_up_action (country_id, title, status, published, updated_at)
				VALUES (?, 'Xtest zzkept action', 'PLANNED', true, now() + interval '1 day') RETURNING id""")
			.param(idn).query(Long.class).single();
		try {
			assertThat(page("/countries/IDN")).contains("Xtest zzkept action");
			jdbc.sql("UPDATE follow_up_action SET title = 'Xtest zzrenamed action' WHERE id = ?").param(action).update();
			assertThat(page("/countries/IDN")).contains("Xtest zzrenamed action").doesNotContain("Xtest zzkept action");
		}
		finally {
			jdbc.sql("DELETE FROM follow_up_action WHERE id = ?").param(action).update();
		}
		assertThat(page("/countries/IDN")).doesNotContain("Xtest zzrenamed action");
	}

	@Test
	void aCountryWithoutRecordsSaysSo() throws Exception {
		String html = page("/countries/ISL");
		assertThat(html).contains("No published recommendations for this country yet.")
			.contains("No state reports are recorded for this country.")
			.contains("No visits of special procedures are recorded for this country.")
			.contains("No published follow-up actions for this country yet.");
	}

	@Test
	void unknownCountryIsNotFound() throws Exception {
		mvc.perform(get("/countries/ZZZ")).andExpect(status().isNotFound());
		mvc.perform(get("/countries/toolong")).andExpect(status().isNotFound());
	}

	@Test
	void profileSpeaksFrench() throws Exception {
		String html = mvc.perform(get("/countries/IDN").param("lang", "fr")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Rapports aux organes conventionnels", "principaux thèmes", "État de mise en œuvre");
	}

	/** Every count on the profile is a link; the search behind it finds exactly that many recommendations. */
	@Test
	void everyCountLinksToASearchThatFindsAsManyRecommendations() throws Exception {
		String html = page("/countries/IDN");
		Matcher links = Pattern.compile("href=\"/recommendations\\?(country=IDN&amp;[^\"]+)\">(\\d+)</a>").matcher(html);
		int checked = 0;
		while (links.find()) {
			String query = links.group(1).replace("&amp;", "&");
			String json = mvc.perform(get("/api/v1/recommendations?" + query + "&size=1"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Matcher total = Pattern.compile("\"totalElements\":(\\d+)").matcher(json);
			assertThat(total.find()).as(query).isTrue();
			assertThat(total.group(1)).as(query).isEqualTo(links.group(2));
			checked++;
		}
		assertThat(checked).isGreaterThanOrEqualTo(10);
	}

}
