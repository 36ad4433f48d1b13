package org.rightstrack.curation;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstrack.IntegrationTest;
import org.rightstrack.account.CurrentUser;
import org.rightstrack.account.Role;
import org.rightstrack.account.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.rightstrack.account.TestAccounts.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bulk edits of a search selection, committed for real (history is written at commit): each test
 * selects the recommendations of its own document, by a unique symbol, and counts only those.
 */
@IntegrationTest
class BulkEditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	CurrentUser curator;

	String symbol;

	long document;

	@BeforeEach
	void setUp() {
		curator = TestAccounts.with(jdbc).create(Role.CURATOR);
		symbol = "BULK/C/IDN/CO/" + UUID.randomUUID().toString().substring(0, 8);
		document = id("""
				insert into document (mechanism_id, country_id, symbol, title, type, published_on)
				values ((select id from mechanism where code = 'CAT'), (select id from country where alpha3 = 'IDN'), ?,
				        'Concluding observations', 'CONCLUDING_OBSERVATIONS', date '2024-05-01') returning id""", symbol);
	}

	long id(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	long recommendation(String paragraph) {
		return id("""
				insert into recommendation (document_id, country_id, mechanism_id, paragraph, text, published_on)
				select id, country_id, mechanism_id, ?, ?, published_on from document where id = ? returning id""", paragraph,
				"Recommendation " + paragraph + " of " + symbol, document);
	}

	long theme(String code) {
		return id("select id from theme where code = ?", code);
	}

	long group(String code) {
		return id("select id from affected_group where code = ?", code);
	}

	long target(String code) {
		return id("select id from sdg_target where code = ?", code);
	}

	void link(String table, String column, long recommendation, long other) {
		jdbc.sql("insert into " + table + " (recommendation_id, " + column + ") values (?, ?)").params(recommendation, other).update();
	}

	long linked(String table, String column, long recommendation, long other) {
		return id("select count(*) from " + table + " where recommendation_id = ? and " + column + " = ?", recommendation, other);
	}

	/** History entries of the recommendation. */
	long revisions(long recommendation) {
		return id("select count(*) from recommendation_aud where id = ?", recommendation);
	}

	/** History entries of the recommendation made by the curator. */
	long revisionsByCurator(long recommendation) {
		return id("""
				select count(*) from recommendation_aud a join revision v on v.id = a.rev
				where a.id = ? and v.account_id = ? and v.account_email = ?""", recommendation, curator.id(), curator.email());
	}

	MockHttpServletRequestBuilder preview(String... change) {
		MockHttpServletRequestBuilder request = get("/curation/recommendations/bulk").param("document", symbol).with(as(curator));
		for (int i = 0; i < change.length; i += 2) {
			request.param(change[i], change[i + 1]);
		}
		return request;
	}

	/** Previews the change, then confirms it with what the preview counted; returns the preview page. */
	String previewAndConfirm(String... change) throws Exception {
		String page = mvc.perform(preview(change)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		MockHttpServletRequestBuilder confirm = confirmation(page, change);
		mvc.perform(confirm).andExpect(status().is3xxRedirection());
		return page;
	}

	MockHttpServletRequestBuilder confirmation(String page, String... change) {
		MockHttpServletRequestBuilder confirm = post("/curation/recommendations/bulk").with(csrf()).with(as(curator))
			.param("document", symbol)
			.param("expectedMatching", hidden(page, "expectedMatching"))
			.param("expectedChanging", hidden(page, "expectedChanging"))
			.param("selection", hidden(page, "selection"));
		for (int i = 0; i < change.length; i += 2) {
			confirm.param(change[i], change[i + 1]);
		}
		return confirm;
	}

	static String hidden(String page, String name) {
		Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
		assertThat(matcher.find()).as("hidden field " + name).isTrue();
		return matcher.group(1);
	}

	@Test
	void previewSaysHowManyMatchAndHowManyWouldChangeWithASample() throws Exception {
		long torture = theme("torture");
		long a = recommendation("1");
		recommendation("2");
		recommendation("3");
		link("recommendation_theme", "theme_id", a, torture);
		mvc.perform(preview("addTheme", String.valueOf(torture)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3 recommendations match these filters.")))
			.andExpect(content().string(containsString("2 of 3 would change.")))
			.andExpect(content().string(containsString("The other 1 already are so")))
			.andExpect(content().string(containsString("Recommendation 2 of " + symbol)))
			.andExpect(content().string(not(containsString("Recommendation 1 of " + symbol))))
			.andExpect(content().string(containsString("Change 2 recommendations")));
		assertThat(revisions(a)).isZero();
	}

	@Test
	void addingAThemeChangesOnlyThoseWithoutItWithOneHistoryEntryEachByTheCurator() throws Exception {
		long torture = theme("torture");
		long had = recommendation("1");
		long b = recommendation("2");
		long c = recommendation("3");
		link("recommendation_theme", "theme_id", had, torture);
		previewAndConfirm("addTheme", String.valueOf(torture));
		for (long rec : List.of(had, b, c)) {
			assertThat(linked("recommendation_theme", "theme_id", rec, torture)).isOne();
		}
		assertThat(revisions(had)).as("unchanged: no history entry").isZero();
		assertThat(revisionsByCurator(b)).isOne();
		assertThat(revisionsByCurator(c)).isOne();
		assertThat(revisions(b)).isOne();
		assertThat(id("select count(*) from recommendation_theme_aud where recommendation_id = ? and theme_id = ? and revtype = 0", b, torture)).isOne();
		// the search columns follow the links
		assertThat(id("select count(*) from recommendation where id = ? and ? = any (theme_ids)", c, torture)).isOne();
		// and the history page shows who did it
		mvc.perform(get("/history/recommendation/" + b).with(as(curator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(curator.name())));
	}

	@Test
	void removingAThemeAndAnAffectedGroupAndAddingAnSdgTargetInOneEdit() throws Exception {
		long torture = theme("torture");
		long detained = group("persons-deprived-of-liberty");
		long target = target("16.3");
		long a = recommendation("1");
		long b = recommendation("2");
		long untouched = recommendation("3");
		link("recommendation_theme", "theme_id", a, torture);
		link("recommendation_affected_group", "affected_group_id", b, detained);
		link("recommendation_sdg_target", "sdg_target_id", untouched, target);
		previewAndConfirm("removeTheme", String.valueOf(torture), "removeAffected", String.valueOf(detained), "addSdgTarget",
				String.valueOf(target));
		assertThat(linked("recommendation_theme", "theme_id", a, torture)).isZero();
		assertThat(linked("recommendation_affected_group", "affected_group_id", b, detained)).isZero();
		for (long rec : List.of(a, b, untouched)) {
			assertThat(linked("recommendation_sdg_target", "sdg_target_id", rec, target)).isOne();
		}
		assertThat(revisionsByCurator(a)).isOne();
		assertThat(revisionsByCurator(b)).isOne();
		assertThat(revisions(untouched)).isZero();
	}

	@Test
	void removingAnSdgTargetAndAddingAnAffectedGroup() throws Exception {
		long target = target("16.3");
		long women = group("women");
		long a = recommendation("1");
		link("recommendation_sdg_target", "sdg_target_id", a, target);
		previewAndConfirm("removeSdgTarget", String.valueOf(target), "addAffected", String.valueOf(women));
		assertThat(linked("recommendation_sdg_target", "sdg_target_id", a, target)).isZero();
		assertThat(linked("recommendation_affected_group", "affected_group_id", a, women)).isOne();
		assertThat(revisionsByCurator(a)).isOne();
	}

	@Test
	void unpublishingAndPublishing() throws Exception {
		long a = recommendation("1");
		long b = recommendation("2");
		jdbc.sql("update recommendation set published = false where id = ?").param(b).update();
		String page = previewAndConfirm("publication", "UNPUBLISH");
		assertThat(hidden(page, "expectedChanging")).isEqualTo("1");
		assertThat(id("select count(*) from recommendation where document_id = ? and published", document)).isZero();
		assertThat(revisionsByCurator(a)).isOne();
		assertThat(revisions(b)).isZero();
		previewAndConfirm("publication", "PUBLISH");
		assertThat(id("select count(*) from recommendation where document_id = ? and not published", document)).isZero();
		assertThat(revisionsByCurator(a)).isEqualTo(2);
		assertThat(revisionsByCurator(b)).isOne();
	}

	@Test
	void settingTheFollowUpDeadlineSetsTheFollowUpFlag() throws Exception {
		long a = recommendation("1");
		long same = recommendation("2");
		jdbc.sql("update recommendation set follow_up = true, follow_up_deadline = date '2027-03-01' where id = ?").param(same).update();
		previewAndConfirm("deadline", "2027-03-01");
		assertThat(id("select count(*) from recommendation where id = ? and follow_up and follow_up_deadline = date '2027-03-01'", a)).isOne();
		assertThat(revisionsByCurator(a)).isOne();
		assertThat(revisions(same)).isZero();
	}

	@Test
	void aSelectionThatChangedSinceThePreviewIsRefusedAndNothingIsWritten() throws Exception {
		long torture = theme("torture");
		long a = recommendation("1");
		String page = mvc.perform(preview("addTheme", String.valueOf(torture))).andReturn().getResponse().getContentAsString();
		long added = recommendation("2");
		mvc.perform(confirmation(page, "addTheme", String.valueOf(torture)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("The selection changed since your preview, so nothing was written.")))
			.andExpect(content().string(containsString("Now: 2 matching, 2 to change.")));
		assertThat(linked("recommendation_theme", "theme_id", a, torture)).isZero();
		assertThat(revisions(a)).isZero();
		assertThat(revisions(added)).isZero();

		// the same counts but another recommendation: the fingerprint tells
		page = mvc.perform(preview("addTheme", String.valueOf(torture))).andReturn().getResponse().getContentAsString();
		jdbc.sql("update recommendation set archived = true where id = ?").param(added).update();
		recommendation("3");
		mvc.perform(confirmation(page, "addTheme", String.valueOf(torture))).andExpect(status().isConflict());
		assertThat(linked("recommendation_theme", "theme_id", a, torture)).isZero();
	}

	@Test
	void archivedRecommendationsAreLeftOut() throws Exception {
		long torture = theme("torture");
		long live = recommendation("1");
		long archived = recommendation("2");
		jdbc.sql("update recommendation set archived = true where id = ?").param(archived).update();
		previewAndConfirm("addTheme", String.valueOf(torture));
		assertThat(linked("recommendation_theme", "theme_id", live, torture)).isOne();
		assertThat(linked("recommendation_theme", "theme_id", archived, torture)).isZero();
	}

	@Test
	void invalidChangesAreRefusedWithMessages() throws Exception {
		long torture = theme("torture");
		long a = recommendation("1");
		mvc.perform(preview("addTheme", String.valueOf(torture), "removeTheme", String.valueOf(torture), "deadline", "tomorrow"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The same entry cannot be added and removed at once.")))
			.andExpect(content().string(containsString("Enter a date as YYYY-MM-DD.")))
			.andExpect(content().string(not(containsString("name=\"expectedChanging\""))));
		mvc.perform(post("/curation/recommendations/bulk").with(csrf()).with(as(curator)).param("document", symbol)
				.param("expectedMatching", "1").param("expectedChanging", "1").param("selection", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose at least one change.")));
		mvc.perform(preview("addTheme", "999999999")).andExpect(content().string(containsString("Choose an entry from the list.")));
		assertThat(revisions(a)).isZero();
	}

	@Test
	void withoutCsrfTokenNothingIsWritten() throws Exception {
		long torture = theme("torture");
		long a = recommendation("1");
		String page = mvc.perform(preview("addTheme", String.valueOf(torture))).andReturn().getResponse().getContentAsString();
		mvc.perform(post("/curation/recommendations/bulk").with(as(curator)).param("document", symbol).param("addTheme", String.valueOf(torture))
				.param("expectedMatching", hidden(page, "expectedMatching")).param("expectedChanging", hidden(page, "expectedChanging"))
				.param("selection", hidden(page, "selection")))
			.andExpect(status().isForbidden());
		assertThat(linked("recommendation_theme", "theme_id", a, torture)).isZero();
	}

	@Test
	void nonCuratorsAreRefusedAndNothingChanges() throws Exception {
		long torture = theme("torture");
		long a = recommendation("1");
		String page = mvc.perform(preview("addTheme", String.valueOf(torture))).andReturn().getResponse().getContentAsString();
		for (Role role : List.of(Role.FOCAL_POINT, Role.NHRI, Role.CSO)) {
			CurrentUser other = TestAccounts.with(jdbc).create(role, "IDN");
			mvc.perform(get("/curation/recommendations/bulk").param("document", symbol).with(as(other))).andExpect(status().isForbidden());
			mvc.perform(post("/curation/recommendations/bulk").with(csrf()).with(as(other)).param("document", symbol)
					.param("addTheme", String.valueOf(torture)).param("expectedMatching", hidden(page, "expectedMatching"))
					.param("expectedChanging", hidden(page, "expectedChanging")).param("selection", hidden(page, "selection")))
				.andExpect(status().isForbidden());
		}
		int anonymous = mvc.perform(post("/curation/recommendations/bulk").with(csrf()).param("document", symbol)
				.param("addTheme", String.valueOf(torture)).param("expectedMatching", "1").param("expectedChanging", "1")
				.param("selection", hidden(page, "selection")))
			.andReturn().getResponse().getStatus();
		assertThat(anonymous).isIn(401, 403, 302);
		assertThat(linked("recommendation_theme", "theme_id", a, torture)).isZero();
		assertThat(revisions(a)).isZero();
	}

	@Test
	void theSearchPageOffersCuratorsABulkEditOfItsResults() throws Exception {
		recommendation("1");
		String link = "/curation/recommendations/bulk?document=" + java.net.URLEncoder.encode(symbol, java.nio.charset.StandardCharsets.UTF_8);
		mvc.perform(get("/recommendations").param("document", symbol).with(as(curator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + link + "\"")));
		mvc.perform(get("/recommendations").param("document", symbol))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"bulk-edit\""))));
		CurrentUser cso = TestAccounts.with(jdbc).create(Role.CSO, "IDN");
		mvc.perform(get("/recommendations").param("document", symbol).with(as(cso)))
			.andExpect(content().string(not(containsString("id=\"bulk-edit\""))));
		mvc.perform(get("/curation").with(as(curator))).andExpect(content().string(containsString("href=\"/curation/recommendations/bulk\"")));
	}

	@Test
	void anAdministratorMayBulkEditToo() throws Exception {
		curator = TestAccounts.with(jdbc).create(Role.ADMIN);
		long a = recommendation("1");
		previewAndConfirm("deadline", "2028-01-31");
		assertThat(revisionsByCurator(a)).isOne();
	}

	@Test
	void aThousandRecommendationsInOneEditEachWithOneHistoryEntry() throws Exception {
		jdbc.sql("""
				insert into recommendation (document_id, country_id, mechanism_id, paragraph, text, published_on)
				select id, country_id, mechanism_id, cast(n as text), 'Bulk ' || n, published_on
				from document, generate_series(1, 1000) n where id = ?""").param(document).update();
		long torture = theme("torture");
		long started = System.nanoTime();
		previewAndConfirm("addTheme", String.valueOf(torture), "deadline", "2027-06-30");
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(id("select count(*) from recommendation r where document_id = ? and follow_up and ? = any (theme_ids)", document, torture))
			.isEqualTo(1000);
		assertThat(id("select count(*) from recommendation_aud a join recommendation r on r.id = a.id where r.document_id = ?", document))
			.isEqualTo(1000);
		assertThat(id("""
				select count(distinct a.rev) from recommendation_aud a join recommendation r on r.id = a.id join revision v on v.id = a.rev
				where r.document_id = ? and v.account_id = ?""", document, curator.id())).as("one transaction, one revision").isOne();
		System.out.println("Bulk edit of 1000 recommendations (preview and confirm): " + millis + " ms");
		// other test classes share this database: take the thousand rows away again
		for (String table : List.of("recommendation_theme_aud", "recommendation_affected_group_aud", "recommendation_sdg_target_aud",
				"recommendation_recommending_state_aud")) {
			jdbc.sql("delete from " + table + " where recommendation_id in (select id from recommendation where document_id = ?)")
				.param(document).update();
		}
		jdbc.sql("delete from recommendation_aud where id in (select id from recommendation where document_id = ?)").param(document).update();
		for (String table : List.of("recommendation_theme", "recommendation_affected_group", "recommendation_sdg_target",
				"recommendation_recommending_state")) {
			jdbc.sql("delete from " + table + " where recommendation_id in (select id from recommendation where document_id = ?)")
				.param(document).update();
		}
		jdbc.sql("delete from recommendation where document_id = ?").param(document).update();
		jdbc.sql("delete from document where id = ?").param(document).update();
	}

}
