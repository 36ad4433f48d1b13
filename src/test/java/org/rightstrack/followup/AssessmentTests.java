package org.rightstrack.followup;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstrack.IntegrationTest;
import org.rightstrack.account.CurrentUser;
import org.rightstrack.account.Role;
import org.rightstrack.account.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AssessmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	FollowUpFixtures fixtures;

	long recommendation;

	@BeforeEach
	void setUp() {
		fixtures = new FollowUpFixtures(jdbc);
		recommendation = fixtures.recommendation("NPL", "Establish a national preventive mechanism");
	}

	long assess(CurrentUser user, String status, String date, String justification) throws Exception {
		mvc.perform(post("/recommendations/" + recommendation + "/assessments").with(TestAccounts.as(user)).with(csrf())
			.param("status", status).param("assessedOn", date).param("justification", justification))
			.andExpect(redirectedUrlPattern("/assessments/*/edit"));
		return fixtures.id("select max(id) from assessment where recommendation_id = ? and created_by = ?", recommendation, user.id());
	}

	String summary() {
		return fixtures.string("select coalesce(implementation_status, '-') || '/' || coalesce(civil_society_status, '-') from recommendation where id = ?",
				recommendation);
	}

	String assessment(long id) {
		return fixtures.string("select assessor_type || '/' || organisation || '/' || moderation_status || '/' || status from assessment where id = ?", id);
	}

	@Test
	void theAssessorAndOrganisationComeFromTheAccount() throws Exception {
		CurrentUser government = TestAccounts.with(jdbc).create(Role.FOCAL_POINT, "NPL");
		CurrentUser nhri = TestAccounts.with(jdbc).create(Role.NHRI, "NPL");
		CurrentUser curator = TestAccounts.with(jdbc).create(Role.CURATOR);
		assertThat(assessment(assess(government, "LARGELY_IMPLEMENTED", "2025-01-10", "Law adopted")))
			.isEqualTo("GOVERNMENT/" + government.organisation() + "/APPROVED/LARGELY_IMPLEMENTED");
		assertThat(assessment(assess(nhri, "STARTED", "2025-02-10", "Only a bill")))
			.isEqualTo("NHRI/" + nhri.organisation() + "/PENDING/STARTED");
		assertThat(assessment(assess(curator, "PARTIALLY_IMPLEMENTED", "2025-03-10", "OHCHR view")))
			.isEqualTo("OHCHR/" + curator.organisation() + "/APPROVED/PARTIALLY_IMPLEMENTED");
		// the government's status is the summary at once; the NHRI's waits for moderation
		assertThat(summary()).isEqualTo("LARGELY_IMPLEMENTED/-");
	}

	@Test
	void civilSocietyIsModeratedUnlessTrustedAndTheSummariesFollow() throws Exception {
		CurrentUser government = TestAccounts.with(jdbc).create(Role.FOCAL_POINT, "NPL");
		CurrentUser cso = TestAccounts.with(jdbc).create(Role.CSO, "NPL");
		CurrentUser curator = TestAccounts.with(jdbc).create(Role.CURATOR);
		assess(government, "FULLY_IMPLEMENTED", "2025-01-10", "Done " + fixtures.token);
		long pending = assess(cso, "NOT_STARTED", "2025-02-10", "Shadow report " + fixtures.token);

		// pending: not public, visible to its author and to curators
		mvc.perform(get("/recommendations/" + recommendation + "/follow-up"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Done " + fixtures.token)))
			.andExpect(content().string(not(containsString("Shadow report " + fixtures.token))))
			.andExpect(content().string(not(containsString("disagree"))));
		mvc.perform(get("/recommendations/" + recommendation + "/follow-up").with(TestAccounts.as(cso)))
			.andExpect(content().string(containsString("Shadow report " + fixtures.token)))
			.andExpect(content().string(containsString("Awaiting moderation")));
		mvc.perform(get("/recommendations/" + recommendation + "/follow-up").with(TestAccounts.as(TestAccounts.with(jdbc).create(Role.NHRI, "NPL"))))
			.andExpect(content().string(not(containsString("Shadow report " + fixtures.token))));
		// embedded in the recommendation page: the author sees their pending assessment with its edit link, the public does not
		mvc.perform(get("/recommendations/" + recommendation + "/follow-up").param("embedded", "true").header("HX-Request", "true")
			.with(TestAccounts.as(cso)))
			.andExpect(content().string(containsString("Awaiting moderation")))
			.andExpect(content().string(containsString("/assessments/" + pending + "/edit")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/recommendations/" + recommendation + "/follow-up").param("embedded", "true").header("HX-Request", "true"))
			.andExpect(content().string(not(containsString("Awaiting moderation"))))
			.andExpect(content().string(containsString("The whole follow-up")));
		mvc.perform(get("/moderation").with(TestAccounts.as(curator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Shadow report " + fixtures.token)))
			.andExpect(content().string(containsString(cso.organisation())));
		assertThat(summary()).isEqualTo("FULLY_IMPLEMENTED/-");

		// approving publishes it: the civil-society summary and the disagreement follow
		mvc.perform(post("/moderation/" + pending + "/approve").with(TestAccounts.as(curator)).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl("/moderation"));
		assertThat(summary()).isEqualTo("FULLY_IMPLEMENTED/NOT_STARTED");
		mvc.perform(get("/recommendations/" + recommendation + "/follow-up"))
			.andExpect(content().string(containsString("Shadow report " + fixtures.token)))
			.andExpect(content().string(containsString("The government and civil society disagree.")));
		mvc.perform(get("/moderation").with(TestAccounts.as(curator)))
			.andExpect(content().string(not(containsString("Shadow report " + fixtures.token))));

		// a trusted organisation is published at once; its newer view becomes the summary
		CurrentUser trusted = TestAccounts.with(jdbc).createTrusted(Role.NHRI, "NPL");
		assertThat(assessment(assess(trusted, "FULLY_IMPLEMENTED", "2025-03-01", "Agreed"))).endsWith("/APPROVED/FULLY_IMPLEMENTED");
		assertThat(summary()).isEqualTo("FULLY_IMPLEMENTED/FULLY_IMPLEMENTED");
		mvc.perform(get("/recommendations/" + recommendation + "/follow-up"))
			.andExpect(content().string(not(containsString("The government and civil society disagree."))));
	}

	@Test
	void rejectedContributionsStayUnpublished() throws Exception {
		CurrentUser nhri = TestAccounts.with(jdbc).create(Role.NHRI, "NPL");
		long id = assess(nhri, "STARTED", "2025-02-10", "Rejected " + fixtures.token);
		mvc.perform(post("/moderation/" + id + "/reject").with(TestAccounts.as(TestAccounts.with(jdbc).create(Role.CURATOR))).with(csrf())
			.param("version", "0")).andExpect(redirectedUrl("/moderation"));
		assertThat(assessment(id)).contains("/REJECTED/");
		assertThat(summary()).isEqualTo("-/-");
		mvc.perform(get("/recommendations/" + recommendation + "/follow-up"))
			.andExpect(content().string(not(containsString("Rejected " + fixtures.token))));
	}

	@Test
	void onlyTheAuthorEditsAnAssessment() throws Exception {
		CurrentUser government = TestAccounts.with(jdbc).create(Role.FOCAL_POINT, "NPL");
		long id = assess(government, "STARTED", "2025-01-10", "Government view");
		String before = fixtures.fingerprint();
		for (CurrentUser other : new CurrentUser[] { TestAccounts.with(jdbc).create(Role.NHRI, "NPL"),
				TestAccounts.with(jdbc).create(Role.CSO, "NPL"), TestAccounts.with(jdbc).create(Role.FOCAL_POINT, "NPL"),
				TestAccounts.with(jdbc).create(Role.CURATOR) }) {
			mvc.perform(get("/assessments/" + id + "/edit").with(TestAccounts.as(other))).andExpect(status().isForbidden());
			mvc.perform(post("/assessments/" + id).with(TestAccounts.as(other)).with(csrf()).param("status", "NOT_STARTED")
				.param("assessedOn", "2025-01-10").param("version", "0")).andExpect(status().isForbidden());
			mvc.perform(post("/assessments/" + id + "/evidence").with(TestAccounts.as(other)).with(csrf()).param("title", "x")
				.param("url", "https://example.org")).andExpect(status().isForbidden());
		}
		assertThat(fixtures.fingerprint()).isEqualTo(before);
		mvc.perform(post("/assessments/" + id).with(TestAccounts.as(government)).with(csrf()).param("status", "PARTIALLY_IMPLEMENTED")
			.param("assessedOn", "2025-01-10").param("justification", "Updated").param("version", "0"))
			.andExpect(redirectedUrl("/assessments/" + id + "/edit"));
		assertThat(summary()).isEqualTo("PARTIALLY_IMPLEMENTED/-");
		// a stale version is refused, the input kept
		mvc.perform(post("/assessments/" + id).with(TestAccounts.as(government)).with(csrf()).param("status", "NOT_STARTED")
			.param("assessedOn", "2025-01-10").param("justification", "Kept input " + fixtures.token).param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kept input " + fixtures.token)))
			.andExpect(content().string(containsString("your changes were not saved")));
		assertThat(summary()).isEqualTo("PARTIALLY_IMPLEMENTED/-");
	}

	@Test
	void anEditedCivilSocietyAssessmentIsModeratedAgain() throws Exception {
		CurrentUser cso = TestAccounts.with(jdbc).create(Role.CSO, "NPL");
		long id = fixtures.assessment(recommendation, "CSO", "STARTED", "APPROVED", cso.id(), LocalDate.of(2025, 1, 1));
		mvc.perform(post("/assessments/" + id).with(TestAccounts.as(cso)).with(csrf()).param("status", "NOT_STARTED")
			.param("assessedOn", "2025-01-01").param("version", "0")).andExpect(redirectedUrl("/assessments/" + id + "/edit"));
		assertThat(assessment(id)).endsWith("/PENDING/NOT_STARTED");
	}

	@Test
	void assessmentsNeedAPublishedRecommendationInScopeAndAValidForm() throws Exception {
		CurrentUser mongolian = TestAccounts.with(jdbc).create(Role.CSO, "MNG");
		mvc.perform(get("/recommendations/" + recommendation + "/assessments/new").with(TestAccounts.as(mongolian))).andExpect(status().isForbidden());
		CurrentUser cso = TestAccounts.with(jdbc).create(Role.CSO, "NPL");
		mvc.perform(get("/recommendations/" + recommendation + "/assessments/new").with(TestAccounts.as(cso)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A curator checks contributions")));
		mvc.perform(post("/recommendations/" + recommendation + "/assessments").with(TestAccounts.as(cso)).with(csrf())
			.param("assessedOn", LocalDate.now().plusDays(3).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		jdbc.sql("update recommendation set published = false where id = ?").param(recommendation).update();
		mvc.perform(get("/recommendations/" + recommendation + "/assessments/new").with(TestAccounts.as(cso))).andExpect(status().isNotFound());
		mvc.perform(get("/recommendations/" + recommendation + "/follow-up")).andExpect(status().isNotFound());
	}

}
