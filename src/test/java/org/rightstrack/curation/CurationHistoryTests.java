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

	@Test
	void documentToRecommendationsStartsTheHistoryOfTheDocumentAndEachRecommendation() throws Exception {
		String symbol = "HIST/C/THA/CO/" + java.util.UUID.randomUUID().toString().substring(0, 8);
		long theme = fixtures.id("select id from theme where code = 'trafficking'");
		var save = post("/curation/documents/import/save").with(csrf()).with(as(curator)).param("symbol", symbol)
			.param("title", "Concluding observations").param("type", "CONCLUDING_OBSERVATIONS")
			.param("mechanismId", String.valueOf(fixtures.id("select id from mechanism where code = 'CEDAW'")))
			.param("countryId", String.valueOf(fixtures.id("select id from country where alpha3 = 'THA'")))
			.param("publishedOn", "2024-05-31").param("published", "true")
			.param("proposals[0].include", "true").param("proposals[0].proposedInclude", "true").param("proposals[0].paragraph", "3 (a)")
			.param("proposals[0].text", "Strengthen cooperation against trafficking.").param("proposals[0].proposedText", "Strengthen cooperation against trafficking.")
			.param("proposals[0].themeIds", String.valueOf(theme)).param("proposals[0].suggestedThemeIds", String.valueOf(theme))
			.param("proposals[0].followUp", "true").param("proposals[0].proposedFollowUp", "true").param("proposals[0].followUpDeadline", "2026-05-31")
			.param("proposals[1].include", "true").param("proposals[1].proposedInclude", "true").param("proposals[1].paragraph", "3 (b)")
			.param("proposals[1].text", "Ensure shelters for victims.").param("proposals[1].proposedText", "Ensure shelters for victims.");
		mvc.perform(save).andExpect(status().is3xxRedirection());
		long document = fixtures.id("select id from document where symbol = ?", symbol);
		assertThat(entries("document", document, 0)).isOne();
		long first = fixtures.id("select id from recommendation where document_id = ? and paragraph = '3 (a)'", document);
		long second = fixtures.id("select id from recommendation where document_id = ? and paragraph = '3 (b)'", document);
		assertThat(entries("recommendation", first, 0)).isOne();
		assertThat(entries("recommendation", second, 0)).isOne();
		assertThat(entries("recommendation", first)).isOne();
		assertThat(fixtures.count("select count(*) from recommendation r join document d on d.id = r.document_id"
				+ " where r.id = ? and r.country_id = d.country_id and r.mechanism_id = d.mechanism_id and r.published_on = d.published_on"
				+ " and r.published and r.follow_up and r.follow_up_deadline = date '2026-05-31'", first)).isOne();
		assertThat(fixtures.count("select count(*) from recommendation_theme_aud where recommendation_id = ? and theme_id = ? and revtype = 0",
				first, theme)).isOne();
		mvc.perform(get("/history/recommendation/" + first).with(as(curator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(curator.name())))
			.andExpect(content().string(containsString("Strengthen cooperation against trafficking.")));
		// the same symbol again is refused as a duplicate, and nothing is saved
		mvc.perform(save).andExpect(status().isOk())
			.andExpect(content().string(containsString("This value is already used by another record.")));
		assertThat(fixtures.count("select count(*) from document where symbol = ?", symbol)).isOne();
		assertThat(fixtures.count("select count(*) from recommendation where document_id = ?", document)).isEqualTo(2);
	}

	@Test
	void assessmentsMovedByAMergeGetAnEntryAndTheirHistoryPagesWorkOnSqlRecommendations() throws Exception {
		long document = fixtures.document();
		long kept = fixtures.recommendation(document, "40", "Adopt a law on domestic violence.");
		long duplicate = fixtures.recommendation(document, "40", "Adopt a law on domestic violence (duplicate).");
		long action = fixtures.action(duplicate, "Draft the domestic violence bill");
		long first = fixtures.assessment(duplicate, "Ministry of Justice", "STARTED");
		long second = fixtures.assessment(duplicate, "Women's Rights Network", "NOT_STARTED");
		mvc.perform(post("/curation/recommendations/merge").with(csrf()).with(as(curator))
				.param("keep", String.valueOf(kept)).param("keepVersion", "0")
				.param("duplicate", String.valueOf(duplicate)).param("duplicateVersion", "0"))
			.andExpect(status().is3xxRedirection());
		for (long assessment : new long[] { first, second }) {
			assertThat(entries("assessment", assessment, 1)).isOne();
			assertThat(fixtures.count("select count(*) from assessment_aud where id = ? and recommendation_id = ?", assessment, kept)).isOne();
			assertThat(fixtures.count("select count(*) from assessment where id = ? and recommendation_id = ? and version = 1", assessment, kept)).isOne();
		}
		// the recommendations were written with SQL and have no history row of their own: the pages still show the link
		assertThat(entries("recommendation", kept, 1)).isOne();
		assertThat(fixtures.count("select count(*) from recommendation_aud where id = ? and revtype = 0", kept)).isZero();
		mvc.perform(get("/history/assessment/" + first).with(as(curator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(curator.name())))
			.andExpect(content().string(containsString("Ministry of Justice")))
			.andExpect(content().string(containsString("#" + kept)));
		mvc.perform(get("/history/action/" + action).with(as(curator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(curator.name())))
			.andExpect(content().string(containsString("#" + kept)));
	}

	@Test
	void assessmentsMovedOrCopiedByASplitGetAnEntry() throws Exception {
		long document = fixtures.document();
		long rec = fixtures.recommendation(document, "50", "Abolish the death penalty and commute all death sentences.");
		long stays = fixtures.assessment(rec, "Ministry of Justice", "STARTED");
		long moves = fixtures.assessment(rec, "Bar Association", "NOT_STARTED");
		long copied = fixtures.assessment(rec, "Human Rights Commission", "PARTIALLY_IMPLEMENTED");
		jdbc.sql("update assessment set justification = 'Bill tabled.', archived = true where id = ?").param(copied).update();
		mvc.perform(post("/curation/recommendations/" + rec + "/split").with(csrf()).with(as(curator)).param("version", "0")
				.param("firstText", "Abolish the death penalty.").param("secondText", "Commute all death sentences.")
				.param("assessment-" + moves, "SECOND").param("assessment-" + copied, "BOTH"))
			.andExpect(status().is3xxRedirection());
		long second = fixtures.count("select max(id) from recommendation where document_id = ?", document);
		assertThat(entries("assessment", stays)).isZero();
		assertThat(entries("assessment", moves, 1)).isOne();
		assertThat(fixtures.count("select count(*) from assessment where id = ? and recommendation_id = ?", moves, second)).isOne();
		assertThat(entries("assessment", copied)).as("the original stays as it was").isZero();
		long copy = fixtures.id("select id from assessment where recommendation_id = ? and organisation = 'Human Rights Commission'", second);
		assertThat(entries("assessment", copy, 0)).isOne();
		assertThat(fixtures.count("""
				select count(*) from assessment c join assessment o on o.id = ?
				where c.id = ? and c.assessor_type = o.assessor_type and c.status = o.status and c.assessed_on = o.assessed_on
				and c.justification = 'Bill tabled.' and c.archived and c.moderation_status = o.moderation_status""", copied, copy)).isOne();
		mvc.perform(get("/history/assessment/" + copy).with(as(curator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Human Rights Commission")));
	}

	@Test
	void treatyCreationEditsAndArchivingAreKeptWithTheCurator() throws Exception {
		String code = "HT-" + System.nanoTime() % 1_000_000_000L;
		mvc.perform(post("/curation/treaties").with(csrf()).with(as(curator)).param("code", code).param("shortName", code)
				.param("title", "A regional charter").param("kind", "REGIONAL").param("displayOrder", "90").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		long treaty = fixtures.id("select id from treaty where code = '" + code + "'");
		assertThat(entries("treaty", treaty, 0)).isOne();
		mvc.perform(post("/curation/treaties/" + treaty).with(csrf()).with(as(curator)).param("code", code).param("shortName", code)
				.param("title", "The regional charter on rights").param("kind", "REGIONAL").param("displayOrder", "90").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/curation/treaties/" + treaty + "/archive").with(csrf()).with(as(curator)).param("version", "1").param("archived", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(entries("treaty", treaty, 1)).isEqualTo(2);
		assertThat(fixtures.count("select count(*) from treaty where id = ? and archived and version = 2", treaty)).isOne();

		// a stale save is refused, the input kept, and leaves no entry
		mvc.perform(post("/curation/treaties/" + treaty).with(csrf()).with(as(curator)).param("code", code).param("shortName", code)
				.param("title", "Late title").param("kind", "REGIONAL").param("displayOrder", "90").param("version", "0"))
			.andExpect(content().string(containsString("Someone else saved this record")))
			.andExpect(content().string(containsString("Late title")));
		assertThat(entries("treaty", treaty)).isEqualTo(3);

		mvc.perform(get("/curation/treaties/" + treaty).with(as(curator)))
			.andExpect(content().string(containsString("href=\"/history/treaty/" + treaty + "\"")));
		mvc.perform(get("/history/treaty/" + treaty).with(as(curator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(curator.name())))
			.andExpect(content().string(containsString("The regional charter on rights")));
	}

	/**
	 * Creates a record with the form of {@code path}, edits it (with {@code edited} in place of
	 * {@code created}), archives it, tries a stale save; each kept save has an entry with the curator,
	 * the stale one none, and the history page (linked from the form) shows the change.
	 */
	void recordHistory(String path, String table, String historyKind, String uniqueSql, Map<String, String> created, Map<String, String> edited,
			String shown) throws Exception {
		var create = post("/curation/" + path).with(csrf()).with(as(curator));
		created.forEach(create::param);
		mvc.perform(create.param("version", "0")).andExpect(status().is3xxRedirection());
		long id = fixtures.id(uniqueSql);
		assertThat(entries(table, id, 0)).isOne();
		var edit = post("/curation/" + path + "/" + id).with(csrf()).with(as(curator));
		edited.forEach(edit::param);
		mvc.perform(edit.param("version", "0")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/curation/" + path + "/" + id + "/archive").with(csrf()).with(as(curator)).param("version", "1").param("archived", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(entries(table, id, 1)).isEqualTo(2);
		assertThat(fixtures.count("select count(*) from " + table + " where id = ? and archived and version = 2", id)).isOne();

		var stale = post("/curation/" + path + "/" + id).with(csrf()).with(as(curator));
		edited.forEach(stale::param);
		mvc.perform(stale.param("version", "0"))
			.andExpect(content().string(containsString("Someone else saved this record")))
			.andExpect(content().string(containsString(shown)));
		assertThat(entries(table, id)).isEqualTo(3);

		mvc.perform(get("/curation/" + path + "/" + id).with(as(curator)))
			.andExpect(content().string(containsString("href=\"/history/" + historyKind + "/" + id + "\"")));
		mvc.perform(get("/history/" + historyKind + "/" + id).with(as(curator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(curator.name())))
			.andExpect(content().string(containsString(shown)));
	}

	static String unique(String prefix) {
		return prefix + System.nanoTime() % 1_000_000_000L;
	}

	@Test
	void mechanismCreationEditsAndArchivingAreKeptWithTheCurator() throws Exception {
		String code = unique("HM-");
		recordHistory("mechanisms", "mechanism", "mechanism", "select id from mechanism where code = '" + code + "'",
				Map.of("code", code, "name", "Regional rapporteur", "kind", "REGIONAL"),
				Map.of("code", code, "name", "Regional rapporteur on detention", "kind", "REGIONAL", "establishedYear", "2001"),
				"Regional rapporteur on detention");
	}

	@Test
	void countryVisitCreationEditsAndArchivingAreKeptWithTheCurator() throws Exception {
		String notes = unique("Visit note ");
		String mechanism = String.valueOf(fixtures.id("select id from mechanism where code = 'CAT'"));
		String country = String.valueOf(fixtures.id("select id from country where alpha3 = 'THA'"));
		recordHistory("visits", "country_visit", "visit", "select id from country_visit where notes like '" + notes + "%'",
				Map.of("mechanismId", mechanism, "countryId", country, "status", "REQUESTED", "notes", notes),
				Map.of("mechanismId", mechanism, "countryId", country, "status", "ACCEPTED", "startDate", "2031-03-01", "notes",
						notes + " accepted"),
				notes + " accepted");
	}

	@Test
	void stateReportCreationEditsAndArchivingAreKeptWithTheCurator() throws Exception {
		String symbol = unique("CAT/C/HIST/");
		String treaty = String.valueOf(fixtures.id("select id from treaty where code = 'CAT'"));
		String country = String.valueOf(fixtures.id("select id from country where alpha3 = 'THA'"));
		String cycle = String.valueOf(fixtures.count("select coalesce(max(cycle), 0) + 1 from state_report where treaty_id = ? and country_id = ?",
				Long.parseLong(treaty), Long.parseLong(country)));
		recordHistory("state-reports", "state_report", "state-report", "select id from state_report where symbol like '" + symbol + "%'",
				Map.of("countryId", country, "treatyId", treaty, "cycle", cycle, "dueOn", "2031-01-01", "symbol", symbol),
				Map.of("countryId", country, "treatyId", treaty, "cycle", cycle, "dueOn", "2031-01-01", "submittedOn", "2031-02-01", "symbol",
						symbol + "/Rev"),
				symbol + "/Rev");
	}

	@Test
	void themeCreationEditsAndArchivingAreKeptWithTheCurator() throws Exception {
		String code = unique("ht-");
		recordHistory("themes", "theme", "theme", "select id from theme where code = '" + code + "'",
				Map.of("code", code, "name", "Prison conditions"),
				Map.of("code", code, "name", "Conditions of detention", "parentId", String.valueOf(fixtures.id("select id from theme where code = 'torture'"))),
				"Conditions of detention");
	}

	@Test
	void affectedGroupCreationEditsAndArchivingAreKeptWithTheCurator() throws Exception {
		String code = unique("hg-");
		recordHistory("affected-groups", "affected_group", "affected-group", "select id from affected_group where code = '" + code + "'",
				Map.of("code", code, "name", "Seasonal workers"), Map.of("code", code, "name", "Seasonal migrant workers"),
				"Seasonal migrant workers");
	}

	@Test
	void aRecordInsertedWithSqlStartsItsHistoryAtItsFirstEdit() throws Exception {
		String code = unique("sql-");
		long group = fixtures.id("insert into affected_group (code, name) values (?, 'Inserted by an importer') returning id", code);
		mvc.perform(post("/curation/affected-groups/" + group).with(csrf()).with(as(curator)).param("code", code)
				.param("name", "Edited by a curator").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(entries("affected_group", group, 0)).isZero();
		assertThat(entries("affected_group", group, 1)).isOne();
		mvc.perform(get("/history/affected-group/" + group))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Edited by a curator")));
	}

}
