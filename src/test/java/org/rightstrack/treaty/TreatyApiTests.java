package org.rightstrack.treaty;

import org.junit.jupiter.api.Test;
import org.rightstrack.DemoDataTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoDataTest
class TreatyApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Test
	void treatiesComeWithTheirCounts() throws Exception {
		int treaties = (int) count("SELECT count(*) FROM treaty WHERE NOT archived");
		long parties = count("SELECT count(*) FROM ratification r JOIN treaty t ON t.id = r.treaty_id WHERE t.code = 'CEDAW' AND r.consent_on IS NOT NULL");
		mvc.perform(get("/api/v1/treaties"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(treaties)))
			.andExpect(jsonPath("$[?(@.code == 'CEDAW')].kind").value("CORE"))
			.andExpect(jsonPath("$[?(@.code == 'CEDAW')].adoptedOn").value("1979-12-18"))
			.andExpect(jsonPath("$[?(@.code == 'CEDAW')].parties").value((int) parties))
			.andExpect(jsonPath("$[?(@.code == 'OP-CAT')].parentCode").value("CAT"));
	}

	@Test
	void ratificationsOfATreatyFilterByGroupAndStatus() throws Exception {
		long parties = count("""
				SELECT count(*) FROM ratification r JOIN treaty t ON t.id = r.treaty_id
				JOIN country_group_member m ON m.country_id = r.country_id JOIN country_group g ON g.id = m.country_group_id
				WHERE t.code = 'OP-CAT' AND g.code = 'ASEAN' AND r.consent_on IS NOT NULL""");
		mvc.perform(get("/api/v1/treaties/op-cat/ratifications").param("group", "ASEAN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.treaty").value("OP-CAT"))
			.andExpect(jsonPath("$.ratifications", hasSize(10)))
			.andExpect(jsonPath("$.counts.PARTY").value((int) parties))
			.andExpect(jsonPath("$.ratifications[?(@.country == 'PHL')].status").value("PARTY"))
			.andExpect(jsonPath("$.ratifications[?(@.country == 'PHL')].consentType").value("ACCESSION"));
		mvc.perform(get("/api/v1/treaties/OP-CAT/ratifications").param("group", "ASEAN").param("status", "PARTY"))
			.andExpect(jsonPath("$.ratifications", hasSize((int) parties)))
			.andExpect(jsonPath("$.ratifications[*].status", everyItem(is("PARTY"))))
			.andExpect(jsonPath("$.counts.NO_ACTION").value((int) (10 - parties - count("""
					SELECT count(*) FROM ratification r JOIN treaty t ON t.id = r.treaty_id
					JOIN country_group_member m ON m.country_id = r.country_id JOIN country_group g ON g.id = m.country_group_id
					WHERE t.code = 'OP-CAT' AND g.code = 'ASEAN' AND r.consent_on IS NULL"""))));
	}

	@Test
	void unknownTreatyAndBadFiltersAreProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/treaties/NOPE/ratifications"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("No treaty with code NOPE"));
		mvc.perform(get("/api/v1/treaties/CAT/ratifications").param("status", "MAYBE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("status"));
		mvc.perform(get("/api/v1/treaties/CAT/ratifications").param("group", "NOPE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Unknown country group NOPE"));
	}

}
