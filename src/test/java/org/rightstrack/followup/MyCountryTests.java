package org.rightstrack.followup;

import java.time.LocalDate;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class MyCountryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void focalPointSeesOverdueDueSoonDraftsAndRecommendationsWithoutAction() throws Exception {
		FollowUpFixtures fixtures = new FollowUpFixtures(jdbc);
		String t = fixtures.token;
		LocalDate today = LocalDate.now();
		long covered = fixtures.recommendation("NPL", "Covered recommendation");
		long uncovered = fixtures.recommendation("NPL", "Uncovered recommendation");
		long onlyArchived = fixtures.recommendation("NPL", "Only an archived action");
		long mongolian = fixtures.recommendation("MNG", "Mongolian uncovered recommendation");
		fixtures.action("NPL", "Overdue action", true, today.minusDays(1), "IN_PROGRESS", covered);
		fixtures.action("NPL", "Overdue but completed", true, today.minusDays(10), "COMPLETED");
		fixtures.action("NPL", "Due soon action", true, today.plusDays(30), "PLANNED");
		fixtures.action("NPL", "Due later action", true, today.plusDays(31), "PLANNED");
		fixtures.action("NPL", "Draft action", false, null, "PLANNED");
		long archived = fixtures.action("NPL", "Archived action", false, today.minusDays(3), "PLANNED", onlyArchived);
		jdbc.sql("update follow_up_action set archived = true where id = ?").param(archived).update();
		fixtures.action("MNG", "Mongolian draft", false, today.minusDays(2), "PLANNED");

		CurrentUser focalPoint = TestAccounts.with(jdbc).create(Role.FOCAL_POINT, "NPL");
		String page = mvc.perform(get("/my-country").with(TestAccounts.as(focalPoint)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String overdue = section(page, "work-list overdue");
		String dueSoon = section(page, "work-list due-soon");
		String drafts = section(page, "work-list drafts");
		String without = section(page, "work-list without-action");
		assertThat(overdue).contains("Overdue action " + t).doesNotContain("Overdue but completed " + t).doesNotContain("Archived action " + t);
		assertThat(dueSoon).contains("Due soon action " + t).doesNotContain("Due later action " + t);
		assertThat(drafts).contains("Draft action " + t).doesNotContain("Archived action " + t).doesNotContain("Due soon action " + t);
		assertThat(without).contains("Uncovered recommendation " + t).contains("Only an archived action " + t)
			.doesNotContain("Covered recommendation " + t);
		assertThat(page).doesNotContain("Mongolian draft " + t).doesNotContain("Mongolian uncovered recommendation " + t);
		assertThat(page).contains("My country&#39;s work");
		assertThat(mongolian).isPositive();
		assertThat(uncovered).isPositive();
	}

	@Test
	void onlyFocalPointsHaveTheWorkPage() throws Exception {
		mvc.perform(get("/my-country").with(TestAccounts.as(TestAccounts.with(jdbc).create(Role.CSO, "NPL")))).andExpect(status().isForbidden());
		mvc.perform(get("/my-country").with(TestAccounts.as(TestAccounts.with(jdbc).create(Role.CURATOR)))).andExpect(status().isForbidden());
		CurrentUser focalPoint = TestAccounts.with(jdbc).create(Role.FOCAL_POINT, "VNM");
		mvc.perform(get("/").with(TestAccounts.as(focalPoint))).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(containsString("href=\"/my-country\"")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(not(containsString("href=\"/moderation\""))));
	}

	/** The list with the given class, up to the end of that list. */
	static String section(String page, String listClass) {
		int start = page.indexOf("class=\"" + listClass + "\"");
		if (start < 0) {
			return "";
		}
		return page.substring(start, page.indexOf("</ul>", start));
	}

}
