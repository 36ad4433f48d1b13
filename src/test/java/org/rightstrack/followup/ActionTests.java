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

	CurrentUser indonesia;

	@BeforeEach
	void setUp() {
		fixtures = new FollowUpFixtures(jdbc);
		indonesia = TestAccounts.with(jdbc).create(Role.FOCAL_POINT, "IDN");
	}

	long actionId(String title) {
		return fixtures.id("select id from follow_up_action where title = ?", title);
	}

	@Test
	void focalPointCreatesEditsPublishesAndArchivesAnAction() throws Exception {
		long first = fixtures.recommendation("IDN", "Ratify the Optional Protocol");
		long second = fixtures.recommendation("IDN", "Designate a national preventive mechanism");
		String title = "National action plan " + fixtures.token;
		mvc.perform(post("/actions").with(TestAccounts.as(indonesia)).with(csrf())
			.param("country", "IDN").param("title", title).param("description", "Drafting the plan")
			.param("responsibleInstitution", "Ministry of Law and Human Rights").param("startDate", "2025-01-01")
			.param("endDate", "2026-12-31").param("status", "IN_PROGRESS").param("budgetNote", "IDR 2 billion")
			.param("recommendationIds", String.valueOf(first), String.valueOf(second)).param("version", "0"))
			.andExpect(redirectedUrlPattern("/actions/*/edit"));
		long id = actionId(title);
		assertThat(fixtures.count("select count(*) from follow_up_action_recommendation where follow_up_action_id = ?", id)).isEqualTo(2);
		assertThat(fixtures.string("select created_by || '/' || updated_by || '/' || published || '/' || status from follow_up_action where id = ?", id))
			.isEqualTo(indonesia.id() + "/" + indonesia.id() + "/false/IN_PROGRESS");
		// a draft: not public, but its editors see it
		mvc.perform(get("/actions/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/actions/" + id).with(TestAccounts.as(indonesia))).andExpect(status().isOk());
		mvc.perform(get("/actions/" + id + "/edit").with(TestAccounts.as(indonesia)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ministry of Law and Human Rights")))
			.andExpect(content().string(containsString("Designate a national preventive mechanism")));

		CurrentUser colleague = TestAccounts.with(jdbc).create(Role.FOCAL_POINT, "IDN");
		mvc.perform(post("/actions/" + id).with(TestAccounts.as(colleague)).with(csrf())
			.param("title", title).param("status", "COMPLETED").param("recommendationIds", String.valueOf(first)).param("version", "0"))
			.andExpect(redirectedUrlPattern("/actions/*/edit"));
		assertThat(fixtures.string("select created_by || '/' || updated_by || '/' || status || '/' || version from follow_up_action where id = ?", id))
			.isEqualTo(indonesia.id() + "/" + colleague.id() + "/COMPLETED/1");
		assertThat(fixtures.count("select count(*) from follow_up_action_recommendation where follow_up_action_id = ?", id)).isEqualTo(1);

		mvc.perform(post("/actions/" + id + "/publish").with(TestAccounts.as(indonesia)).with(csrf()).param("version", "1").param("published", "true"))
			.andExpect(redirectedUrlPattern("/actions/*/edit"));
		mvc.perform(get("/actions/" + id)).andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("/recommendations/" + first)))
			.andExpect(content().string(not(containsString("/recommendations/" + second + "\""))));

		mvc.perform(post("/actions/" + id + "/archive").with(TestAccounts.as(indonesia)).with(csrf()).param("version", "2"))
			.andExpect(redirectedUrlPattern("/actions/*/edit"));
		assertThat(fixtures.string("select archived || '/' || published from follow_up_action where id = ?", id)).isEqualTo("true/true");
		mvc.perform(get("/actions/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/recommendations/" + first + "/follow-up")).andExpect(content().string(not(containsString(title))));
	}

	@Test
	void invalidInputIsShownAgainWithMessages() throws Exception {
		mvc.perform(post("/actions").with(TestAccounts.as(indonesia)).with(csrf()).param("country", "IDN").param("title", " ")
			.param("startDate", "2025-06-01").param("endDate", "2025-01-01").param("status", "PLANNED").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("The end date cannot be before the start date.")));
	}

	@Test
	void focalPointOfIndonesiaCannotTouchAThaiActionOrRecommendation() throws Exception {
		long thai = fixtures.recommendation("THA", "Thai recommendation");
		long indonesian = fixtures.recommendation("IDN", "Indonesian recommendation");
		long thaiAction = fixtures.action("THA", "Thai action", true, null, "PLANNED", thai);
		long ownAction = fixtures.action("IDN", "Own action", false, null, "PLANNED", indonesian);
		String before = fixtures.fingerprint();
		mvc.perform(post("/actions").with(TestAccounts.as(indonesia)).with(csrf()).param("country", "THA").param("title", "X")
			.param("status", "PLANNED").param("version", "0")).andExpect(status().isForbidden());
		mvc.perform(post("/actions/" + thaiAction).with(TestAccounts.as(indonesia)).with(csrf()).param("title", "Changed")
			.param("status", "COMPLETED").param("version", "0")).andExpect(status().isForbidden());
		mvc.perform(get("/actions/" + thaiAction + "/edit").with(TestAccounts.as(indonesia))).andExpect(status().isForbidden());
		mvc.perform(post("/actions/" + thaiAction + "/publish").with(TestAccounts.as(indonesia)).with(csrf()).param("version", "0")
			.param("published", "false")).andExpect(status().isForbidden());
		mvc.perform(post("/actions/" + thaiAction + "/archive").with(TestAccounts.as(indonesia)).with(csrf()).param("version", "0"))
			.andExpect(status().isForbidden());
		// an Indonesian action that would address a Thai recommendation (the id edited in the form)
		mvc.perform(post("/actions").with(TestAccounts.as(indonesia)).with(csrf()).param("country", "IDN").param("title", "Sneaky " + fixtures.token)
			.param("status", "PLANNED").param("recommendationIds", String.valueOf(thai)).param("version", "0")).andExpect(status().isForbidden());
		mvc.perform(post("/actions/" + ownAction).with(TestAccounts.as(indonesia)).with(csrf()).param("title", "Own action")
			.param("status", "PLANNED").param("recommendationIds", String.valueOf(indonesian), String.valueOf(thai)).param("version", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/recommendations/" + thai + "/assessments").with(TestAccounts.as(indonesia)).with(csrf())
			.param("status", "STARTED").param("assessedOn", "2025-01-01")).andExpect(status().isForbidden());
		mvc.perform(get("/actions/recommendations").with(TestAccounts.as(indonesia)).param("country", "THA").param("q", "Thai"))
			.andExpect(status().isForbidden());
		assertThat(fixtures.fingerprint()).isEqualTo(before);
	}

	@Test
	void theSecondOfTwoConcurrentSavesIsRefusedAndKeepsItsInput() throws Exception {
		long action = fixtures.action("IDN", "Shared action", false, null, "PLANNED");
		CurrentUser other = TestAccounts.with(jdbc).create(Role.FOCAL_POINT, "IDN");
		mvc.perform(post("/actions/" + action).with(TestAccounts.as(other)).with(csrf()).param("title", "First save " + fixtures.token)
			.param("status", "IN_PROGRESS").param("version", "0")).andExpect(redirectedUrlPattern("/actions/*/edit"));
		mvc.perform(post("/actions/" + action).with(TestAccounts.as(indonesia)).with(csrf()).param("title", "Second save " + fixtures.token)
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
		mvc.perform(post("/actions/" + action).with(TestAccounts.as(indonesia)).with(csrf()).param("title", "Second save " + fixtures.token)
			.param("status", "COMPLETED").param("version", "1")).andExpect(redirectedUrlPattern("/actions/*/edit"));
		assertThat(fixtures.string("select title from follow_up_action where id = ?", action)).isEqualTo("Second save " + fixtures.token);
	}

	@Test
	void recommendationsAreSearchedAmongTheCountrysPublishedOnes() throws Exception {
		long wanted = fixtures.recommendation("IDN", "Criminalise trafficking in persons");
		long unpublished = fixtures.recommendation("IDN", "Criminalise trafficking in persons, unpublished");
		jdbc.sql("update recommendation set published = false where id = ?").param(unpublished).update();
		long thai = fixtures.recommendation("THA", "Criminalise trafficking in persons in Thailand");
		// htmx search as you type
		mvc.perform(get("/actions/recommendations").with(TestAccounts.as(indonesia)).header("HX-Request", "true")
			.param("country", "IDN").param("q", fixtures.token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + wanted + "\"")))
			.andExpect(content().string(not(containsString("value=\"" + unpublished + "\""))))
			.andExpect(content().string(not(containsString("value=\"" + thai + "\""))))
			.andExpect(content().string(not(containsString("<html"))));
		// without JavaScript: the form's search button shows the results in the form, keeping the input
		mvc.perform(post("/actions").with(TestAccounts.as(indonesia)).with(csrf()).param("country", "IDN").param("title", "Kept title")
			.param("status", "PLANNED").param("version", "0").param("q", fixtures.token).param("search", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + wanted + "\"")))
			.andExpect(content().string(containsString("value=\"Kept title\"")));
		assertThat(fixtures.count("select count(*) from follow_up_action where title = 'Kept title'")).isZero();
		// an unpublished recommendation cannot be chosen by editing the form
		mvc.perform(post("/actions").with(TestAccounts.as(indonesia)).with(csrf()).param("country", "IDN").param("title", "Unpublished " + fixtures.token)
			.param("status", "PLANNED").param("version", "0").param("recommendationIds", String.valueOf(unpublished)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose only published recommendations.")));
	}

	@Test
	void curatorsMayEditActionsOfAnyCountry() throws Exception {
		CurrentUser curator = TestAccounts.with(jdbc).create(Role.CURATOR);
		long action = fixtures.action("THA", "Thai action", false, LocalDate.of(2026, 1, 1), "PLANNED");
		mvc.perform(post("/actions/" + action).with(TestAccounts.as(curator)).with(csrf()).param("title", "Corrected " + fixtures.token)
			.param("status", "PLANNED").param("version", "0")).andExpect(redirectedUrlPattern("/actions/*/edit"));
		assertThat(fixtures.string("select updated_by::text from follow_up_action where id = ?", action)).isEqualTo(String.valueOf(curator.id()));
	}

}
