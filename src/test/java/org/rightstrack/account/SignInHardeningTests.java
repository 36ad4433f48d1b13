package org.rightstrack.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.rightstrack.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** Lock-out after repeated failures, the attempt log, and sessions kept in PostgreSQL. */
@IntegrationTest
class SignInHardeningTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SessionRepository<?> sessions;

	ResultActions signIn(String email, String password) throws Exception {
		return mvc.perform(post("/login").param("username", email).param("password", password).with(csrf()));
	}

	Map<String, Object> account(long id) {
		return jdbc.sql("SELECT failed_attempts, locked_until, last_login_at FROM account WHERE id = ?").param(id).query().singleRow();
	}

	@Test
	void fifthFailureLocksTheAccountAndTheLoginPageSaysSo() throws Exception {
		CurrentUser user = TestAccounts.with(jdbc).create(Role.FOCAL_POINT, "IDN");
		for (int i = 1; i <= 4; i++) {
			signIn(user.email(), "wrong password " + i).andExpect(redirectedUrl("/login?error"));
		}
		assertThat(account(user.id())).containsEntry("failed_attempts", 4);
		signIn(user.email(), "wrong password 5").andExpect(redirectedUrl("/login?error&locked"));
		assertThat(account(user.id()).get("locked_until")).isNotNull();
		// Even the right password is refused while locked.
		signIn(user.email(), TestAccounts.PASSWORD).andExpect(redirectedUrl("/login?error&locked"));
		mvc.perform(get("/login").param("error", "").param("locked", ""))
			.andExpect(content().string(containsString("locked after too many failed attempts")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Wrong e-mail or password."))));
	}

	@Test
	void theLockEndsByItselfAfterTheLockDuration() throws Exception {
		CurrentUser user = TestAccounts.with(jdbc).create(Role.CSO, "THA");
		for (int i = 1; i <= 5; i++) {
			signIn(user.email(), "nope " + i);
		}
		signIn(user.email(), TestAccounts.PASSWORD).andExpect(redirectedUrl("/login?error&locked"));
		jdbc.sql("UPDATE account SET locked_until = now() - interval '1 second' WHERE id = ?").param(user.id()).update();
		signIn(user.email(), TestAccounts.PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void successResetsTheFailureCountAndRecordsTheTime() throws Exception {
		CurrentUser user = TestAccounts.with(jdbc).create(Role.NHRI, "IDN");
		signIn(user.email(), "wrong").andExpect(redirectedUrl("/login?error"));
		signIn(user.email(), "wrong again").andExpect(redirectedUrl("/login?error"));
		assertThat(account(user.id())).containsEntry("failed_attempts", 2);
		signIn(user.email(), TestAccounts.PASSWORD).andExpect(redirectedUrl("/"));
		assertThat(account(user.id())).containsEntry("failed_attempts", 0);
		assertThat(account(user.id()).get("last_login_at")).isNotNull();
		// The count starts again: four more failures do not lock.
		for (int i = 1; i <= 4; i++) {
			signIn(user.email(), "wrong " + i).andExpect(redirectedUrl("/login?error"));
		}
	}

	@Test
	void everyAttemptIsLoggedWithEmailOutcomeAndAddress() throws Exception {
		CurrentUser user = TestAccounts.with(jdbc).create(Role.CURATOR);
		signIn(user.email(), "wrong");
		signIn(user.email().toUpperCase(), TestAccounts.PASSWORD);
		String unknown = "nobody-" + System.nanoTime() + "@test.example";
		signIn(unknown, "whatever");
		assertThat(jdbc.sql("SELECT outcome || ':' || success || ':' || ip FROM login_attempt WHERE email = ? ORDER BY id")
			.param(user.email())
			.query(String.class)
			.list()).containsExactly("BAD_CREDENTIALS:false:127.0.0.1", "SUCCESS:true:127.0.0.1");
		assertThat(jdbc.sql("SELECT account_id IS NULL AND NOT success FROM login_attempt WHERE email = ?")
			.param(unknown)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void disabledAccountsAndAccountsWithoutPasswordCannotSignIn() throws Exception {
		CurrentUser disabled = TestAccounts.with(jdbc).create(Role.CSO, "IDN");
		jdbc.sql("UPDATE account SET enabled = false WHERE id = ?").param(disabled.id()).update();
		signIn(disabled.email(), TestAccounts.PASSWORD).andExpect(redirectedUrl("/login?error"));
		CurrentUser invited = TestAccounts.with(jdbc).create(Role.CSO, "IDN");
		jdbc.sql("UPDATE account SET password_hash = NULL WHERE id = ?").param(invited.id()).update();
		signIn(invited.email(), TestAccounts.PASSWORD).andExpect(redirectedUrl("/login?error"));
		assertThat(jdbc.sql("SELECT outcome FROM login_attempt WHERE email = ?").param(disabled.email()).query(String.class).single())
			.isEqualTo("DISABLED");
	}

	@Test
	void sessionsAreStoredInPostgresqlAndRenewedAtSignIn() throws Exception {
		assertThat(sessions).isInstanceOf(JdbcIndexedSessionRepository.class);
		CurrentUser user = TestAccounts.with(jdbc).create(Role.FOCAL_POINT, "IDN");
		MvcResult page = mvc.perform(get("/login")).andReturn();
		Cookie before = page.getResponse().getCookie("SESSION");
		assertThat(before).isNotNull();
		MvcResult signedIn = mvc.perform(post("/login").cookie(before).param("username", user.email())
			.param("password", TestAccounts.PASSWORD).with(csrf())).andExpect(redirectedUrl("/")).andReturn();
		Cookie after = signedIn.getResponse().getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).as("session fixation: a new id at sign-in").isNotEqualTo(before.getValue());
		assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(user.email()).query(Long.class).single())
			.isEqualTo(1);
		// The stored session authenticates the next request, as it would on another instance.
		mvc.perform(get("/account/password").cookie(after)).andExpect(content().string(containsString("name=\"currentPassword\"")));
		mvc.perform(post("/logout").cookie(after).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(user.email()).query(Long.class).single())
			.isZero();
	}

	@Test
	void readingPublicPagesAnonymouslyStoresNoSession() throws Exception {
		long before = jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
		for (String page : new String[] { "/", "/recommendations", "/recommendations?q=torture&country=IDN", "/countries/IDN",
				"/countries", "/treaties", "/mechanisms", "/api/v1/recommendations" }) {
			MvcResult result = mvc.perform(get(page)).andReturn();
			assertThat(result.getResponse().getStatus()).as(page).isEqualTo(200);
			assertThat(result.getResponse().getCookie("SESSION")).as(page + " sets no session cookie").isNull();
			assertThat(result.getResponse().getContentAsString()).as(page).doesNotContain("name=\"_csrf\"");
		}
		assertThat(jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single())
			.as("a page view by a reader writes nothing").isEqualTo(before);
		// the sign-in form still carries its token (and so needs a session)
		mvc.perform(get("/login")).andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void strictTransportSecurityOnlyOverHttps() throws Exception {
		mvc.perform(get("/login").secure(true))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Strict-Transport-Security", containsString("max-age=31536000")));
		mvc.perform(get("/login"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().doesNotExist("Strict-Transport-Security"));
	}

}
