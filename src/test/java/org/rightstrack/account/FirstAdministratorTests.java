package org.rightstrack.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightstrack.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first administrator on a database without accounts. Each case empties the account table
 * inside a transaction that is rolled back, so other tests keep their accounts.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	PasswordPolicy policy;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void startUpCreatedAnAdministratorOnTheEmptyTestDatabase() {
		assertThat(jdbc.sql("SELECT role FROM account WHERE email = ?").param(FirstAdministrator.DEFAULT_EMAIL).query(String.class).single())
			.isEqualTo("ADMIN");
	}

	@Test
	void noDemoAccountWithoutDemoData() {
		assertThat(jdbc.sql("SELECT count(*) FROM account WHERE email LIKE '%@demo.example'").query(Long.class).single()).isZero();
	}

	@Test
	void createdFromTheConfiguredEmailAndPassword(CapturedOutput output) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("DELETE FROM account").update();
			FirstAdministrator first = new FirstAdministrator(jdbc, encoder, policy, " Boss@Ministry.example ", "a long configured passphrase");
			assertThat(first.createIfNoAccount()).isTrue();
			String hash = jdbc.sql("SELECT password_hash FROM account WHERE email = 'boss@ministry.example' AND role = 'ADMIN'")
				.query(String.class).single();
			assertThat(encoder.matches("a long configured passphrase", hash)).isTrue();
			// Once an account exists, nothing more is created.
			assertThat(first.createIfNoAccount()).isFalse();
			status.setRollbackOnly();
		});
		assertThat(output.getAll()).doesNotContain("a long configured passphrase");
	}

	@Test
	void withoutPasswordARandomOneIsLoggedOnce(CapturedOutput output) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("DELETE FROM account").update();
			assertThat(new FirstAdministrator(jdbc, encoder, policy, "", "").createIfNoAccount()).isTrue();
			Matcher logged = Pattern.compile("Sign in as (\\S+) with the password (\\S+)").matcher(output.getAll());
			String email = null;
			String password = null;
			// The last one logged (the context's own start-up may have logged one before).
			while (logged.find()) {
				email = logged.group(1);
				password = logged.group(2);
			}
			assertThat(email).isEqualTo(FirstAdministrator.DEFAULT_EMAIL);
			assertThat(password).hasSize(20);
			String hash = jdbc.sql("SELECT password_hash FROM account WHERE email = ?").param(FirstAdministrator.DEFAULT_EMAIL)
				.query(String.class).single();
			assertThat(encoder.matches(password, hash)).isTrue();
			status.setRollbackOnly();
		});
		assertThat(FirstAdministrator.randomPassword()).isNotEqualTo(FirstAdministrator.randomPassword());
	}

	@Test
	void nothingIsCreatedWhenAccountsExist() {
		TestAccounts.with(jdbc).create(Role.CSO, "IDN");
		assertThat(new FirstAdministrator(jdbc, encoder, policy, "x@y.example", "a long configured passphrase").createIfNoAccount()).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM account WHERE email = 'x@y.example'").query(Long.class).single()).isZero();
	}

}
