package org.rightstrack.account;

import java.security.SecureRandom;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the application starts (web mode, after migrations and data loading) on a database without
 * any account, creates the first administrator from {@code rightstrack.admin.email} /
 * {@code rightstrack.admin.password} ({@code RIGHTSTRACK_ADMIN_EMAIL} / {@code RIGHTSTRACK_ADMIN_PASSWORD}).
 * Without a password, a random one is generated and logged once. There is no default password.
 */
@Component
@ConditionalOnWebApplication
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	static final String DEFAULT_EMAIL = "admin@rightstrack.invalid";

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_!";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final String email;

	private final String password;

	FirstAdministrator(JdbcClient jdbc, PasswordEncoder encoder, PasswordPolicy policy,
			@Value("${rightstrack.admin.email:}") String email, @Value("${rightstrack.admin.password:}") String password) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.policy = policy;
		this.email = email;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		createIfNoAccount();
	}

	/** Returns whether an administrator was created. */
	boolean createIfNoAccount() {
		// One instance at a time, so two instances starting together create one administrator.
		jdbc.sql("SELECT pg_advisory_xact_lock(4155)").query(Object.class).optional();
		if (jdbc.sql("SELECT count(*) FROM account").query(Long.class).single() > 0) {
			return false;
		}
		String adminEmail = email == null || email.isBlank() ? DEFAULT_EMAIL : email.strip().toLowerCase(Locale.ROOT);
		boolean generated = password == null || password.isEmpty();
		String adminPassword = generated ? randomPassword() : password;
		if (!generated) {
			policy.check(adminPassword, adminEmail).ifPresent(problem -> log.warn(
					"RIGHTSTRACK_ADMIN_PASSWORD breaks the password policy ({}); change it after signing in", problem));
		}
		jdbc.sql("""
				INSERT INTO account (email, name, organisation, role, password_hash)
				VALUES (:email, 'Administrator', 'Rightstrack', 'ADMIN', :hash)""")
			.param("email", adminEmail)
			.param("hash", encoder.encode(adminPassword))
			.update();
		if (generated) {
			log.warn("""

					================================================================================
					  FIRST ADMINISTRATOR CREATED: no account existed and RIGHTSTRACK_ADMIN_PASSWORD is not set.
					  Sign in as {} with the password {}
					  It is shown only this once. Change it under "Change password" after signing in.
					================================================================================""",
					adminEmail, adminPassword);
		}
		else {
			log.warn("First administrator {} created from RIGHTSTRACK_ADMIN_EMAIL / RIGHTSTRACK_ADMIN_PASSWORD", adminEmail);
		}
		return true;
	}

	static String randomPassword() {
		StringBuilder password = new StringBuilder(20);
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
