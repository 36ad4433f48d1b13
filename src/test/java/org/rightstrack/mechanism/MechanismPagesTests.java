package org.rightstrack.mechanism;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rightstrack.DemoDataTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoDataTest
class MechanismPagesTests {

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

	@Test
	void mechanismsAreListedByKindWithTheirRecommendationCounts() throws Exception {
		String html = page("/mechanisms");
		assertThat(html).contains("id=\"kind-TREATY_BODY\"", "id=\"kind-SPECIAL_PROCEDURE\"", "id=\"kind-UPR\"", "id=\"kind-REGIONAL\"");
		long mechanisms = count("SELECT count(*) FROM mechanism WHERE NOT archived");
		assertThat(occurrences(html, "href=\"/mechanisms/")).isEqualTo((int) mechanisms);
		long upr = count("""
				SELECT count(*) FROM recommendation r JOIN mechanism m ON m.id = r.mechanism_id
				WHERE m.code = 'UPR' AND r.published AND NOT r.archived AND r.document_public""");
		assertThat(html).contains("href=\"/recommendations?mechanism=UPR\">" + upr + "</a>");
	}

	@Test
	void treatyBodyPageShowsItsTreatyDocumentsAndSearchLink() throws Exception {
		String html = page("/mechanisms/CEDAW");
		long recommendations = count("""
				SELECT count(*) FROM recommendation r JOIN mechanism m ON m.id = r.mechanism_id
				WHERE m.code = 'CEDAW' AND r.published AND NOT r.archived AND r.document_public""");
		long documents = count("""
				SELECT count(*) FROM document d JOIN mechanism m ON m.id = d.mechanism_id
				WHERE m.code = 'CEDAW' AND d.published AND NOT d.archived""");
		assertThat(html).contains("href=\"/treaties/CEDAW\"")
			.contains("href=\"/recommendations?mechanism=CEDAW\">Search its " + recommendations + " published recommendations</a>")
			.contains("Documents (" + documents + ")")
			.contains("CEDAW/C/IDN/CO/8");
		assertThat(occurrences(html, "href=\"/documents/")).isEqualTo((int) Math.min(documents, MechanismController.DOCUMENTS_PER_PAGE));
	}

	@Test
	void specialProcedurePageListsItsCountryVisits() throws Exception {
		String code = jdbc.sql("""
				SELECT m.code FROM country_visit v JOIN mechanism m ON m.id = v.mechanism_id WHERE NOT v.archived
				GROUP BY m.code ORDER BY count(*) DESC, m.code LIMIT 1""").query(String.class).single();
		long visits = count("""
				SELECT count(*) FROM country_visit v JOIN mechanism m ON m.id = v.mechanism_id WHERE m.code = ? AND NOT v.archived""", code);
		String html = page("/mechanisms/" + code);
		String section = html.substring(html.indexOf("id=\"visits\""));
		assertThat(occurrences(section, "href=\"/countries/")).isEqualTo((int) visits);
		assertThat(html).contains("thematic mandate");
	}

	@Test
	void unknownMechanismIsNotFoundAndAnAbsurdPageIsTheLastOne() throws Exception {
		mvc.perform(get("/mechanisms/NO-SUCH-BODY")).andExpect(status().isNotFound());
		mvc.perform(get("/mechanisms/UPR").param("page", "999999")).andExpect(status().isOk());
		mvc.perform(get("/mechanisms/UPR").param("page", "-3")).andExpect(status().isOk());
		mvc.perform(get("/mechanisms/UPR").param("page", "x")).andExpect(status().isBadRequest());
	}

}
