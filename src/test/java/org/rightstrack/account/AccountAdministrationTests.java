package org.rightstrack.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rightstrack.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** The administration pages: every form valid, invalid and stale; the last administrator kept. */
@IntegrationTest
class AccountAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountAdministration administration;

	@Autowired
	TransactionTemplate transactions;

	CurrentUser admin() {
		return TestAccounts.with(jdbc).create(Role.ADMIN);
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	MockHttpServletRequestBuilder createRequest(String email, String name, String role, String... countries) {
		return post("/admin/accounts").with(csrf()).param("email", email).param("name", name)
			.param("organisation", "Org " + name).param("role", role).param("countries", countries);
	}

	Map<String, Object> row(String email) {
		return jdbc.sql("SELECT id, name, role, enabled, trusted, password_hash, version FROM account WHERE email = ?").param(email)
			.query().singleRow();
	}

	List<String> countries(long id) {
		return jdbc.sql("SELECT c.alpha3 FROM account_country ac JOIN country c ON c.id = ac.country_id WHERE ac.account_id = ? ORDER BY 1")
			.param(id).query(String.class).list();
	}

	@Test
	void listFiltersByRoleAndCountry() throws Exception {
		String token = unique();
		CurrentUser nhri = TestAccounts.with(jdbc).create(Role.NHRI, "LAO");
		CurrentUser cso = TestAccounts.with(jdbc).create(Role.CSO, "LAO");
		CurrentUser other = TestAccounts.with(jdbc).create(Role.NHRI, "KHM");
		mvc.perform(get("/admin/accounts").param("role", "NHRI").param("country", "LAO").with(TestAccounts.as(admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(nhri.email())))
			.andExpect(content().string(not(containsString(cso.email()))))
			.andExpect(content().string(not(containsString(other.email()))));
		mvc.perform(get("/admin/accounts").param("page", "0").with(TestAccounts.as(admin())))
			.andExpect(model().attribute("page", 0))
			.andExpect(model().attributeExists("pages", "total"));
		assertThat(token).isNotEmpty();
	}

	@Test
	void validCreationMakesAnInvitedAccountAndShowsTheLinkOnce() throws Exception {
		String email = "new-" + unique() + "@test.example";
		MvcResult result = mvc.perform(createRequest(email.toUpperCase(), "New person", "FOCAL_POINT", "IDN", "TLS")
			.param("trusted", "true").with(TestAccounts.as(admin())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("invitationLink"))
			.andReturn();
		Map<String, Object> row = row(email);
		assertThat(row.get("password_hash")).isNull();
		assertThat(row).containsEntry("role", "FOCAL_POINT").containsEntry("trusted", true);
		assertThat(countries((Long) row.get("id"))).containsExactly("IDN", "TLS");
		String link = (String) result.getFlashMap().get("invitationLink");
		assertThat(link).matches("http://localhost/invitation/[A-Za-z0-9_-]{43}");
		String token = link.substring(link.lastIndexOf('/') + 1);
		// Only the hash of the token is stored.
		assertThat(jdbc.sql("SELECT count(*) FROM account_invitation WHERE token_hash = ?").param(token).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM account_invitation WHERE token_hash = ?").param(AccountAdministration.hash(token))
			.query(Long.class).single()).isOne();
		// The edit page shows the link only with the redirect's flash attributes.
		mvc.perform(get(result.getResponse().getRedirectedUrl()).with(TestAccounts.as(admin())))
			.andExpect(content().string(not(containsString(token))));
	}

	@Test
	void invalidCreationShowsMessagesNextToFieldsAndCreatesNothing() throws Exception {
		String email = "invalid-" + unique() + "@test.example";
		mvc.perform(createRequest("not an e-mail", "", "FOCAL_POINT").with(TestAccounts.as(admin())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "email", "name", "countries"))
			.andExpect(content().string(containsString("id=\"countries-error\"")))
			.andExpect(content().string(containsString("Focal points, NHRIs and CSOs need at least one country.")));
		mvc.perform(createRequest(email, "Someone", "CSO", "XXX").with(TestAccounts.as(admin())))
			.andExpect(model().attributeHasFieldErrorCode("form", "countries", "admin.accounts.unknownCountry"));
		mvc.perform(createRequest(email, "Someone", "NOT_A_ROLE", "IDN").with(TestAccounts.as(admin())))
			.andExpect(model().attributeHasFieldErrors("form", "role"));
		assertThat(jdbc.sql("SELECT count(*) FROM account WHERE email = ?").param(email).query(Long.class).single()).isZero();
		CurrentUser existing = TestAccounts.with(jdbc).create(Role.CSO, "IDN");
		mvc.perform(createRequest(existing.email(), "Twin", "CSO", "IDN").with(TestAccounts.as(admin())))
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "admin.accounts.duplicateEmail"));
		assertThat(row(existing.email())).containsEntry("name", existing.name());
	}

	@Test
	void editChangesRoleAndScopeAndRefusesStaleSaves() throws Exception {
		CurrentUser user = TestAccounts.with(jdbc).create(Role.CSO, "IDN");
		CurrentUser admin = admin();
		mvc.perform(post("/admin/accounts/{id}", user.id()).with(csrf()).with(TestAccounts.as(admin)).param("name", "Renamed")
			.param("organisation", "New org").param("role", "NHRI").param("countries", "THA", "VNM").param("version", "0"))
			.andExpect(redirectedUrl("/admin/accounts/" + user.id()));
		assertThat(row(user.email())).containsEntry("role", "NHRI").containsEntry("name", "Renamed").containsEntry("version", 1);
		assertThat(countries(user.id())).containsExactly("THA", "VNM");
		// A second administrator still holding version 0 is refused, and their input is kept in the form.
		mvc.perform(post("/admin/accounts/{id}", user.id()).with(csrf()).with(TestAccounts.as(admin)).param("name", "Stale name")
			.param("organisation", "Stale org").param("role", "CSO").param("countries", "IDN").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this account meanwhile")))
			.andExpect(content().string(containsString("value=\"Stale name\"")));
		assertThat(row(user.email())).containsEntry("name", "Renamed").containsEntry("version", 1);
		// Invalid input: messages next to the fields, nothing saved.
		mvc.perform(post("/admin/accounts/{id}", user.id()).with(csrf()).with(TestAccounts.as(admin)).param("name", " ")
			.param("organisation", "Org").param("role", "FOCAL_POINT").param("version", "1"))
			.andExpect(model().attributeHasFieldErrors("form", "name", "countries"));
		assertThat(row(user.email())).containsEntry("role", "NHRI");
		// Curators and administrators have no country scope.
		mvc.perform(post("/admin/accounts/{id}", user.id()).with(csrf()).with(TestAccounts.as(admin)).param("name", "Renamed")
			.param("organisation", "Org").param("role", "CURATOR").param("countries", "IDN").param("version", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(countries(user.id())).isEmpty();
	}

	@Test
	void roleChangeEndsThePersonsSessions() throws Exception {
		CurrentUser user = TestAccounts.with(jdbc).create(Role.CSO, "IDN");
		mvc.perform(post("/login").param("username", user.email()).param("password", TestAccounts.PASSWORD).with(csrf()));
		assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(user.email()).query(Long.class).single()).isOne();
		mvc.perform(post("/admin/accounts/{id}", user.id()).with(csrf()).with(TestAccounts.as(admin())).param("name", user.name())
			.param("organisation", "Org").param("role", "NHRI").param("countries", "IDN").param("version", "0"));
		assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(user.email()).query(Long.class).single()).isZero();
	}

	@Test
	void disableEnableAndUnlock() throws Exception {
		CurrentUser user = TestAccounts.with(jdbc).create(Role.FOCAL_POINT, "IDN");
		CurrentUser admin = admin();
		mvc.perform(post("/admin/accounts/{id}/enabled", user.id()).with(csrf()).with(TestAccounts.as(admin)).param("version", "0")
			.param("enabled", "false")).andExpect(flash().attribute("done", "disabled"));
		assertThat(row(user.email())).containsEntry("enabled", false);
		mvc.perform(post("/login").param("username", user.email()).param("password", TestAccounts.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		// Stale version: refused.
		mvc.perform(post("/admin/accounts/{id}/enabled", user.id()).with(csrf()).with(TestAccounts.as(admin)).param("version", "0")
			.param("enabled", "true")).andExpect(flash().attribute("refused", "admin.accounts.stale"));
		assertThat(row(user.email())).containsEntry("enabled", false);
		mvc.perform(post("/admin/accounts/{id}/enabled", user.id()).with(csrf()).with(TestAccounts.as(admin)).param("version", "1")
			.param("enabled", "true")).andExpect(flash().attribute("done", "enabled"));
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").param("username", user.email()).param("password", "wrong " + i).with(csrf()));
		}
		mvc.perform(get("/admin/accounts/{id}", user.id()).with(TestAccounts.as(admin)))
			.andExpect(content().string(containsString("Locked")));
		int version = (Integer) row(user.email()).get("version");
		mvc.perform(post("/admin/accounts/{id}/unlock", user.id()).with(csrf()).with(TestAccounts.as(admin)).param("version",
				String.valueOf(version))).andExpect(flash().attribute("done", "unlocked"));
		mvc.perform(post("/login").param("username", user.email()).param("password", TestAccounts.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void resetPasswordInvalidatesTheOldOneAndGivesANewLink() throws Exception {
		CurrentUser user = TestAccounts.with(jdbc).create(Role.CSO, "THA");
		MvcResult result = mvc.perform(post("/admin/accounts/{id}/invitation", user.id()).with(csrf()).with(TestAccounts.as(admin()))
			.param("version", "0")).andExpect(flash().attribute("done", "reset")).andReturn();
		assertThat(result.getFlashMap().get("invitationLink")).asString().contains("/invitation/");
		assertThat(row(user.email()).get("password_hash")).isNull();
		mvc.perform(post("/login").param("username", user.email()).param("password", TestAccounts.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void theLastAdministratorCannotBeDisabledOrDemoted() {
		CurrentUser admin = admin();
		transactions.executeWithoutResult(status -> {
			// Within this rolled-back transaction, every other administrator is disabled.
			jdbc.sql("UPDATE account SET enabled = false WHERE role = 'ADMIN' AND id <> ?").param(admin.id()).update();
			assertThatThrownBy(() -> administration.setEnabled(admin.id(), 0, false))
				.isInstanceOfSatisfying(AccountAdministration.RefusedException.class,
						e -> assertThat(e.refusal()).isEqualTo(AccountAdministration.Refusal.LAST_ADMINISTRATOR));
			AccountForm form = new AccountForm();
			form.setName("Admin");
			form.setOrganisation("Org");
			form.setRole(Role.CURATOR);
			assertThatThrownBy(() -> administration.update(admin.id(), form))
				.isInstanceOfSatisfying(AccountAdministration.RefusedException.class,
						e -> assertThat(e.refusal()).isEqualTo(AccountAdministration.Refusal.LAST_ADMINISTRATOR));
			status.setRollbackOnly();
		});
		assertThat(row(admin.email())).containsEntry("enabled", true).containsEntry("role", "ADMIN");
	}

	@Test
	void anAdministratorMayDemoteThemselfWhileAnotherRemains() throws Exception {
		CurrentUser admin = admin();
		admin();
		mvc.perform(post("/admin/accounts/{id}", admin.id()).with(csrf()).with(TestAccounts.as(admin)).param("name", admin.name())
			.param("organisation", "Org").param("role", "CURATOR").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(row(admin.email())).containsEntry("role", "CURATOR");
	}

	@Test
	void adminFormsRefuseRequestsWithoutCsrfToken() throws Exception {
		String email = "csrf-" + unique() + "@test.example";
		CurrentUser user = TestAccounts.with(jdbc).create(Role.CSO, "IDN");
		CurrentUser admin = admin();
		mvc.perform(post("/admin/accounts").with(TestAccounts.as(admin)).param("email", email).param("name", "X")
			.param("organisation", "X").param("role", "CURATOR")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/accounts/{id}/enabled", user.id()).with(TestAccounts.as(admin)).param("version", "0")
			.param("enabled", "false")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/accounts/{id}/invitation", user.id()).with(csrf().useInvalidToken()).with(TestAccounts.as(admin))
			.param("version", "0")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT count(*) FROM account WHERE email = ?").param(email).query(Long.class).single()).isZero();
		assertThat(row(user.email())).containsEntry("enabled", true).containsEntry("version", 0);
	}

	@Test
	void unknownAccountIs404() throws Exception {
		mvc.perform(get("/admin/accounts/{id}", Long.MAX_VALUE).with(TestAccounts.as(admin()))).andExpect(status().isNotFound());
	}

	@Test
	void scriptPayloadsInNameAndOrganisationAreEscapedOnAdminPagesAndInTheNavigation() throws Exception {
		String token = unique();
		String script = "<script>alert(1)</script>" + token;
		String attribute = "\" onmouseover=\"x" + token;
		String link = "javascript:alert(1)" + token;
		// The navigation shows the signed-in e-mail: the database lets it hold markup too.
		String email = "<script>alert(1)</script>" + token + "@test.example";
		long id = jdbc.sql("""
				INSERT INTO account (email, name, organisation, role, password_hash)
				VALUES (?, ?, ?, 'ADMIN', 'x') RETURNING id""")
			.params(email, script, attribute + " " + link)
			.query(Long.class).single();
		CurrentUser admin = new Accounts(jdbc).findById(id).orElseThrow();
		for (String page : List.of("/admin/accounts", "/admin/accounts/" + id, "/")) {
			String html = mvc.perform(get(page).with(TestAccounts.as(admin))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
			assertThat(html).as(page).doesNotContain("<script>alert(1)</script>").doesNotContain(" onmouseover=\"x")
				.doesNotContain("href=\"javascript:");
			assertThat(html).as(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;" + token);
			if (!page.equals("/")) {
				assertThat(html).as(page).contains("&quot; onmouseover=&quot;x" + token);
				assertThat(html).as(page).contains(link);
			}
		}
	}

}
