package org.rightstrack.treaty;

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
class TreatyPagesTests {

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

	static String card(String html, String label) {
		var matcher = Pattern.compile("<p class=\"count mb-0\">(\\d+)</p>\\s*<p class=\"small mb-0\">" + label + "</p>").matcher(html);
		assertThat(matcher.find()).as("card " + label).isTrue();
		return matcher.group(1);
	}

	@Test
	void treatyListCountsPartiesSignatoriesAndStatesWithoutAction() throws Exception {
		String html = page("/treaties");
		long parties = count("SELECT count(*) FROM ratification r JOIN treaty t ON t.id = r.treaty_id WHERE t.code = 'CAT' AND r.consent_on IS NOT NULL");
		long signatories = count("SELECT count(*) FROM ratification r JOIN treaty t ON t.id = r.treaty_id WHERE t.code = 'CAT' AND r.consent_on IS NULL");
		long noAction = count("""
				SELECT count(*) FROM country c WHERE c.un_status <> 'OTHER' AND NOT EXISTS (
				  SELECT 1 FROM ratification r JOIN treaty t ON t.id = r.treaty_id WHERE t.code = 'CAT' AND r.country_id = c.id)""");
		assertThat(html).containsPattern("href=\"/treaties/CAT\">CAT</a>[\\s\\S]*?<td class=\"text-end\">" + parties
				+ "</td>\\s*<td class=\"text-end\">" + signatories + "</td>\\s*<td class=\"text-end\">" + noAction + "</td>");
		long treaties = count("SELECT count(*) FROM treaty WHERE NOT archived");
		assertThat(occurrences(html, "href=\"/treaties/")).isEqualTo((int) treaties);
	}

	@Test
	void treatyPageShowsEveryStateAndItsCommittee() throws Exception {
		String html = page("/treaties/CAT");
		long states = count("""
				SELECT count(*) FROM country c WHERE c.un_status <> 'OTHER' OR EXISTS (
				  SELECT 1 FROM ratification r JOIN treaty t ON t.id = r.treaty_id WHERE t.code = 'CAT' AND r.country_id = c.id)""");
		assertThat(occurrences(html, "href=\"/countries/")).isEqualTo((int) states);
		assertThat(html).contains("href=\"/mechanisms/CAT\"", "href=\"/treaties/OP-CAT\"", "Convention against Torture");
		long parties = count("SELECT count(*) FROM ratification r JOIN treaty t ON t.id = r.treaty_id WHERE t.code = 'CAT' AND r.consent_on IS NOT NULL");
		assertThat(card(html, "parties")).isEqualTo(String.valueOf(parties));
	}

	@Test
	void aseanFilterListsTheTenMemberStatesWithTheirCounts() throws Exception {
		String html = page("/treaties/OP-CAT?group=ASEAN");
		assertThat(occurrences(html, "href=\"/countries/")).isEqualTo(10);
		assertThat(html).contains("href=\"/countries/PHL\"", "href=\"/countries/KHM\"").doesNotContain("href=\"/countries/FRA\"");
		long parties = count("""
				SELECT count(*) FROM ratification r JOIN treaty t ON t.id = r.treaty_id
				JOIN country_group_member m ON m.country_id = r.country_id JOIN country_group g ON g.id = m.country_group_id
				WHERE t.code = 'OP-CAT' AND g.code = 'ASEAN' AND r.consent_on IS NOT NULL""");
		long signatories = count("""
				SELECT count(*) FROM ratification r JOIN treaty t ON t.id = r.treaty_id
				JOIN country_group_member m ON m.country_id = r.country_id JOIN country_group g ON g.id = m.country_group_id
				WHERE t.code = 'OP-CAT' AND g.code = 'ASEAN' AND r.consent_on IS NULL""");
		assertThat(card(html, "parties")).isEqualTo(String.valueOf(parties));
		assertThat(card(html, "signatories only")).isEqualTo(String.valueOf(signatories));
		assertThat(card(html, "no action")).isEqualTo(String.valueOf(10 - parties - signatories));
	}

	@Test
	void regionAndStatusFiltersNarrowTheTable() throws Exception {
		String html = page("/treaties/CEDAW?region=ASIA_PACIFIC&status=PARTY");
		long expected = count("""
				SELECT count(*) FROM ratification r JOIN treaty t ON t.id = r.treaty_id JOIN country c ON c.id = r.country_id
				WHERE t.code = 'CEDAW' AND c.regional_group = 'ASIA_PACIFIC' AND r.consent_on IS NOT NULL""");
		assertThat(expected).isPositive();
		assertThat(occurrences(html, "href=\"/countries/")).isEqualTo((int) expected);
		assertThat(occurrences(html, ">no action</span>")).isZero();
		assertThat(html).contains("<option value=\"ASIA_PACIFIC\" selected=\"selected\">");
	}

	@Test
	void htmxRequestsGetOnlyTheResults() throws Exception {
		String fragment = mvc.perform(get("/treaties/OP-CAT").param("group", "ASEAN").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).startsWith("<div id=\"treaty-results\"").doesNotContain("<html").contains("href=\"/countries/PHL\"");
	}

	@Test
	void treatyCodesAreCaseInsensitive() throws Exception {
		assertThat(page("/treaties/op-cat")).contains("Optional Protocol to the Convention against Torture");
	}

	@Test
	void unknownTreatyIsNotFoundAndBadFiltersAreBadRequests() throws Exception {
		mvc.perform(get("/treaties/NO-SUCH-TREATY")).andExpect(status().isNotFound());
		mvc.perform(get("/treaties/CAT").param("region", "MOON")).andExpect(status().isBadRequest());
		mvc.perform(get("/treaties/CAT").param("status", "MAYBE")).andExpect(status().isBadRequest());
		mvc.perform(get("/treaties/CAT").param("group", "NO-SUCH-GROUP")).andExpect(status().isBadRequest());
	}

}
