package org.rightstrack.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to accounts, and what an invited person does with their link. Every
 * change that alters what a person may do (role, scope, disabling, password reset) also ends that
 * person's sessions, so the change applies at once. Stale saves (another administrator saved
 * first) are refused through the version column.
 */
@Service
class AccountAdministration {

	private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Why a change was refused. */
	enum Refusal {

		STALE, LAST_ADMINISTRATOR, DUPLICATE_EMAIL

	}

	static final class RefusedException extends RuntimeException {

		private final Refusal refusal;

		RefusedException(Refusal refusal) {
			super(refusal.name(), null, false, false);
			this.refusal = refusal;
		}

		Refusal refusal() {
			return refusal;
		}

	}

	/** One row of the administration list. */
	record AccountRow(long id, String email, String name, String organisation, Role role, List<String> countries,
			boolean enabled, boolean trusted, boolean locked, boolean invited, Instant lastLoginAt, int version) {
	}

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final Duration invitationValidity;

	AccountAdministration(JdbcClient jdbc, PasswordEncoder encoder,
			@Value("${rightstrack.invitation.validity:7d}") Duration invitationValidity) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.invitationValidity = invitationValidity;
	}

	private static final String ROW_SELECT = """
			SELECT a.id, a.email, a.name, a.organisation, a.role, a.enabled, a.trusted,
			       (a.locked_until IS NOT NULL AND a.locked_until > now()) AS locked, a.password_hash IS NULL AS invited,
			       a.last_login_at, a.version,
			       array_remove(array_agg(c.alpha3 ORDER BY c.alpha3), NULL) AS countries
			FROM account a
			LEFT JOIN account_country ac ON ac.account_id = a.id
			LEFT JOIN country c ON c.id = ac.country_id
			""";

	List<AccountRow> list(Role role, String country, int offset, int limit) {
		return jdbc.sql(ROW_SELECT + """
				WHERE (CAST(:role AS varchar) IS NULL OR a.role = :role)
				  AND (CAST(:country AS varchar) IS NULL OR EXISTS (SELECT 1 FROM account_country x JOIN country y ON y.id = x.country_id
				                                                  WHERE x.account_id = a.id AND y.alpha3 = :country))
				GROUP BY a.id
				ORDER BY lower(a.name), a.id
				OFFSET :offset LIMIT :limit""")
			.param("role", role == null ? null : role.name())
			.param("country", country)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> row(rs))
			.list();
	}

	long count(Role role, String country) {
		return jdbc.sql("""
				SELECT count(*) FROM account a
				WHERE (CAST(:role AS varchar) IS NULL OR a.role = :role)
				  AND (CAST(:country AS varchar) IS NULL OR EXISTS (SELECT 1 FROM account_country x JOIN country y ON y.id = x.country_id
				                                                  WHERE x.account_id = a.id AND y.alpha3 = :country))""")
			.param("role", role == null ? null : role.name())
			.param("country", country)
			.query(Long.class)
			.single();
	}

	Optional<AccountRow> find(long id) {
		return jdbc.sql(ROW_SELECT + " WHERE a.id = :id GROUP BY a.id").param("id", id).query((rs, n) -> row(rs)).optional();
	}

	private static AccountRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
		List<String> countries = List.of((String[]) rs.getArray("countries").getArray());
		java.sql.Timestamp lastLogin = rs.getTimestamp("last_login_at");
		return new AccountRow(rs.getLong("id"), rs.getString("email"), rs.getString("name"), rs.getString("organisation"),
				Role.valueOf(rs.getString("role")), countries, rs.getBoolean("enabled"), rs.getBoolean("trusted"),
				rs.getBoolean("locked"), rs.getBoolean("invited"), lastLogin == null ? null : lastLogin.toInstant(),
				rs.getInt("version"));
	}

	/** Creates an account without a password; the person sets one with the invitation link. */
	@Transactional
	long create(AccountForm form) {
		String email = form.getEmail().strip().toLowerCase(Locale.ROOT);
		if (jdbc.sql("SELECT count(*) FROM account WHERE email = ?").param(email).query(Long.class).single() > 0) {
			throw new RefusedException(Refusal.DUPLICATE_EMAIL);
		}
		long id = jdbc.sql("""
				INSERT INTO account (email, name, organisation, role, trusted)
				VALUES (:email, :name, :organisation, :role, :trusted) RETURNING id""")
			.param("email", email)
			.param("name", form.getName().strip())
			.param("organisation", form.getOrganisation().strip())
			.param("role", form.getRole().name())
			.param("trusted", form.isTrusted())
			.query(Long.class)
			.single();
		setCountries(id, form.getRole(), form.getCountries());
		log.info("Account {} ({}) created with role {}", id, email, form.getRole());
		return id;
	}

	@Transactional
	void update(long id, AccountForm form) {
		AccountRow current = find(id).orElseThrow(() -> new RefusedException(Refusal.STALE));
		if (current.role() == Role.ADMIN && form.getRole() != Role.ADMIN && current.enabled()) {
			requireAnotherAdministrator(id);
		}
		int updated = jdbc.sql("""
				UPDATE account SET name = :name, organisation = :organisation, role = :role, trusted = :trusted,
				       version = version + 1, updated_at = now()
				WHERE id = :id AND version = :version""")
			.param("name", form.getName().strip())
			.param("organisation", form.getOrganisation().strip())
			.param("role", form.getRole().name())
			.param("trusted", form.isTrusted())
			.param("id", id)
			.param("version", form.getVersion())
			.update();
		if (updated != 1) {
			throw new RefusedException(Refusal.STALE);
		}
		jdbc.sql("DELETE FROM account_country WHERE account_id = ?").param(id).update();
		setCountries(id, form.getRole(), form.getCountries());
		if (current.role() != form.getRole() || !current.countries().equals(List.copyOf(new java.util.TreeSet<>(form.getCountries())))) {
			endSessions(current.email());
		}
		log.info("Account {} updated: role {}, countries {}", id, form.getRole(), form.getCountries());
	}

	@Transactional
	void setEnabled(long id, int version, boolean enabled) {
		AccountRow current = find(id).orElseThrow(() -> new RefusedException(Refusal.STALE));
		if (!enabled && current.role() == Role.ADMIN) {
			requireAnotherAdministrator(id);
		}
		bump(id, version, "enabled = " + enabled);
		if (!enabled) {
			endSessions(current.email());
		}
		log.info("Account {} {}", id, enabled ? "enabled" : "disabled");
	}

	@Transactional
	void unlock(long id, int version) {
		bump(id, version, "locked_until = NULL, failed_attempts = 0");
		log.info("Account {} unlocked", id);
	}

	/**
	 * A new one-time link for choosing a password; any older unused link stops working. With
	 * {@code resetPassword} the current password stops working too (the administrator's "reset").
	 * Returns the token: only its hash is stored.
	 */
	@Transactional
	String invite(long id, int version, boolean resetPassword, Long invitedBy) {
		AccountRow current = find(id).orElseThrow(() -> new RefusedException(Refusal.STALE));
		if (resetPassword) {
			bump(id, version, "password_hash = NULL");
			endSessions(current.email());
		}
		else if (current.version() != version) {
			throw new RefusedException(Refusal.STALE);
		}
		jdbc.sql("DELETE FROM account_invitation WHERE account_id = ? AND used_at IS NULL").param(id).update();
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				INSERT INTO account_invitation (account_id, token_hash, created_by, expires_at)
				VALUES (:account, :hash, :by, now() + make_interval(secs => :seconds))""")
			.param("account", id)
			.param("hash", hash(token))
			.param("by", invitedBy)
			.param("seconds", (double) invitationValidity.toSeconds())
			.update();
		log.info("Invitation link issued for account {}{}", id, resetPassword ? " (password reset)" : "");
		return token;
	}

	/** The e-mail of the account a valid (unused, unexpired) invitation is for. */
	Optional<String> invitationEmail(String token) {
		return jdbc.sql("""
				SELECT a.email FROM account_invitation i JOIN account a ON a.id = i.account_id
				WHERE i.token_hash = ? AND i.used_at IS NULL AND i.expires_at > now()""")
			.param(hash(token))
			.query(String.class)
			.optional();
	}

	/** Sets the password chosen with an invitation and uses the invitation up; false if it is no longer valid. */
	@Transactional
	boolean acceptInvitation(String token, String password) {
		Optional<Long> account = jdbc.sql("""
				UPDATE account_invitation SET used_at = now()
				WHERE token_hash = ? AND used_at IS NULL AND expires_at > now()
				RETURNING account_id""")
			.param(hash(token))
			.query(Long.class)
			.optional();
		account.ifPresent(id -> {
			setPassword(id, password);
			log.info("Account {} chose a password with its invitation link", id);
		});
		return account.isPresent();
	}

	void setPassword(long id, String password) {
		jdbc.sql("""
				UPDATE account SET password_hash = ?, failed_attempts = 0, locked_until = NULL, version = version + 1,
				       updated_at = now()
				WHERE id = ?""")
			.params(encoder.encode(password), id)
			.update();
	}

	List<Country> countries() {
		return jdbc.sql("SELECT alpha3, name FROM country ORDER BY name").query(Country.class).list();
	}

	record Country(String alpha3, String name) {
	}

	private void bump(long id, int version, String assignments) {
		int updated = jdbc.sql("UPDATE account SET " + assignments + ", version = version + 1, updated_at = now() WHERE id = ? AND version = ?")
			.params(id, version)
			.update();
		if (updated != 1) {
			throw new RefusedException(Refusal.STALE);
		}
	}

	/**
	 * Refuses a change that would leave no administrator who can sign in; locks the administrators'
	 * rows meanwhile, so two administrators cannot demote each other at the same moment.
	 */
	private void requireAnotherAdministrator(long id) {
		List<Long> others = jdbc.sql("SELECT id FROM account WHERE role = 'ADMIN' AND enabled AND password_hash IS NOT NULL AND id <> ? FOR UPDATE")
			.param(id)
			.query(Long.class)
			.list();
		if (others.isEmpty()) {
			throw new RefusedException(Refusal.LAST_ADMINISTRATOR);
		}
	}

	private void setCountries(long id, Role role, List<String> countries) {
		if (!role.countryScoped()) {
			return;
		}
		for (String code : countries) {
			jdbc.sql("""
					INSERT INTO account_country (account_id, country_id)
					SELECT :id, id FROM country WHERE alpha3 = :code ON CONFLICT DO NOTHING""")
				.param("id", id)
				.param("code", code)
				.update();
		}
	}

	/** Ends the person's sessions (Spring Session JDBC), so role, scope or password changes apply at once. */
	private void endSessions(String email) {
		jdbc.sql("DELETE FROM spring_session WHERE principal_name = ?").param(email).update();
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
