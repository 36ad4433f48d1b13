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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ActionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	FollowUpFixtures fixtures;

	CurrentUser nepal;

	@BeforeEach
	void setUp() {
		fixtures = new FollowUpFixtures(jdbc);
		nepal = TestAccounts.with(jdbc).create(Role.FOCAL_POINT, "NPL");
	}

	long actionId(String title) {
		return fixtures.id("select id from follow_up_action where title = ?", title);
	}

	@Test
	void focalPointCreatesEditsPublishesAndArchivesAnAction() throws Exception {
		long first = fixtures.recommendation("NPL", "Ratify the Optional Protocol");
		long second = fixtures.recommendation("NPL", "Designate a national preventive mechanism");
		String title = "National action plan " + fixtures.token;
		mvc.perform(post("/actions").with(TestAccounts.as(nepal)).with(csrf())
			.param("country", "NPL").param("title", title).param("description", "Drafting the plan")
			.param("responsibleInstitution", "Ministry of Law and Human Rights").param("startDate", "2025-01-01")
			.param("endDate", "2026-12-31").param("status", "IN_PROGRESS").param("budgetNote", "IDR 2 billion")
			.param("recommendationIds", String.valueOf(first), String.valueOf(second)).param("version", "0"))
			.andExpect(redirectedUrlPattern("/actions/*/edit"));
		long id = actionId(title);
		assertThat(fixtures.count("select count(*) from follow_up_action_recommendation where follow_up_action_id = ?", id)).isEqualTo(2);
		assertThat(fixtures.string("select created_by || '/' || updated_by || '/' || published || '/' || status from follow_up_action where id = ?", id))
			.isEqualTo(nepal.id() + "/" + nepal.id() + "/false/IN_PROGRESS");
		// a draft: not public, but its editors see it
		mvc.perform(get("/actions/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/actions/" + id).with(TestAccounts.as(nepal))).andExpect(status().isOk());
		mvc.perform(get("/actions/" + id + "/edit").with(TestAccounts.as(nepal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ministry of Law and Human Rights")))
			.andExpect(content().string(containsString("Designate a national preventive mechanism")));

		CurrentUser colleague = TestAccounts.with(jdbc).create(Role.FOCAL_POINT, "NPL");
		mvc.perform(post("/actions/" + id).with(TestAccounts.as(colleague)).with(csrf())
			.param("title", title).param("status", "COMPLETED").param("recommendationIds", String.valueOf(first)).param("version", "0"))
			.andExpect(redirectedUrlPattern("/actions/*/edit"));
		assertThat(fixtures.string("select created_by || '/' || updated_by || '/' || status || '/' || version from follow_up_action where id = ?", id))
			.isEqualTo(nepal.id() + "/" + colleague.id() + "/COMPLETED/1");
		assertThat(fixtures.count("select count(*) from follow_up_action_recommendation where follow_up_action_id = ?", id)).isEqualTo(1);

		mvc.perform(post("/actions/" + id + "/publish").with(TestAccounts.as(nepal)).with(csrf()).param("version", "1").param("published", "true"))
			.andExpect(redirectedUrlPattern("/actions/*/edit"));
		mvc.perform(get("/actions/" + id)).andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("/recommendations/" + first)))
			.andExpect(content().string(not(containsString("/recommendations/" + second + "\""))));

		// the history (Envers) names who created, changed and published the action
		mvc.perform(get("/history/action/" + id)).andExpect(status().isOk())
			.andExpect(content().string(containsString(nepal.name())))
			.andExpect(content().string(containsString(colleague.name())))
			.andExpect(content().string(containsString("COMPLETED")));

		mvc.perform(post("/actions/" + id + "/archive").with(TestAccounts.as(nepal)).with(csrf()).param("version", "2"))
			.andExpect(redirectedUrlPattern("/actions/*/edit"));
		assertThat(fixtures.string("select archived || '/' || published from follow_up_action where id = ?", id)).isEqualTo("true/true");
		mvc.perform(get("/actions/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/recommendations/" + first + "/follow-up")).andExpect(content().string(not(containsString(title))));
	}

	@Test
	void invalidInputIsShownAgainWithMessages() throws Exception {
		mvc.perform(post("/actions").with(TestAccounts.as(nepal)).with(csrf()).param("country", "NPL").param("title", " ")
			.param("startDate", "2025-06-01").param("endDate", "2025-01-01").param("status", "PLANNED").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("The end date cannot be before the start date.")));
	}

	@Test
	void focalPointOfNepalCannotTouchAMongolianActionOrRecommendation() throws Exception {
		long mongolian = fixtures.recommendation("MNG", "Mongolian recommendation");
		long nepalese = fixtures.recommendation("NPL", "Nepalese recommendation");
		long mongolianAction = fixtures.action("MNG", "Mongolian action", true, null, "PLANNED", mongolian);
		long ownAction = fixtures.action("NPL", "Own action", false, null, "PLANNED", nepalese);
		String before = fixtures.fingerprint();
		mvc.perform(post("/actions").with(TestAccounts.as(nepal)).with(csrf()).param("country", "MNG").param("title", "X")
			.param("status", "PLANNED").param("version", "0")).andExpect(status().isForbidden());
		mvc.perform(post("/actions/" + mongolianAction).with(TestAccounts.as(nepal)).with(csrf()).param("title", "Changed")
			.param("status", "COMPLETED").param("version", "0")).andExpect(status().isForbidden());
		mvc.perform(get("/actions/" + mongolianAction + "/edit").with(TestAccounts.as(nepal))).andExpect(status().isForbidden());
		mvc.perform(post("/actions/" + mongolianAction + "/publish").with(TestAccounts.as(nepal)).with(csrf()).param("version", "0")
			.param("published", "false")).andExpect(status().isForbidden());
		mvc.perform(post("/actions/" + mongolianAction + "/archive").with(TestAccounts.as(nepal)).with(csrf()).param("version", "0"))
			.andExpect(status().isForbidden());
		// a Nepalese action that would address a Mongolian recommendation (the id edited in the form)
		mvc.perform(post("/actions").with(TestAccounts.as(nepal)).with(csrf()).param("country", "NPL").param("title", "Sneaky " + fixtures.token)
			.param("status", "PLANNED").param("recommendationIds", String.valueOf(mongolian)).param("version", "0")).andExpect(status().isForbidden());
		mvc.perform(post("/actions/" + ownAction).with(TestAccounts.as(nepal)).with(csrf()).param("title", "Own action")
			.param("status", "PLANNED").param("recommendationIds", String.valueOf(nepalese), String.valueOf(mongolian)).param("version", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/recommendations/" + mongolian + "/assessments").with(TestAccounts.as(nepal)).with(csrf())
			.param("status", "STARTED").param("assessedOn", "2025-01-01")).andExpect(status().isForbidden());
		mvc.perform(get("/actions/recommendations").with(TestAccounts.as(nepal)).param("country", "MNG").param("q", "Mongolian"))
			.andExpect(status().isForbidden());
		assertThat(fixtures.fingerprint()).isEqualTo(before);
	}

	@Test
	void theSecondOfTwoConcurrentSavesIsRefusedAndKeepsItsInput() throws Exception {
		long action = fixtures.action("NPL", "Shared action", false, null, "PLANNED");
		CurrentUser other = TestAccounts.with(jdbc).create(Role.FOCAL_POINT, "NPL");
		mvc.perform(post("/actions/" + action).with(TestAccounts.as(other)).with(csrf()).param("title", "First save " + fixtures.token)
			.param("status", "IN_PROGRESS").param("version", "0")).andExpect(redirectedUrlPattern("/actions/*/edit"));
		mvc.perform(post("/actions/" + action).with(TestAccounts.as(nepal)).with(csrf()).param("title", "Second save " + fixtures.token)
			.param("description", "My careful description").param("status", "COMPLETED").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this action after you opened it")))
			.andExpect(content().string(containsString("value=\"Second save " + fixtures.token + "\"")))
			.andExpect(content().string(containsString("My careful description")))
			// what the other person saved is shown, and the form now carries the current version
			.andExpect(content().string(containsString("First save " + fixtures.token)))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(fixtures.string("select title || '/' || status from follow_up_action where id = ?", action))
			.isEqualTo("First save " + fixtures.token + "/IN_PROGRESS");
		// saving again applies the kept input deliberately
		mvc.perform(post("/actions/" + action).with(TestAccounts.as(nepal)).with(csrf()).param("title", "Second save " + fixtures.token)
			.param("status", "COMPLETED").param("version", "1")).andExpect(redirectedUrlPattern("/actions/*/edit"));
		assertThat(fixtures.string("select title from follow_up_action where id = ?", action)).isEqualTo("Second save " + fixtures.token);
	}

	@Test
	void recommendationsAreSearchedAmongTheCountrysPublishedOnes() throws Exception {
		long wanted = fixtures.recommendation("NPL", "Criminalise trafficking in persons");
		long unpublished = fixtures.recommendation("NPL", "Criminalise trafficking in persons, unpublished");
		jdbc.sql("update recommendation set published = false where id = ?").param(unpublished).update();
		long mongolian = fixtures.recommendation("MNG", "Criminalise trafficking in persons in Mongolia");
		// htmx search as you type
		mvc.perform(get("/actions/recommendations").with(TestAccounts.as(nepal)).header("HX-Request", "true")
			.param("country", "NPL").param("q", fixtures.token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + wanted + "\"")))
			.andExpect(content().string(not(containsString("value=\"" + unpublished + "\""))))
			.andExpect(content().string(not(containsString("value=\"" + mongolian + "\""))))
			.andExpect(content().string(not(containsString("<html"))));
		// without JavaScript: the form's search button shows the results in the form, keeping the input
		mvc.perform(post("/actions").with(TestAccounts.as(nepal)).with(csrf()).param("country", "NPL").param("title", "Kept title")
			.param("status", "PLANNED").param("version", "0").param("q", fixtures.token).param("search", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + wanted + "\"")))
			.andExpect(content().string(containsString("value=\"Kept title\"")));
		assertThat(fixtures.count("select count(*) from follow_up_action where title = 'Kept title'")).isZero();
		// an unpublished recommendation cannot be chosen by editing the form
		mvc.perform(post("/actions").with(TestAccounts.as(nepal)).with(csrf()).param("country", "NPL").param("title", "Unpublished " + fixtures.token)
			.param("status", "PLANNED").param("version", "0").param("recommendationIds", String.valueOf(unpublished)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose only published recommendations.")));
	}

	@Test
	void theNewActionFormPreselectsOnlyTheCountrysPublicRecommendations() throws Exception {
		long own = fixtures.recommendation("NPL", "Preselected recommendation");
		long foreign = fixtures.recommendation("MNG", "Foreign recommendation");
		mvc.perform(get("/actions/new").with(TestAccounts.as(nepal)).param("country", "NPL")
			.param("recommendation", String.valueOf(own), String.valueOf(foreign)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + own + "\" id=\"rec-" + own + "\" checked")))
			.andExpect(content().string(not(containsString("rec-" + foreign))));
		// a focal point of two countries must choose one before searching or saving
		CurrentUser two = TestAccounts.with(jdbc).create(Role.FOCAL_POINT, "NPL", "MNG");
		mvc.perform(post("/actions").with(TestAccounts.as(two)).with(csrf()).param("country", "").param("title", "No country")
			.param("status", "PLANNED").param("version", "0").param("search", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the country of the action first.")));
	}

	@Test
	void curatorsMayEditActionsOfAnyCountry() throws Exception {
		CurrentUser curator = TestAccounts.with(jdbc).create(Role.CURATOR);
		long action = fixtures.action("MNG", "Mongolian action", false, LocalDate.of(2026, 1, 1), "PLANNED");
		mvc.perform(post("/actions/" + action).with(TestAccounts.as(curator)).with(csrf()).param("title", "Corrected " + fixtures.token)
			.param("status", "PLANNED").param("version", "0")).andExpect(redirectedUrlPattern("/actions/*/edit"));
		assertThat(fixtures.string("select updated_by::text from follow_up_action where id = ?", action)).isEqualTo(String.valueOf(curator.id()));
	}

}
