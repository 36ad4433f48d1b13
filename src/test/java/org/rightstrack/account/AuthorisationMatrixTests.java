package org.rightstrack.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rightstrack.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every role × every protected endpoint: allowed, refused (403), or sent to sign in (a redirect to
 * {@code /login} for pages, 401 for {@code /api/**}); a refused request changes nothing in the
 * database. To cover a new endpoint, add one line to {@link #ENDPOINTS}; placeholders in braces
 * are filled from {@link Fixture}.
 */
@IntegrationTest
class AuthorisationMatrixTests {

	/** Who makes the request. Focal point A is of Indonesia, B of Thailand. */
	enum Actor {

		ANONYMOUS, FOCAL_POINT_A, FOCAL_POINT_B, NHRI, CSO, CURATOR, ADMIN

	}

	enum Access {

		ALLOWED, FORBIDDEN, SIGN_IN

	}

	/**
	 * Who may pass; everyone else signed in gets 403, anonymous is sent to sign in. Country scope
	 * is part of it: focal point A (Indonesia) may edit the Indonesian action, focal point B not.
	 */
	record Rule(Set<Actor> allowed) {

		static final Rule ANYONE = of(Actor.values());

		static final Rule SIGNED_IN = of(Actor.FOCAL_POINT_A, Actor.FOCAL_POINT_B, Actor.NHRI, Actor.CSO, Actor.CURATOR, Actor.ADMIN);

		static final Rule CURATORS = of(Actor.CURATOR, Actor.ADMIN);

		static final Rule ADMINS = of(Actor.ADMIN);

		static final Rule FOCAL_POINTS = of(Actor.FOCAL_POINT_A, Actor.FOCAL_POINT_B);

		static final Rule FOCAL_POINTS_AND_CURATORS = of(Actor.FOCAL_POINT_A, Actor.FOCAL_POINT_B, Actor.CURATOR, Actor.ADMIN);

		/** Indonesia's focal point and curators: the fixture's action is Indonesian. */
		static final Rule INDONESIAN_ACTION = of(Actor.FOCAL_POINT_A, Actor.CURATOR, Actor.ADMIN);

		static Rule of(Actor... actors) {
			return new Rule(Set.of(actors));
		}

		Access expected(Actor actor) {
			if (allowed.contains(actor)) {
				return Access.ALLOWED;
			}
			return actor == Actor.ANONYMOUS ? Access.SIGN_IN : Access.FORBIDDEN;
		}

	}

	/**
	 * A protected endpoint. {@code params} make an allowed request harmless (stale versions,
	 * invalid input). {@code refusalsOnly}: the allowed side has side effects or is tested by the
	 * feature's own tests, so only refusals are checked here.
	 */
	record Endpoint(String method, String path, Rule rule, boolean refusalsOnly, String... params) {

		static Endpoint page(String path, Rule rule) {
			return new Endpoint("GET", path, rule, false);
		}

		static Endpoint form(String path, Rule rule, String... params) {
			return new Endpoint("POST", path, rule, false, params);
		}

		static Endpoint refusedPost(String path, Rule rule, String... params) {
			return new Endpoint("POST", path, rule, true, params);
		}

	}

	static final List<Endpoint> ENDPOINTS = List.of(
			// Account administration
			Endpoint.page("/admin/accounts", Rule.ADMINS),
			Endpoint.page("/admin/accounts?role=CSO&country=IDN", Rule.ADMINS),
			Endpoint.page("/admin/accounts/new", Rule.ADMINS),
			Endpoint.page("/admin/accounts/{account}", Rule.ADMINS),
			Endpoint.form("/admin/accounts", Rule.ADMINS, "email", "not-an-email", "name", "", "organisation", "", "role", "CSO"),
			Endpoint.form("/admin/accounts/{account}", Rule.ADMINS, "name", "Stale", "organisation", "Stale", "role", "CSO",
					"countries", "IDN", "version", "999"),
			Endpoint.form("/admin/accounts/{account}/enabled", Rule.ADMINS, "version", "999", "enabled", "false"),
			Endpoint.form("/admin/accounts/{account}/unlock", Rule.ADMINS, "version", "999"),
			Endpoint.form("/admin/accounts/{account}/invitation", Rule.ADMINS, "version", "999"),
			// Own account
			Endpoint.page("/account/password", Rule.SIGNED_IN),
			Endpoint.form("/account/password", Rule.SIGNED_IN, "currentPassword", "wrong", "newPassword", "x", "confirmation", "y"),
			// History
			Endpoint.page("/history/recommendation/{published}", Rule.ANYONE),
			Endpoint.page("/history/recommendation/{unpublished}", Rule.CURATORS),
			Endpoint.page("/history/document/{unpublishedDocument}", Rule.CURATORS),
			// Curation (its own tests cover what curators do)
			Endpoint.page("/curation", Rule.CURATORS),
			Endpoint.page("/curation/treaties", Rule.CURATORS),
			Endpoint.page("/curation/ratifications", Rule.CURATORS),
			Endpoint.page("/curation/recommendations", Rule.CURATORS),
			Endpoint.page("/curation/recommendations/{published}", Rule.CURATORS),
			Endpoint.page("/curation/documents", Rule.CURATORS),
			Endpoint.page("/curation/aliases", Rule.CURATORS),
			Endpoint.refusedPost("/curation/treaties", Rule.CURATORS, "code", "X", "name", "X"),
			Endpoint.refusedPost("/curation/recommendations/{published}", Rule.CURATORS, "text", "changed", "version", "0"),
			Endpoint.refusedPost("/curation/recommendations/{published}/archive", Rule.CURATORS, "version", "0", "archived", "true"),
			Endpoint.refusedPost("/curation/documents/{unpublishedDocument}/publish", Rule.CURATORS, "version", "0", "published", "true"),
			// Import API
			Endpoint.page("/api/v1/imports/{unknown}", Rule.CURATORS),
			// Follow-up (its own tests cover the allowed side of the forms)
			Endpoint.page("/my-country", Rule.FOCAL_POINTS),
			Endpoint.page("/moderation", Rule.CURATORS),
			Endpoint.page("/actions/new", Rule.FOCAL_POINTS_AND_CURATORS),
			Endpoint.page("/actions/{action}/edit", Rule.INDONESIAN_ACTION),
			Endpoint.refusedPost("/actions/{action}", Rule.INDONESIAN_ACTION, "title", "Changed", "country", "IDN", "status",
					"PLANNED", "version", "0"),
			Endpoint.refusedPost("/actions/{action}/publish", Rule.INDONESIAN_ACTION, "version", "0", "published", "true"),
			Endpoint.refusedPost("/actions/{action}/archive", Rule.INDONESIAN_ACTION, "version", "0"),
			Endpoint.refusedPost("/moderation/{unknown}/approve", Rule.CURATORS));

	/** Rows the endpoints work on, made once for the class. */
	record Fixture(Map<Actor, CurrentUser> actors, Map<String, Long> ids) {
	}

	static Fixture fixture;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void createFixture() {
		if (fixture != null) {
			return;
		}
		TestAccounts accounts = TestAccounts.with(jdbc);
		Map<Actor, CurrentUser> actors = new EnumMap<>(Actor.class);
		actors.put(Actor.FOCAL_POINT_A, accounts.create(Role.FOCAL_POINT, "IDN"));
		actors.put(Actor.FOCAL_POINT_B, accounts.create(Role.FOCAL_POINT, "THA"));
		actors.put(Actor.NHRI, accounts.create(Role.NHRI, "IDN"));
		actors.put(Actor.CSO, accounts.create(Role.CSO, "IDN"));
		actors.put(Actor.CURATOR, accounts.create(Role.CURATOR));
		actors.put(Actor.ADMIN, accounts.create(Role.ADMIN));
		long target = accounts.create(Role.CSO, "IDN").id();
		long document = jdbc.sql("""
				INSERT INTO document (mechanism_id, country_id, symbol, title, type, published)
				VALUES ((SELECT id FROM mechanism WHERE code = 'CAT'), (SELECT id FROM country WHERE alpha3 = 'IDN'), ?,
				        'Matrix document', 'CONCLUDING_OBSERVATIONS', false) RETURNING id""")
			.param("MATRIX/" + UUID.randomUUID()).query(Long.class).single();
		long published = jdbc.sql("""
				INSERT INTO recommendation (document_id, country_id, mechanism_id, text, published)
				SELECT id, country_id, mechanism_id, 'Matrix published', true FROM document WHERE id = ? RETURNING id""")
			.param(document).query(Long.class).single();
		long unpublished = jdbc.sql("""
				INSERT INTO recommendation (document_id, country_id, mechanism_id, text, published)
				SELECT id, country_id, mechanism_id, 'Matrix unpublished', false FROM document WHERE id = ? RETURNING id""")
			.param(document).query(Long.class).single();
		long action = jdbc.sql("""
				INSERT INTO follow_up_action (country_id, title, status)
				VALUES ((SELECT id FROM country WHERE alpha3 = 'IDN'), 'Matrix action', 'PLANNED') RETURNING id""")
			.query(Long.class).single();
		fixture = new Fixture(actors, Map.of("account", target, "published", published, "unpublished", unpublished,
				"unpublishedDocument", document, "action", action, "unknown", 987_654_321L));
	}

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		for (Endpoint endpoint : ENDPOINTS) {
			for (Actor actor : Actor.values()) {
				Access expected = endpoint.rule().expected(actor);
				if (expected == Access.ALLOWED && endpoint.refusalsOnly()) {
					continue;
				}
				cases.add(Arguments.of(endpoint.method(), endpoint.path(), actor, expected, endpoint));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1} as {2}: {3}")
	@MethodSource("cases")
	void onlyTheRightRolesPassAndRefusalsChangeNothing(String method, String path, Actor actor, Access expected, Endpoint endpoint)
			throws Exception {
		String url = path;
		for (Map.Entry<String, Long> id : fixture.ids().entrySet()) {
			url = url.replace("{" + id.getKey() + "}", id.getValue().toString());
		}
		MockHttpServletRequestBuilder request = method.equals("GET") ? get(url) : post(url).with(csrf());
		for (int i = 0; i + 1 < endpoint.params().length; i += 2) {
			request.param(endpoint.params()[i], endpoint.params()[i + 1]);
		}
		request.with(actor == Actor.ANONYMOUS ? anonymous() : TestAccounts.as(fixture.actors().get(actor)));
		String before = fingerprint();
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		String redirect = response.getRedirectedUrl();
		boolean toSignIn = redirect != null && redirect.endsWith("/login");
		switch (expected) {
			case ALLOWED -> assertThat(response.getStatus()).as("status").isNotIn(401, 403).satisfies(s -> assertThat(toSignIn).isFalse());
			case FORBIDDEN -> assertThat(response.getStatus()).isEqualTo(403);
			case SIGN_IN -> {
				if (url.startsWith("/api/")) {
					assertThat(response.getStatus()).isEqualTo(401);
				}
				else {
					assertThat(toSignIn).as("redirect to /login, got " + response.getStatus() + " " + redirect).isTrue();
				}
			}
		}
		if (expected != Access.ALLOWED || method.equals("GET")) {
			assertThat(fingerprint()).as("nothing changed").isEqualTo(before);
		}
	}

	/** Counts and version sums of what the endpoints could change (not sessions or the sign-in log). */
	String fingerprint() {
		return jdbc.sql("""
				SELECT concat_ws('/',
				  (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || count(*) FILTER (WHERE enabled)
				          || ':' || count(password_hash) || ':' || coalesce(sum(failed_attempts), 0) FROM account),
				  (SELECT count(*) FROM account_country), (SELECT count(*) FROM account_invitation),
				  (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM treaty),
				  (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM ratification),
				  (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM document),
				  (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM recommendation),
				  (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM follow_up_action),
				  (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM assessment),
				  (SELECT count(*) FROM evidence), (SELECT count(*) FROM revision))""").query(String.class).single();
	}

}
