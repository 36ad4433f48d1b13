package org.rightstrack.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	PasswordPolicy policy = new PasswordPolicy();

	@Test
	void shipsTenThousandCommonPasswords() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/account/common-passwords.txt")) {
			long entries = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(l -> !l.isBlank() && !l.startsWith("# "))
				.count();
			assertThat(entries).isEqualTo(10_000);
		}
		assertThat(policy.isCommon("123456")).isTrue();
		assertThat(policy.isCommon("PASSWORD")).isTrue();
	}

	@Test
	void refusesShortCommonAndEmailPasswords() {
		assertThat(policy.check("short pass", "a@b.example")).contains("password.tooShort");
		assertThat(policy.check("123456789012", "a@b.example")).contains("password.common");
		assertThat(policy.check("qwertyuiop123", "a@b.example")).contains("password.common");
		assertThat(policy.check("Iloveyou2024!!", "a@b.example")).contains("password.common");
		assertThat(policy.check("aaaaaaaaaaaaaaaa", "a@b.example")).contains("password.common");
		assertThat(policy.check("Someone@Example.org", "someone@example.org")).contains("password.isEmail");
		assertThat(policy.check("é".repeat(40), "a@b.example")).contains("password.tooLong");
		assertThat(policy.check(null, "a@b.example")).contains("password.tooShort");
	}

	@Test
	void acceptsALongUncommonPassword() {
		assertThat(policy.check("mango tiles under the bridge", "a@b.example")).isEmpty();
		assertThat(policy.check("Kelapa-Muda-4821", "focal.idn@demo.example")).isEmpty();
	}

}
