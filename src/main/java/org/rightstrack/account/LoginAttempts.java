package org.rightstrack.account;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after each sign-in attempt: it is logged (table {@code login_attempt} and the
 * application log); a success clears the failure count and records the time; the
 * {@code rightstrack.login.max-failed-attempts}-th failure in a row locks the account for
 * {@code rightstrack.login.lock-duration}, and the sign-in page says so.
 */
@Component
public class LoginAttempts implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	static final String LOCKED_URL = "/login?error&locked";

	static final String FAILED_URL = "/login?error";

	private final JdbcClient jdbc;

	private final int maxFailedAttempts;

	private final Duration lockDuration;

	private final AuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

	LoginAttempts(JdbcClient jdbc, @Value("${rightstrack.login.max-failed-attempts:5}") int maxFailedAttempts,
			@Value("${rightstrack.login.lock-duration:15m}") Duration lockDuration) {
		this.jdbc = jdbc;
		this.maxFailedAttempts = maxFailedAttempts;
		this.lockDuration = lockDuration;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		CurrentUser user = (CurrentUser) authentication.getPrincipal();
		jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = NULL, last_login_at = now() WHERE id = ?")
			.param(user.id())
			.update();
		record(user.email(), user.id(), "SUCCESS", request);
		log.info("Sign-in succeeded for account {} ({}) from {}", user.id(), loggable(user.email()), request.getRemoteAddr());
		next.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String email = normalise(request.getParameter("username"));
		Long accountId = jdbc.sql("SELECT id FROM account WHERE email = ?").param(email).query(Long.class).optional().orElse(null);
		String outcome;
		boolean locked = false;
		if (exception instanceof LockedException) {
			outcome = "LOCKED";
			locked = true;
		}
		else if (exception instanceof DisabledException) {
			outcome = "DISABLED";
		}
		else if (exception instanceof BadCredentialsException) {
			outcome = "BAD_CREDENTIALS";
			locked = accountId != null && countFailure(accountId);
		}
		else {
			outcome = "ERROR";
		}
		record(email, accountId, outcome, request);
		log.warn("Sign-in failed ({}) for {} from {}{}", outcome, loggable(email), request.getRemoteAddr(),
				locked && outcome.equals("BAD_CREDENTIALS") ? "; account locked for " + lockDuration : "");
		response.sendRedirect(request.getContextPath() + (locked ? LOCKED_URL : FAILED_URL));
	}

	/** Counts a wrong password; returns whether this failure locked the account. */
	private boolean countFailure(long accountId) {
		return jdbc.sql("""
				UPDATE account SET
				  failed_attempts = CASE WHEN failed_attempts + 1 >= :max THEN 0 ELSE failed_attempts + 1 END,
				  locked_until = CASE WHEN failed_attempts + 1 >= :max THEN now() + make_interval(secs => :seconds)
				                      ELSE locked_until END
				WHERE id = :id
				RETURNING locked_until IS NOT NULL AND locked_until > now()""")
			.param("max", maxFailedAttempts)
			.param("seconds", (double) lockDuration.toSeconds())
			.param("id", accountId)
			.query(Boolean.class)
			.single();
	}

	private void record(String email, Long accountId, String outcome, HttpServletRequest request) {
		jdbc.sql("""
				INSERT INTO login_attempt (email, account_id, success, outcome, ip)
				VALUES (:email, :account, :success, :outcome, :ip)""")
			.param("email", email)
			.param("account", accountId)
			.param("success", outcome.equals("SUCCESS"))
			.param("outcome", outcome)
			.param("ip", truncate(request.getRemoteAddr(), 64))
			.update();
	}

	private static String normalise(String email) {
		return truncate(email == null ? "" : email.strip().toLowerCase(Locale.ROOT), 320);
	}

	private static String truncate(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

	/** An e-mail as typed, safe for one log line (no line breaks or control characters). */
	private static String loggable(String email) {
		return "'" + email.replaceAll("\\p{Cntrl}", "?") + "'";
	}

}
