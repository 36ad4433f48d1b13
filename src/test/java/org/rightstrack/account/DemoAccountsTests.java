package org.rightstrack.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightstrack.DemoDataTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** With demo data, one demo account per role signs in with the password the README lists. */
@DemoDataTest
class DemoAccountsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@ParameterizedTest
	@CsvSource({ "focal.idn@demo.example, Kelapa-Muda-4821, FOCAL_POINT, IDN", "nhri.idn@demo.example, Komnas-Pelangi-7305, NHRI, IDN",
			"cso.tha@demo.example, Chao-Phraya-Lotus-56, CSO, THA", "curator@demo.example, Curate-Record-Geneva-93, CURATOR, ",
			"admin@demo.example, Admin-Demo-Kestrel-28, ADMIN, " })
	void demoAccountSignsInWithTheReadmePassword(String email, String password, Role role, String country) throws Exception {
		CurrentUser user = accounts.findByEmail(email).orElseThrow();
		assertThat(user.role()).isEqualTo(role);
		if (country == null) {
			assertThat(user.countries()).isEmpty();
		}
		else {
			assertThat(user.countries()).containsExactly(country);
		}
		mvc.perform(post("/login").param("username", email).param("password", password).with(csrf())).andExpect(redirectedUrl("/"));
		// Demo accounts exist, so no first administrator with a random password is made.
		assertThat(jdbc.sql("SELECT count(*) FROM account WHERE email = ?").param(FirstAdministrator.DEFAULT_EMAIL).query(Long.class).single())
			.isZero();
	}

}
