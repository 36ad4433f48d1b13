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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
@WithMockUser(roles = "CURATOR")
class AliasCurationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void curatorAddsAndRemovesACountryAliasAndDuplicatesAreRefused() throws Exception {
		long lao = jdbc.sql("select id from country where alpha3 = 'LAO'").query(Long.class).single();
		mvc.perform(post("/curation/aliases/countries").with(csrf()).param("alias", "Laos (test spelling)").param("target", String.valueOf(lao)))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", true));
		mvc.perform(get("/curation/aliases")).andExpect(status().isOk()).andExpect(content().string(containsString("Laos (test spelling)")));
		mvc.perform(post("/curation/aliases/countries").with(csrf()).param("alias", "LAOS test spelling").param("target", String.valueOf(lao)))
			.andExpect(flash().attribute("aliasErrorCode", "curation.aliases.duplicate"));
		long id = jdbc.sql("select id from country_alias where normalised_alias = 'laos test spelling'").query(Long.class).single();
		mvc.perform(post("/curation/aliases/countries/" + id + "/delete").with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from country_alias where id = ?").param(id).query(Long.class).single()).isZero();
	}

	@Test
	void themeAliasNeedsItsTheme() throws Exception {
		mvc.perform(post("/curation/aliases/themes").with(csrf()).param("alias", "Human trafficking (test)"))
			.andExpect(flash().attribute("aliasErrorCode", "curation.aliases.required"));
		long trafficking = jdbc.sql("select id from theme where code = 'trafficking'").query(Long.class).single();
		mvc.perform(post("/curation/aliases/themes").with(csrf()).param("alias", "Human trafficking (test)").param("target", String.valueOf(trafficking)))
			.andExpect(flash().attribute("saved", true));
	}

}
