package org.rightstrack.curation;

import org.junit.jupiter.api.Test;
import org.rightstrack.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
@WithMockUser(roles = "CURATOR")
class TreatyCurationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void curatorCreatesAnOptionalProtocolAndEditsIt() throws Exception {
		long cat = jdbc.sql("select id from treaty where code = 'CAT'").query(Long.class).single();
		mvc.perform(get("/curation/treaties/new")).andExpect(status().isOk()).andExpect(content().string(containsString("name=\"shortName\"")));
		mvc.perform(post("/curation/treaties").with(csrf())
				.param("code", "CAT-OP2").param("shortName", "OP2-CAT").param("title", "A second protocol")
				.param("kind", "OPTIONAL_PROTOCOL").param("parentId", String.valueOf(cat)).param("adoptedOn", "2030-01-01")
				.param("displayOrder", "99").param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/curation/treaties/*"));
		long id = jdbc.sql("select id from treaty where code = 'CAT-OP2'").query(Long.class).single();
		mvc.perform(get("/curation/treaties/" + id)).andExpect(status().isOk()).andExpect(content().string(containsString("A second protocol")));
		mvc.perform(post("/curation/treaties/" + id).with(csrf())
				.param("code", "CAT-OP2").param("shortName", "OP2-CAT").param("title", "The second protocol")
				.param("kind", "OPTIONAL_PROTOCOL").param("parentId", String.valueOf(cat)).param("displayOrder", "99").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select title from treaty where id = ?").param(id).query(String.class).single()).isEqualTo("The second protocol");
	}

	@Test
	void invalidTreatyIsRefusedWithMessagesNextToTheFields() throws Exception {
		mvc.perform(post("/curation/treaties").with(csrf())
				.param("code", "").param("shortName", "X").param("title", "T").param("kind", "OPTIONAL_PROTOCOL")
				.param("adoptedOn", "not a date").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("aria-describedby=\"code-error\"")))
			.andExpect(content().string(containsString("id=\"parentId-error\"")))
			.andExpect(content().string(containsString("An optional protocol needs its parent treaty.")))
			.andExpect(content().string(containsString("Enter a date as YYYY-MM-DD.")));
	}

	@Test
	void staleSaveIsRefusedAndTheInputStaysInTheForm() throws Exception {
		long id = jdbc.sql("select id from treaty where code = 'CRPD'").query(Long.class).single();
		int version = jdbc.sql("select version from treaty where id = ?").param(id).query(Integer.class).single();
		jdbc.sql("update treaty set version = version + 1 where id = ?").param(id).update();
		mvc.perform(post("/curation/treaties/" + id).with(csrf())
				.param("code", "CRPD").param("shortName", "CRPD").param("title", "My edited title").param("kind", "CORE")
				.param("displayOrder", "1").param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this record")))
			.andExpect(content().string(containsString("My edited title")));
		assertThat(jdbc.sql("select title from treaty where id = ?").param(id).query(String.class).single()).isNotEqualTo("My edited title");
	}

}
