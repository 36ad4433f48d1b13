package org.rightstrack.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rightstrack.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** One-time links: choose a password once, before the link expires. */
@IntegrationTest
class InvitationTests {

	static final String CHOSEN = "rice fields at dawn 42";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** Creates an account through the administration page and returns the token of its link. */
	String invite(String email) throws Exception {
		CurrentUser admin = TestAccounts.with(jdbc).create(Role.ADMIN);
		String link = (String) mvc.perform(post("/admin/accounts").with(csrf()).with(TestAccounts.as(admin)).param("email", email)
			.param("name", "Invited person").param("organisation", "Komnas HAM").param("role", "NHRI").param("countries", "IDN"))
			.andReturn().getFlashMap().get("invitationLink");
		return link.substring(link.lastIndexOf('/') + 1);
	}

	static String email() {
		return "invited-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
	}

	@Test
	void invitedPersonChoosesAPasswordOnceAndSignsIn() throws Exception {
		String email = email();
		String token = invite(email);
		mvc.perform(get("/invitation/{token}", token)).andExpect(status().isOk()).andExpect(content().string(containsString(email)));
		mvc.perform(post("/invitation/{token}", token).with(csrf()).param("newPassword", "password1234").param("confirmation", "password1234"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "password.common"));
		mvc.perform(post("/invitation/{token}", token).with(csrf()).param("newPassword", CHOSEN).param("confirmation", CHOSEN))
			.andExpect(redirectedUrl("/login?passwordSet"));
		mvc.perform(get("/login").param("passwordSet", "")).andExpect(content().string(containsString("Your password is set.")));
		mvc.perform(post("/login").param("username", email).param("password", CHOSEN).with(csrf())).andExpect(redirectedUrl("/"));
		// Used: the link no longer works, and cannot overwrite the password.
		mvc.perform(get("/invitation/{token}", token)).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This link does not work")));
		mvc.perform(post("/invitation/{token}", token).with(csrf()).param("newPassword", "another long passphrase")
			.param("confirmation", "another long passphrase")).andExpect(status().isNotFound());
		mvc.perform(post("/login").param("username", email).param("password", CHOSEN).with(csrf())).andExpect(redirectedUrl("/"));
	}

	@Test
	void expiredAndUnknownLinksDoNotWork() throws Exception {
		String email = email();
		String token = invite(email);
		jdbc.sql("""
				UPDATE account_invitation SET created_at = now() - interval '8 days', expires_at = now() - interval '1 day'
				WHERE account_id = (SELECT id FROM account WHERE email = ?)""").param(email).update();
		mvc.perform(get("/invitation/{token}", token)).andExpect(status().isNotFound());
		mvc.perform(post("/invitation/{token}", token).with(csrf()).param("newPassword", CHOSEN).param("confirmation", CHOSEN))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT password_hash FROM account WHERE email = ?").param(email).query(String.class).optional()).isEmpty();
		mvc.perform(get("/invitation/{token}", "no-such-token")).andExpect(status().isNotFound());
	}

	@Test
	void linksExpireAfterSevenDays() throws Exception {
		String email = email();
		invite(email);
		Double days = jdbc.sql("""
				SELECT extract(epoch FROM expires_at - created_at) / 86400 FROM account_invitation
				WHERE account_id = (SELECT id FROM account WHERE email = ?)""").param(email).query(Double.class).single();
		assertThat(days).isCloseTo(7.0, org.assertj.core.data.Offset.offset(0.01));
	}

	@Test
	void aNewLinkReplacesTheOldOne() throws Exception {
		String email = email();
		String first = invite(email);
		long id = jdbc.sql("SELECT id FROM account WHERE email = ?").param(email).query(Long.class).single();
		int version = jdbc.sql("SELECT version FROM account WHERE id = ?").param(id).query(Integer.class).single();
		String link = (String) mvc.perform(post("/admin/accounts/{id}/invitation", id).with(csrf())
			.with(TestAccounts.as(TestAccounts.with(jdbc).create(Role.ADMIN))).param("version", String.valueOf(version)))
			.andReturn().getFlashMap().get("invitationLink");
		mvc.perform(get("/invitation/{token}", first)).andExpect(status().isNotFound());
		mvc.perform(get(link.replace("http://localhost", ""))).andExpect(status().isOk());
	}

	@Test
	void choosingAPasswordNeedsTheCsrfToken() throws Exception {
		String email = email();
		String token = invite(email);
		mvc.perform(post("/invitation/{token}", token).param("newPassword", CHOSEN).param("confirmation", CHOSEN))
			.andExpect(status().isForbidden());
		mvc.perform(get("/invitation/{token}", token)).andExpect(status().isOk());
	}

}
