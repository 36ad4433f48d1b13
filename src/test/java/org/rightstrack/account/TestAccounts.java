package org.rightstrack.account;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Real accounts in the test database, one per call with a unique e-mail, and MockMvc
 * authentication as them. Every account has the password {@link #PASSWORD}, so browser tests can
 * sign in through the login page.
 */
public final class TestAccounts {

	public static final String PASSWORD = "Test-only password 42!";

	private static final String PASSWORD_HASH = PasswordEncoderFactories.createDelegatingPasswordEncoder()
		.encode(PASSWORD);

	private final JdbcClient jdbc;

	private TestAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static TestAccounts with(JdbcClient jdbc) {
		return new TestAccounts(jdbc);
	}

	/** A new enabled account with the role and the countries (ISO alpha-3) in its scope. */
	public CurrentUser create(Role role, String... countries) {
		return create(role, false, countries);
	}

	/** As {@link #create(Role, String...)}, for an organisation whose contributions need no moderation. */
	public CurrentUser createTrusted(Role role, String... countries) {
		return create(role, true, countries);
	}

	private CurrentUser create(Role role, boolean trusted, String... countries) {
		String token = UUID.randomUUID().toString().substring(0, 8);
		String email = role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + token + "@test.example";
		String name = "Test " + role.name().toLowerCase(Locale.ROOT) + " " + token;
		String organisation = "Test organisation " + token;
		long id = jdbc.sql("""
				INSERT INTO account (email, name, organisation, role, password_hash, trusted)
				VALUES (:email, :name, :organisation, :role, :hash, :trusted) RETURNING id""")
			.param("email", email)
			.param("name", name)
			.param("organisation", organisation)
			.param("role", role.name())
			.param("hash", PASSWORD_HASH)
			.param("trusted", trusted)
			.query(Long.class)
			.single();
		for (String country : List.of(countries)) {
			int inserted = jdbc.sql("""
					INSERT INTO account_country (account_id, country_id)
					SELECT :id, id FROM country WHERE alpha3 = :code""")
				.param("id", id)
				.param("code", country)
				.update();
			if (inserted != 1) {
				throw new IllegalArgumentException("Unknown country " + country);
			}
		}
		return new CurrentUser(id, email, name, organisation, role, Set.of(countries), trusted, true, false,
				PASSWORD_HASH);
	}

	/** MockMvc authentication as the account. */
	public static RequestPostProcessor as(CurrentUser user) {
		return SecurityMockMvcRequestPostProcessors.user(user);
	}

}
