package org.rightstrack.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.rightstrack.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LoginTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Test
	void loginPageIsInTheLayout() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("id=\"main\"")));
	}

	@Test
	void rightPasswordSignsIn() throws Exception {
		CurrentUser user = TestAccounts.with(jdbc).create(Role.FOCAL_POINT, "IDN", "THA");
		mvc.perform(post("/login").param("username", user.email().toUpperCase()).param("password", TestAccounts.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"));
		CurrentUser loaded = accounts.findByEmail(user.email()).orElseThrow();
		assertThat(loaded.countries()).containsExactlyInAnyOrder("IDN", "THA");
		assertThat(loaded.inScope("idn")).isTrue();
		assertThat(loaded.inScope("VNM")).isFalse();
	}

	@Test
	void wrongPasswordIsRefused() throws Exception {
		CurrentUser user = TestAccounts.with(jdbc).create(Role.CSO, "IDN");
		mvc.perform(post("/login").param("username", user.email()).param("password", "wrong").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void loginWithoutCsrfTokenIsRefused() throws Exception {
		CurrentUser user = TestAccounts.with(jdbc).create(Role.CSO, "IDN");
		mvc.perform(post("/login").param("username", user.email()).param("password", TestAccounts.PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void curationNeedsACurator() throws Exception {
		mvc.perform(get("/curation")).andExpect(redirectedUrl("/login"));
		CurrentUser cso = TestAccounts.with(jdbc).create(Role.CSO, "IDN");
		mvc.perform(get("/curation").with(TestAccounts.as(cso))).andExpect(status().isForbidden());
		CurrentUser curator = TestAccounts.with(jdbc).create(Role.CURATOR);
		mvc.perform(get("/curation").with(TestAccounts.as(curator))).andExpect(status().isOk());
	}

}
