package org.rightstrack.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.rightstrack.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class PasswordChangeTests {

	static final String NEW_PASSWORD = "lanterns over the mekong 7";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ResultActions change(CurrentUser user, String current, String password, String confirmation) throws Exception {
		return mvc.perform(post("/account/password").with(TestAccounts.as(user)).with(csrf())
			.param("currentPassword", current).param("newPassword", password).param("confirmation", confirmation));
	}

	String hash(CurrentUser user) {
		return jdbc.sql("SELECT password_hash FROM account WHERE id = ?").param(user.id()).query(String.class).single();
	}

	@Test
	void pageNeedsSigningIn() throws Exception {
		mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
		CurrentUser user = TestAccounts.with(jdbc).create(Role.CSO, "IDN");
		mvc.perform(get("/account/password").with(TestAccounts.as(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"currentPassword\"")));
	}

	@Test
	void wrongCurrentPasswordIsRefused() throws Exception {
		CurrentUser user = TestAccounts.with(jdbc).create(Role.CSO, "IDN");
		String before = hash(user);
		change(user, "not my password", NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "password.wrongCurrent"))
			.andExpect(content().string(containsString("The current password is wrong.")));
		assertThat(hash(user)).isEqualTo(before);
	}

	@Test
	void tooShortCommonEmailAndMismatchedPasswordsAreRefused() throws Exception {
		CurrentUser user = TestAccounts.with(jdbc).create(Role.NHRI, "IDN");
		String before = hash(user);
		change(user, TestAccounts.PASSWORD, "short1", "short1")
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "password.tooShort"))
			.andExpect(content().string(containsString("at least 12 characters")));
		change(user, TestAccounts.PASSWORD, "1q2w3e4r5t6y", "1q2w3e4r5t6y")
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "password.common"));
		change(user, TestAccounts.PASSWORD, "password123456", "password123456")
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "password.common"));
		change(user, TestAccounts.PASSWORD, user.email(), user.email())
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "password.isEmail"));
		change(user, TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x")
			.andExpect(model().attributeHasFieldErrorCode("form", "confirmation", "password.mismatch"))
			// Passwords are never written back into the page.
			.andExpect(content().string(not(containsString(NEW_PASSWORD))));
		assertThat(hash(user)).isEqualTo(before);
	}

	@Test
	void newPasswordSignsInAndTheOldOneNoLonger() throws Exception {
		CurrentUser user = TestAccounts.with(jdbc).create(Role.FOCAL_POINT, "IDN");
		change(user, TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/account/password"));
		assertThat(hash(user)).startsWith("{bcrypt}");
		mvc.perform(post("/login").param("username", user.email()).param("password", TestAccounts.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/login").param("username", user.email()).param("password", NEW_PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void changeWithoutCsrfTokenIsRefused() throws Exception {
		CurrentUser user = TestAccounts.with(jdbc).create(Role.CSO, "IDN");
		String before = hash(user);
		mvc.perform(post("/account/password").with(TestAccounts.as(user)).param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", NEW_PASSWORD).param("confirmation", NEW_PASSWORD)).andExpect(status().isForbidden());
		assertThat(hash(user)).isEqualTo(before);
	}

}
