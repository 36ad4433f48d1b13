package org.rightstrack.mechanism;

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
class MechanismApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void mechanismsComeWithKindTreatyAndCounts() throws Exception {
		long cedaw = count("""
				SELECT count(*) FROM recommendation r JOIN mechanism m ON m.id = r.mechanism_id
				WHERE m.code = 'CEDAW' AND r.published AND NOT r.archived AND r.document_public""");
		mvc.perform(get("/api/v1/mechanisms"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize((int) count("SELECT count(*) FROM mechanism WHERE NOT archived"))))
			.andExpect(jsonPath("$[?(@.code == 'CEDAW')].kind").value("TREATY_BODY"))
			.andExpect(jsonPath("$[?(@.code == 'CEDAW')].treatyCode").value("CEDAW"))
			.andExpect(jsonPath("$[?(@.code == 'CEDAW')].recommendations").value((int) cedaw))
			.andExpect(jsonPath("$[?(@.code == 'SR-TORTURE')].mandateType").value("THEMATIC"));
	}

	@Test
	void mechanismsFilterByKind() throws Exception {
		int specialProcedures = (int) count("SELECT count(*) FROM mechanism WHERE NOT archived AND kind = 'SPECIAL_PROCEDURE'");
		mvc.perform(get("/api/v1/mechanisms").param("kind", "SPECIAL_PROCEDURE"))
			.andExpect(jsonPath("$", hasSize(specialProcedures)))
			.andExpect(jsonPath("$[*].kind", everyItem(is("SPECIAL_PROCEDURE"))));
		mvc.perform(get("/api/v1/mechanisms").param("kind", "COMMITTEE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("kind"));
	}

}
