package org.rightstrack.curation;

import java.util.Map;

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
import static org.rightstrack.account.TestAccounts.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Curator edits are kept in history (Envers) with the curator who made them. The edits are committed
 * (history is written at commit), on rows each test creates for itself.
 */
@IntegrationTest
class CurationHistoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	CurationFixtures fixtures;

	CurrentUser curator;

	@BeforeEach
	void setUp() {
		fixtures = new CurationFixtures(jdbc);
		curator = TestAccounts.with(jdbc).create(Role.CURATOR);
	}

	/** History entries of the row made by the curator, of the given type (0 created, 1 changed, 2 removed). */
	long entries(String table, long id, int type) {
		return fixtures.count("select count(*) from " + table + "_aud a join revision v on v.id = a.rev"
				+ " where a.id = ? and a.revtype = ? and v.account_id = ? and v.account_email = ?", id, type, curator.id(), curator.email());
	}

	long entries(String table, long id) {
		return fixtures.count("select count(*) from " + table + "_aud where id = ?", id);
	}

	@Test
	void editingPublishingAndArchivingARecommendationEachLeaveAnEntryWithTheCurator() throws Exception {
		long rec = fixtures.recommendation(fixtures.document(), "12", "Ratify OPCAT.");
		mvc.perform(post("/curation/recommendations/" + rec).with(csrf()).with(as(curator))
				.param("text", "Ratify the Optional Protocol to the Convention against Torture.").param("published", "true")
				.param("themeIds", String.valueOf(fixtures.id("select id from theme where code = 'torture'"))).param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(entries("recommendation", rec, 1)).isOne();
		assertThat(fixtures.count("select count(*) from recommendation_theme_aud where recommendation_id = ? and revtype = 0", rec)).isOne();
		mvc.perform(post("/curation/recommendations/" + rec + "/publish").with(csrf()).with(as(curator)).param("version", "1").param("published", "false"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/curation/recommendations/" + rec + "/archive").with(csrf()).with(as(curator)).param("version", "2").param("archived", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(entries("recommendation", rec, 1)).isEqualTo(3);
		assertThat(fixtures.count("select count(*) from recommendation where id = ? and archived and not published and version = 3", rec)).isOne();

		// a stale save leaves no entry
		mvc.perform(post("/curation/recommendations/" + rec).with(csrf()).with(as(curator)).param("text", "Late").param("version", "0"))
			.andExpect(content().string(containsString("Someone else saved this record")));
		assertThat(entries("recommendation", rec)).isEqualTo(3);

		mvc.perform(get("/curation/recommendations/" + rec).with(as(curator)))
			.andExpect(content().string(containsString("href=\"/history/recommendation/" + rec + "\"")));
		mvc.perform(get("/history/recommendation/" + rec).with(as(curator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(curator.name())))
			.andExpect(content().string(containsString("Ratify the Optional Protocol to the Convention against Torture.")));
	}

	@Test
	void mergeLeavesEntriesOnBothRecommendationsAndTheActionWhoseLinkMoved() throws Exception {
		long document = fixtures.document();
		long kept = fixtures.recommendation(document, "20", "Establish a national preventive mechanism.");
		long duplicate = fixtures.recommendation(document, "20", "Establish a national preventive mechanism (duplicate).");
		fixtures.theme(duplicate, "torture");
		long action = fixtures.action(duplicate, "Draft NPM law");
		long assessment = fixtures.assessment(duplicate, "Ministry of Law", "STARTED");
		mvc.perform(post("/curation/recommendations/merge").with(csrf()).with(as(curator))
				.param("keep", String.valueOf(kept)).param("keepVersion", "0")
				.param("duplicate", String.valueOf(duplicate)).param("duplicateVersion", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(entries("recommendation", kept, 1)).isOne();
		assertThat(entries("recommendation", duplicate, 1)).isOne();
		assertThat(fixtures.count("select count(*) from recommendation_aud where id = ? and archived", duplicate)).isOne();
		assertThat(fixtures.count("select count(*) from recommendation_theme_aud where recommendation_id = ? and revtype = 0", kept)).isOne();
		assertThat(entries("follow_up_action", action, 1)).isOne();
		assertThat(fixtures.count("select count(*) from follow_up_action_recommendation where follow_up_action_id = ? and recommendation_id = ?", action, kept)).isOne();
		assertThat(fixtures.count("select count(*) from assessment where id = ? and recommendation_id = ?", assessment, kept)).isOne();
		assertThat(fixtures.count("select count(*) from recommendation_redirect where old_id = ? and new_id = ?", duplicate, kept)).isOne();
		// the duplicate's history is still there, for curators
		mvc.perform(get("/history/recommendation/" + duplicate).with(as(curator))).andExpect(status().isOk())
			.andExpect(content().string(containsString(curator.name())));
	}

	@Test
	void splitChangesTheOriginalAndCreatesTheSecondInHistory() throws Exception {
		long document = fixtures.document();
		long rec = fixtures.recommendation(document, "30", "Criminalize torture and establish a complaints mechanism.");
		fixtures.theme(rec, "torture");
		long moves = fixtures.action(rec, "Set up the complaints body");
		mvc.perform(post("/curation/recommendations/" + rec + "/split").with(csrf()).with(as(curator)).param("version", "0")
				.param("firstText", "Criminalize torture.").param("secondText", "Establish a complaints mechanism.")
				.param("action-" + moves, "SECOND"))
			.andExpect(status().is3xxRedirection());
		long second = fixtures.count("select max(id) from recommendation where document_id = ?", document);
		assertThat(second).isNotEqualTo(rec);
		assertThat(entries("recommendation", rec, 1)).isOne();
		assertThat(entries("recommendation", second, 0)).isOne();
		assertThat(fixtures.count("select count(*) from recommendation_theme_aud where recommendation_id = ? and revtype = 0", second)).isOne();
		assertThat(entries("follow_up_action", moves, 1)).isOne();
		assertThat(fixtures.count("select count(*) from follow_up_action_recommendation where follow_up_action_id = ? and recommendation_id = ?", moves, second)).isOne();
		assertThat(fixtures.count("select count(*) from follow_up_action_recommendation where follow_up_action_id = ? and recommendation_id = ?", moves, rec)).isZero();
	}

	@Test
	void documentEditsPublishingArchivingAndMovingItsRecommendationsAreKept() throws Exception {
		long document = fixtures.document();
		long rec = fixtures.recommendation(document, "1", "Adopt a law.");
		String symbol = jdbc.sql("select symbol from document where id = ?").param(document).query(String.class).single();
		Map<String, String> params = Map.of("symbol", symbol, "title", "Concluding observations on the second report", "type",
				"CONCLUDING_OBSERVATIONS", "mechanismId", String.valueOf(fixtures.id("select id from mechanism where code = 'CAT'")),
				"countryId", String.valueOf(fixtures.id("select id from country where alpha3 = 'THA'")), "publishedOn", "2024-05-01",
				"published", "true", "version", "0");
		var edit = post("/curation/documents/" + document).with(csrf()).with(as(curator));
		params.forEach(edit::param);
		mvc.perform(edit).andExpect(status().is3xxRedirection());
		assertThat(entries("document", document, 1)).isOne();
		assertThat(entries("recommendation", rec, 1)).as("moved with its document").isOne();
		mvc.perform(post("/curation/documents/" + document + "/publish").with(csrf()).with(as(curator)).param("version", "1").param("published", "false"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/curation/documents/" + document + "/archive").with(csrf()).with(as(curator)).param("version", "2").param("archived", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(entries("document", document, 1)).isEqualTo(3);
		assertThat(fixtures.count("select count(*) from document where id = ? and archived and not published", document)).isOne();
		mvc.perform(get("/curation/documents/" + document).with(as(curator)))
			.andExpect(content().string(containsString("href=\"/history/document/" + document + "\"")));
		mvc.perform(get("/history/document/" + document).with(as(curator))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Concluding observations on the second report")));
	}

	@Test
	void aDocumentCreatedByACuratorStartsItsHistory() throws Exception {
		String symbol = "HIST/C/IDN/CO/" + java.util.UUID.randomUUID().toString().substring(0, 8);
		String url = mvc.perform(post("/curation/documents").with(csrf()).with(as(curator)).param("symbol", symbol)
				.param("title", "Concluding observations").param("type", "CONCLUDING_OBSERVATIONS")
				.param("mechanismId", String.valueOf(fixtures.id("select id from mechanism where code = 'CAT'")))
				.param("countryId", String.valueOf(fixtures.id("select id from country where alpha3 = 'IDN'")))
				.param("publishedOn", "2024-05-01").param("published", "true").param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long document = fixtures.id("select id from document where symbol = ?", symbol);
		assertThat(url).isEqualTo("/curation/documents/" + document);
		assertThat(entries("document", document, 0)).isOne();
		// the same symbol again is refused as a duplicate, with the input kept
		mvc.perform(post("/curation/documents").with(csrf()).with(as(curator)).param("symbol", symbol)
				.param("title", "Another title").param("type", "CONCLUDING_OBSERVATIONS")
				.param("mechanismId", String.valueOf(fixtures.id("select id from mechanism where code = 'CAT'")))
				.param("countryId", String.valueOf(fixtures.id("select id from country where alpha3 = 'IDN'")))
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Another record already has this code, symbol or combination.")))
			.andExpect(content().string(containsString("Another title")));
		assertThat(fixtures.count("select count(*) from document where symbol = ?", symbol)).isOne();
	}

	@Test
	void ratificationRowsCreatedChangedAndEmptiedAreKept() throws Exception {
		Map<String, Object> free = jdbc.sql("""
				select c.id as country, c.alpha3, t.id as treaty from country c cross join treaty t
				where not t.archived and not exists (select 1 from ratification r where r.country_id = c.id and r.treaty_id = t.id)
				order by random() limit 1""").query().singleRow();
		String url = "/curation/ratifications/" + free.get("alpha3") + "/" + free.get("treaty");
		mvc.perform(post(url).with(csrf()).with(as(curator)).header("HX-Request", "true").param("signedOn", "2024-01-10").param("version", ""))
			.andExpect(content().string(containsString("Saved.")));
		long id = fixtures.count("select id from ratification where country_id = ? and treaty_id = ?", free.get("country"), free.get("treaty"));
		mvc.perform(post(url).with(csrf()).with(as(curator)).header("HX-Request", "true").param("signedOn", "2024-01-10")
				.param("consentOn", "2025-02-01").param("consentType", "RATIFICATION").param("version", "0"))
			.andExpect(content().string(containsString("Saved.")))
			.andExpect(content().string(containsString("href=\"/history/ratification/" + id + "\"")));
		mvc.perform(post(url).with(csrf()).with(as(curator)).header("HX-Request", "true").param("signedOn", "").param("consentOn", "")
				.param("consentType", "").param("version", "1"))
			.andExpect(content().string(containsString("Saved.")));
		assertThat(entries("ratification", id, 0)).isOne();
		assertThat(entries("ratification", id, 1)).isOne();
		assertThat(entries("ratification", id, 2)).isOne();
		assertThat(fixtures.count("select count(*) from ratification where id = ?", id)).isZero();
		mvc.perform(get("/history/ratification/" + id).with(as(curator))).andExpect(status().isOk())
			.andExpect(content().string(containsString(curator.name())));
	}

}
