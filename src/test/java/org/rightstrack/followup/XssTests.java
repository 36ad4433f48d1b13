package org.rightstrack.followup;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rightstrack.IntegrationTest;
import org.rightstrack.account.CurrentUser;
import org.rightstrack.account.Role;
import org.rightstrack.account.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * Script payloads typed into every free-text field come back escaped on every page that shows
 * them: never as markup, never as an attribute.
 */
@IntegrationTest
class XssTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** A payload marked with the field it was typed into. */
	static String payload(String field) {
		return "<script>alert(1)</script>" + field + "\" onmouseover=\"x javascript:alert(1)";
	}

	static String escaped(String field) {
		return "&lt;script&gt;alert(1)&lt;/script&gt;" + field + "&quot; onmouseover=&quot;x javascript:alert(1)";
	}

	String page(String url, RequestPostProcessor user) throws Exception {
		var request = get(url);
		if (user != null) {
			request.with(user);
		}
		String html = mvc.perform(request).andReturn().getResponse().getContentAsString();
		assertThat(html).as(url).doesNotContain("<script>alert(1)</script>").doesNotContain("\" onmouseover=\"x");
		return html;
	}

	void assertEscaped(String html, String url, List<String> fields) {
		for (String field : fields) {
			assertThat(html).as(url + " shows " + field).contains(escaped(field));
		}
	}

	@Test
	void payloadsInEveryFieldAreEscapedOnEveryPage() throws Exception {
		FollowUpFixtures fixtures = new FollowUpFixtures(jdbc);
		long recommendation = fixtures.recommendation("NPL", "XSS recommendation");
		CurrentUser focalPoint = TestAccounts.with(jdbc).create(Role.FOCAL_POINT, "NPL");
		RequestPostProcessor asFocalPoint = TestAccounts.as(focalPoint);
		mvc.perform(post("/actions").with(asFocalPoint).with(csrf()).param("country", "NPL").param("title", payload("title"))
			.param("description", payload("description")).param("responsibleInstitution", payload("institution"))
			.param("budgetNote", payload("budget")).param("status", "PLANNED").param("version", "0")
			.param("recommendationIds", String.valueOf(recommendation))).andExpect(redirectedUrlPattern("/actions/*/edit"));
		long action = fixtures.id("select id from follow_up_action where title = ?", payload("title"));
		mvc.perform(multipart("/actions/" + action + "/evidence").file(new MockMultipartFile("file", "x.pdf", "application/pdf", EvidenceTests.PDF))
			.param("title", payload("actionEvidence")).with(asFocalPoint).with(csrf()));
		mvc.perform(post("/actions/" + action + "/publish").with(asFocalPoint).with(csrf()).param("version", "0").param("published", "true"));

		CurrentUser cso = TestAccounts.with(jdbc).create(Role.CSO, "NPL");
		mvc.perform(post("/recommendations/" + recommendation + "/assessments").with(TestAccounts.as(cso)).with(csrf())
			.param("status", "STARTED").param("assessedOn", "2025-01-01").param("justification", payload("justification")));
		long assessment = fixtures.id("select id from assessment where created_by = ?", cso.id());
		mvc.perform(post("/assessments/" + assessment + "/evidence").with(TestAccounts.as(cso)).with(csrf()).param("title", payload("assessmentEvidence"))
			.param("url", "https://example.org/report"));

		List<String> actionFields = List.of("title", "description", "institution", "budget", "actionEvidence");
		assertEscaped(page("/actions/" + action, null), "action page", actionFields);
		assertEscaped(page("/actions/" + action + "/edit", asFocalPoint), "action form", List.of("title", "institution", "budget", "actionEvidence"));
		// textarea content is escaped text too
		assertThat(page("/actions/" + action + "/edit", asFocalPoint)).contains(escaped("description"));
		assertEscaped(page("/my-country", asFocalPoint), "my country", List.of("title"));
		assertEscaped(page("/recommendations/" + recommendation + "/follow-up", TestAccounts.as(cso)), "follow-up as author",
				List.of("title", "justification", "assessmentEvidence"));
		assertEscaped(page("/assessments/" + assessment + "/edit", TestAccounts.as(cso)), "assessment form",
				List.of("justification", "assessmentEvidence"));
		CurrentUser curator = TestAccounts.with(jdbc).create(Role.CURATOR);
		assertEscaped(page("/moderation", TestAccounts.as(curator)), "moderation", List.of("justification", "assessmentEvidence"));
		mvc.perform(post("/moderation/" + assessment + "/approve").with(TestAccounts.as(curator)).with(csrf()).param("version",
				String.valueOf(fixtures.count("select version from assessment where id = ?", assessment))));
		assertEscaped(page("/recommendations/" + recommendation + "/follow-up", null), "public follow-up",
				List.of("title", "justification", "assessmentEvidence"));
		var htmx = get("/recommendations/" + recommendation + "/follow-up").header("HX-Request", "true");
		String fragment = mvc.perform(htmx).andReturn().getResponse().getContentAsString();
		assertThat(fragment).doesNotContain("<script>alert(1)</script>").contains(escaped("justification"));
	}

}
