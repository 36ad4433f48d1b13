package org.rightstrack.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The filter chain: public pages are readable by anyone; curation needs a curator or an
 * administrator, administration an administrator; everything else that writes checks the role and
 * country scope in its controller (method security). CSRF protection on every form; strict
 * security headers. Content-Security-Policy forbids inline scripts and styles, so every script and
 * stylesheet is a file.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationSuccessHandler signedIn,
			AuthenticationFailureHandler signInFailed) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
			.requestMatchers("/actuator/**").denyAll()
			.requestMatchers("/curation/**", "/api/v1/imports/**").hasAnyRole("CURATOR", "ADMIN")
			.requestMatchers("/admin/**").hasRole("ADMIN")
			.requestMatchers("/account/**").authenticated()
			// Follow-up (country scope and authorship are checked again in the followup controllers)
			.requestMatchers("/moderation/**").hasAnyRole("CURATOR", "ADMIN")
			.requestMatchers("/my-country/**").hasRole("FOCAL_POINT")
			.requestMatchers("/actions/new", "/actions/recommendations", "/actions/*/edit").hasAnyRole("FOCAL_POINT", "CURATOR", "ADMIN")
			.requestMatchers(HttpMethod.POST, "/actions", "/actions/**").hasAnyRole("FOCAL_POINT", "CURATOR", "ADMIN")
			.requestMatchers(HttpMethod.GET, "/actions/*", "/evidence/*", "/recommendations/*/follow-up").permitAll()
			.requestMatchers("/assessments/**", "/evidence/**", "/recommendations/*/assessments/**").authenticated()
			.anyRequest().permitAll())
			// Success and failure are logged, failures counted towards the lock-out (account.LoginAttempts).
			.formLogin(form -> form.loginPage("/login").successHandler(signedIn).failureHandler(signInFailed).permitAll())
			// A new session id at sign-in (session fixation); sessions live in PostgreSQL (Spring Session JDBC).
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			// Machines get a status code, people the sign-in page.
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint()))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.csrf(Customizer.withDefaults())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000)));
		return http.build();
	}

	private static AuthenticationEntryPoint entryPoint() {
		AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		AuthenticationEntryPoint status = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
		RequestMatcher machines = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
				PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"));
		return (request, response, exception) -> (machines.matches(request) ? status : signIn).commence(request,
				response, exception);
	}

}
