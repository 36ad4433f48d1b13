package org.rightstrack.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least 12 characters, at most 72 bytes (bcrypt's limit), not one
 * of the 10 000 most common passwords (also not one with only digits or symbols added at the end,
 * such as {@code iloveyou2024!}), not only digits, and not the account's e-mail.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	private static final Pattern TRAILING_DIGITS_AND_SYMBOLS = Pattern.compile("[\\p{N}\\p{P}\\p{S}\\s]+$");

	/** Numbers only: dates, phone numbers and keyboard runs more often than not. */
	private static final Pattern DIGITS_ONLY = Pattern.compile("[\\p{N}\\s]+");

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/** The message key of the first rule the password breaks, or empty when it is acceptable. */
	public Optional<String> check(String password, String email) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.tooLong");
		}
		String lower = password.strip().toLowerCase(Locale.ROOT);
		if (email != null && (lower.equals(email.strip().toLowerCase(Locale.ROOT))
				|| lower.equals(email.strip().toLowerCase(Locale.ROOT).split("@")[0]))) {
			return Optional.of("password.isEmail");
		}
		String stem = TRAILING_DIGITS_AND_SYMBOLS.matcher(lower).replaceAll("");
		if (common.contains(lower) || (stem.length() >= 4 && common.contains(stem)) || lower.chars().distinct().count() < 4
				|| DIGITS_ONLY.matcher(lower).matches()) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

	boolean isCommon(String password) {
		return common.contains(password.toLowerCase(Locale.ROOT));
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>(16_384);
		try (InputStream in = PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("account/common-passwords.txt is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("# ")) {
					passwords.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(passwords);
	}

}
