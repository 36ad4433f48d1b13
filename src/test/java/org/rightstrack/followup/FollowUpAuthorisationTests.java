package org.rightstrack.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rightstrack.IntegrationTest;
import org.rightstrack.account.CurrentUser;
import org.rightstrack.account.Role;
import org.rightstrack.account.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every follow-up endpoint for every kind of visitor: allowed ones answer, refused ones get a 403
 * (or, when anonymous, the sign-in page) and change nothing. Focal point A and the NHRI and CSO
 * have Nepal in scope, focal point B Mongolia; the fixture is Nepalese.
 */
@IntegrationTest
@Transactional
class FollowUpAuthorisationTests {

	enum Visitor {
		ANONYMOUS, FOCAL_POINT_A, FOCAL_POINT_B, NHRI, CSO, CURATOR, ADMIN
	}

	static final Set<Visitor> EVERYONE = EnumSet.allOf(Visitor.class);

	static final Set<Visitor> ACTION_EDITORS = EnumSet.of(Visitor.FOCAL_POINT_A, Visitor.CURATOR, Visitor.ADMIN);

	static final Set<Visitor> ASSESSORS = EnumSet.of(Visitor.FOCAL_POINT_A, Visitor.NHRI, Visitor.CSO, Visitor.CURATOR, Visitor.ADMIN);

	static final Set<Visitor> AUTHOR = EnumSet.of(Visitor.FOCAL_POINT_A);

	static final Set<Visitor> FOCAL_POINTS = EnumSet.of(Visitor.FOCAL_POINT_A, Visitor.FOCAL_POINT_B);

	static final Set<Visitor> CURATORS = EnumSet.of(Visitor.CURATOR, Visitor.ADMIN);

	/** An endpoint: method, URL with {action}, {recommendation}, {assessment}, {pending}, {file} placeholders, who may use it. */
	record Endpoint(String method, String url, Set<Visitor> allowed) {

		@Override
		public String toString() {
			return method + " " + url;
		}

	}

	static final List<Endpoint> ENDPOINTS = List.of(new Endpoint("GET", "/actions/{action}", EVERYONE),
			new Endpoint("GET", "/actions/new?country=NPL", ACTION_EDITORS), new Endpoint("POST", "/actions", ACTION_EDITORS),
			new Endpoint("GET", "/actions/{action}/edit", ACTION_EDITORS), new Endpoint("POST", "/actions/{action}", ACTION_EDITORS),
			new Endpoint("POST", "/actions/{action}/publish", ACTION_EDITORS),
			new Endpoint("POST", "/actions/{action}/archive", ACTION_EDITORS),
			new Endpoint("POST", "/actions/{action}/evidence", ACTION_EDITORS),
			new Endpoint("HTMX", "/actions/recommendations?country=NPL&q=x", ACTION_EDITORS),
			new Endpoint("GET", "/evidence/{file}", EVERYONE), new Endpoint("POST", "/evidence/{file}/archive", ACTION_EDITORS),
			new Endpoint("GET", "/recommendations/{recommendation}/follow-up", EVERYONE),
			new Endpoint("HTMX", "/recommendations/{recommendation}/follow-up", EVERYONE),
			new Endpoint("GET", "/recommendations/{recommendation}/assessments/new", ASSESSORS),
			new Endpoint("POST", "/recommendations/{recommendation}/assessments", ASSESSORS),
			new Endpoint("GET", "/assessments/{assessment}/edit", AUTHOR), new Endpoint("POST", "/assessments/{assessment}", AUTHOR),
			new Endpoint("POST", "/assessments/{assessment}/evidence", AUTHOR), new Endpoint("GET", "/my-country", FOCAL_POINTS),
			new Endpoint("GET", "/moderation", CURATORS), new Endpoint("POST", "/moderation/{pending}/approve", CURATORS),
			new Endpoint("POST", "/moderation/{pending}/reject", CURATORS));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		for (Endpoint endpoint : ENDPOINTS) {
			for (Visitor visitor : Visitor.values()) {
				cases.add(Arguments.of(visitor, endpoint));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("cases")
	void everyVisitorGetsWhatTheirRoleAndScopeAllow(Visitor visitor, Endpoint endpoint) throws Exception {
		FollowUpFixtures fixtures = new FollowUpFixtures(jdbc);
		TestAccounts accounts = TestAccounts.with(jdbc);
		CurrentUser focalPointA = accounts.create(Role.FOCAL_POINT, "NPL");
		CurrentUser pendingAuthor = accounts.create(Role.CSO, "NPL");
		long recommendation = fixtures.recommendation("NPL", "Matrix recommendation");
		long action = fixtures.action("NPL", "Matrix action", true, LocalDate.now().plusDays(10), "PLANNED", recommendation);
		long file = fixtures.fileEvidence(action, null, "matrix.pdf", EvidenceTests.PDF);
		long assessment = fixtures.assessment(recommendation, "GOVERNMENT", "STARTED", "APPROVED", focalPointA.id(), LocalDate.of(2025, 1, 1));
		long pending = fixtures.assessment(recommendation, "CSO", "NOT_STARTED", "PENDING", pendingAuthor.id(), LocalDate.of(2025, 2, 1));
		CurrentUser user = switch (visitor) {
			case ANONYMOUS -> null;
			case FOCAL_POINT_A -> focalPointA;
			case FOCAL_POINT_B -> accounts.create(Role.FOCAL_POINT, "MNG");
			case NHRI -> accounts.create(Role.NHRI, "NPL");
			case CSO -> accounts.create(Role.CSO, "NPL");
			case CURATOR -> accounts.create(Role.CURATOR);
			case ADMIN -> accounts.create(Role.ADMIN);
		};
		String url = endpoint.url().replace("{action}", String.valueOf(action)).replace("{recommendation}", String.valueOf(recommendation))
			.replace("{assessment}", String.valueOf(assessment)).replace("{pending}", String.valueOf(pending))
			.replace("{file}", String.valueOf(file));
		MockHttpServletRequestBuilder request = switch (endpoint.method()) {
			case "GET" -> get(url);
			case "HTMX" -> get(url).header("HX-Request", "true");
			default -> post(url).with(csrf()).param("version", "0").param("country", "NPL").param("title", "Matrix " + fixtures.token)
				.param("status", endpoint.url().contains("assessment") ? "FULLY_IMPLEMENTED" : "COMPLETED")
				.param("assessedOn", "2025-03-01").param("published", "false").param("url", "https://example.org/matrix")
				.param("recommendationIds", String.valueOf(recommendation));
		};
		if (user != null) {
			request.with(TestAccounts.as(user));
		}
		String before = fixtures.fingerprint();
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		if (endpoint.allowed().contains(visitor)) {
			assertThat(response.getStatus()).as("status").isBetween(200, 399);
			assertThat(response.getRedirectedUrl()).as("redirect").isNotEqualTo("/login");
		}
		else {
			if (visitor == Visitor.ANONYMOUS) {
				assertThat(response.getRedirectedUrl()).isEqualTo("/login");
			}
			else {
				assertThat(response.getStatus()).isEqualTo(403);
			}
			assertThat(fixtures.fingerprint()).as("nothing changed").isEqualTo(before);
		}
	}

}
