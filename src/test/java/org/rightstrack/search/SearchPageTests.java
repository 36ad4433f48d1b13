package org.rightstrack.search;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.rightstrack.search.SearchFixtures.TOKEN;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SearchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	SearchFixtures f;

	@BeforeAll
	void fixture() {
		f = SearchFixtures.create(jdbc);
	}

	String page(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void searchPageShowsResultsHighlightsFacetsAndCount() throws Exception {
		String html = mvc.perform(get("/recommendations").param("q", TOKEN + " women"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("2 recommendations")
			.contains("<mark>woman</mark>")
			.contains("href=\"/recommendations/" + f.r1 + "\"")
			.contains("name=\"country\" value=\"IDN\"")
			.contains("Skip to content")
			.contains("hx-get=\"/recommendations\"")
			.doesNotContain("href=\"/recommendations/" + f.r3 + "\"");
	}

	@Test
	void everyFilterIsInTheQueryStringAndCheckedInTheForm() throws Exception {
		String html = page("/recommendations?q=" + TOKEN + "&country=IDN&country=THA&mechanism=UPR&sort=oldest&size=50");
		assertThat(html).contains("2 recommendations")
			.containsPattern("name=\"country\" value=\"IDN\"[^>]*checked")
			.containsPattern("name=\"mechanism\" value=\"UPR\"[^>]*checked")
			.containsPattern("<option value=\"oldest\" selected")
			// the chip that removes one country keeps everything else
			.contains("href=\"/recommendations?q=" + TOKEN + "&amp;country=THA&amp;mechanism=UPR&amp;sort=oldest&amp;size=50\"");
	}

	@Test
	void anHtmxRequestGetsOnlyTheResultsAndFacets() throws Exception {
		String fragment = mvc.perform(get("/recommendations?q=" + TOKEN).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).startsWith("<div id=\"search-body\"")
			.contains("5 recommendations")
			.doesNotContain("<html")
			.doesNotContain("Skip to content");
		mvc.perform(get("/recommendations?q=" + TOKEN)).andExpect(header().string("Vary", containsString("HX-Request")));
		// htmx restoring a page it no longer holds in its history cache needs the whole page
		mvc.perform(get("/recommendations?q=" + TOKEN).header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
			.andExpect(content().string(containsString("Skip to content")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "q=%22unbalanced", "page=999999", "page=-3", "page=abc", "page=99999999999999999999", "size=-5",
			"size=0", "size=1000", "sort=sideways", "country=XYZ", "country=%3Cscript%3E", "from=garbage&to=2010-13-45",
			"from=2020&to=2010", "sdg=99", "actions=maybe", "since=yesterday", "session=-1", "theme=%00",
			"q=%00%01%02", "document=%E2%80%AE", "cycle=1&cycle=1&cycle=1", "lang=xx" })
	void badInputGivesAPageNeverAnError(String query) throws Exception {
		mvc.perform(get("/recommendations?" + query)).andExpect(status().isOk()).andExpect(content().string(containsString("<h1")));
	}

	@Test
	void aTenThousandCharacterQueryIsCutWithAMessage() throws Exception {
		String html = page("/recommendations?q=" + "a".repeat(10_000));
		assertThat(html).contains("only its first 500 characters were used");
	}

	@Test
	void badValuesAreExplained() throws Exception {
		assertThat(page("/recommendations?country=XYZ")).contains("Nothing has the code &quot;XYZ&quot; for the filter Country");
		assertThat(page("/recommendations?size=-5")).contains("The page size &quot;-5&quot; is not offered");
		assertThat(page("/recommendations?from=garbage")).contains("&quot;garbage&quot; is not a year or a date");
	}

	@Test
	void aPageFarBeyondTheEndSaysSoWithoutThousandsOfLinks() throws Exception {
		String html = page("/recommendations?q=" + TOKEN + "&page=999999");
		assertThat(html).contains("past the end of the results").contains("Go to the last page");
		String paged = page("/recommendations?q=" + TOKEN + "&size=20");
		assertThat(paged).doesNotContain("class=\"pagination");
	}

	@Test
	void paginationShowsAWindowOfPages() throws Exception {
		SearchLinks links = new SearchLinks(SearchRequest.parse(java.util.Map.of("page", new String[] { "500" }), false));
		assertThat(links.window(100_000)).containsExactly(498, 499, 500, 501, 502);
		assertThat(links.window(3)).containsExactly(0, 1, 2);
		assertThat(links.page(3)).isEqualTo("/recommendations?page=3");
	}

	@Test
	void aFacetWithManyValuesShowsTheCommonOnesAndTheRestOnRequest() throws Exception {
		List<String> countries = jdbc.sql("SELECT alpha3 FROM country WHERE un_status = 'MEMBER' ORDER BY alpha3 LIMIT 60")
			.query(String.class)
			.list();
		List<Long> documents = new java.util.ArrayList<>();
		try {
			for (String country : countries) {
				long doc = SearchFixtures.document(jdbc, "UPR", country, "XTEST/FACETALL/" + country, "Xtest review",
						"UPR_WORKING_GROUP_REPORT", 40, 4, "2023-05-01", true);
				documents.add(doc);
				SearchFixtures.recommendation(jdbc, "xtest-facetall-" + country, doc, "1", "zzfacetall protect journalists");
			}
			String html = page("/recommendations?q=zzfacetall&sort=oldest");
			// 8 shown, 16 under "more", the other 36 behind a link that keeps the search
			int inPanel = RecommendationSearchController.SHOWN_VALUES + RecommendationSearchController.MORE_VALUES;
			assertThat(inPanel).isEqualTo(24);
			assertThat(html.split("name=\"country\"", -1)).hasSize(inPanel + 1);
			assertThat(html).contains("href=\"/recommendations/facets/country?q=zzfacetall&amp;sort=oldest\"")
				.contains("Show the other 36 values");

			String rest = mvc.perform(get("/recommendations/facets/country").param("q", "zzfacetall").param("sort", "oldest")
					.header("HX-Request", "true"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(rest).doesNotContain("<html").doesNotContain("<form");
			assertThat(rest.split("name=\"country\"", -1)).hasSize(60 - inPanel + 1);

			// without JavaScript: a page with every value, in a form that keeps the other parameters
			String all = page("/recommendations/facets/country?q=zzfacetall&sort=oldest&country=" + countries.get(59));
			assertThat(all.split("type=\"checkbox\"", -1)).hasSize(60 + 1);
			assertThat(all).contains("action=\"/recommendations\"")
				.contains("type=\"hidden\" name=\"q\" value=\"zzfacetall\"")
				.contains("type=\"hidden\" name=\"sort\" value=\"oldest\"")
				.doesNotContain("type=\"hidden\" name=\"country\"")
				.containsPattern("value=\"" + countries.get(59) + "\"\\s+id=\"[^\"]+\" checked");

			// a closed facet (recommending state: nobody chose one) lists its first 8 values and the link only
			for (String country : countries.subList(0, 20)) {
				jdbc.sql("""
						INSERT INTO recommendation_recommending_state (recommendation_id, country_id)
						SELECT r.id, c.id FROM recommendation r, country c WHERE r.external_id = ? AND c.alpha3 = ?
						""").params("xtest-facetall-" + countries.get(0), country).update();
			}
			String closed = page("/recommendations?q=zzfacetall");
			assertThat(closed.split("name=\"recommendingState\"", -1)).hasSize(RecommendationSearchController.SHOWN_VALUES + 1);
			assertThat(closed).contains("href=\"/recommendations/facets/recommendingState?q=zzfacetall\"");
			String states = mvc.perform(get("/recommendations/facets/recommendingState").param("q", "zzfacetall").header("HX-Request", "true"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(states.split("name=\"recommendingState\"", -1)).hasSize(20 - RecommendationSearchController.SHOWN_VALUES + 1);

			mvc.perform(get("/recommendations/facets/nonsense")).andExpect(status().isNotFound());
			mvc.perform(get("/recommendations/facets/year")).andExpect(status().isNotFound());
		}
		finally {
			jdbc.sql("DELETE FROM recommendation WHERE external_id LIKE 'xtest-facetall-%'").update();
			documents.forEach(id -> jdbc.sql("DELETE FROM document WHERE id = ?").param(id).update());
		}
	}

	@Test
	void theSearchPageSpeaksFrench() throws Exception {
		String html = mvc.perform(get("/recommendations?q=" + TOKEN).param("lang", "fr"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("5 recommandations").contains("Filtres");
	}

	@Test
	void recommendationPageShowsEverythingAboutIt() throws Exception {
		jdbc.sql("""
				INSERT INTO assessment (recommendation_id, assessor_type, organisation, status, assessed_on, moderation_status)
				SELECT ?, t, o, s, d::date, m FROM (VALUES
				  ('GOVERNMENT', 'Ministry of Law', 'LARGELY_IMPLEMENTED', '2023-01-10', 'APPROVED'),
				  ('GOVERNMENT', 'Ministry of Law', 'STARTED', '2022-01-10', 'APPROVED'),
				  ('CSO', 'Xtest Watch', 'NOT_STARTED', '2023-02-01', 'APPROVED'),
				  ('NHRI', 'Pending Commission', 'FULLY_IMPLEMENTED', '2023-03-01', 'PENDING')) v(t, o, s, d, m)
				WHERE NOT EXISTS (SELECT 1 FROM assessment WHERE recommendation_id = ?)
				""").params(f.r1, f.r1).update();
		String html = page("/recommendations/" + f.r1);
		assertThat(html).contains("The State party should ratify the Optional Protocol")
			.contains("XTEST/CEDAW/IDN")
			.contains("12 (a)")
			.contains("Indonesia")
			.contains("Women&#39;s rights")
			.contains("5.1")
			.contains("Xtest ratification bill")
			.doesNotContain("Xtest draft plan")
			.contains("Largely implemented")
			.contains("Ministry of Law")
			.contains("Xtest Watch")
			.contains("disagree")
			.doesNotContain("Pending Commission");
	}

	@Test
	void recommendationPageShowsTheRecommendingStatesAndResponse() throws Exception {
		assertThat(page("/recommendations/" + f.r3)).contains("France").contains("Kenya").contains("Supported").contains("Cycle 2");
	}

	@Test
	void relatedRecommendationsAreTheSameAskToTheSameCountryElsewhere() throws Exception {
		long other = SearchFixtures.document(jdbc, "UPR", "IDN", "XTEST/UPR/IDN/" + System.nanoTime(), "Xtest UPR Indonesia",
				"UPR_WORKING_GROUP_REPORT", 27, 3, "2022-05-01", true);
		long similar = SearchFixtures.recommendation(jdbc, "xtest-related-" + System.nanoTime(), other, "1",
				"The State should ratify the Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women");
		long unrelated = SearchFixtures.recommendation(jdbc, "xtest-unrelated-" + System.nanoTime(), other, "2",
				"Improve access to clean water in rural districts");
		try {
			String html = page("/recommendations/" + f.r1);
			assertThat(html).contains("href=\"/recommendations/" + similar + "\"")
				.doesNotContain("href=\"/recommendations/" + unrelated + "\"")
				// the other recommendation of the same document is not "elsewhere"
				.doesNotContain("href=\"/recommendations/" + f.r2 + "\"");
		}
		finally {
			jdbc.sql("DELETE FROM recommendation WHERE id IN (?, ?)").params(similar, unrelated).update();
			jdbc.sql("DELETE FROM document WHERE id = ?").param(other).update();
		}
	}

	@Test
	void mergedRecommendationsRedirectPermanently() throws Exception {
		jdbc.sql("INSERT INTO recommendation_redirect (old_id, new_id) VALUES (?, ?) ON CONFLICT DO NOTHING").params(f.r8, f.r1).update();
		mvc.perform(get("/recommendations/" + f.r8))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/recommendations/" + f.r1));
	}

	@Test
	void unknownUnpublishedAndMalformedIdsAreNotFound() throws Exception {
		mvc.perform(get("/recommendations/999999999")).andExpect(status().isNotFound());
		mvc.perform(get("/recommendations/" + f.r6)).andExpect(status().isNotFound());
		mvc.perform(get("/recommendations/" + f.r7)).andExpect(status().isNotFound());
		mvc.perform(get("/recommendations/12abc")).andExpect(status().isNotFound());
		mvc.perform(get("/recommendations/99999999999999999999999")).andExpect(status().isNotFound());
	}

	@Test
	void recommendationTextIsEscaped() throws Exception {
		long evil = SearchFixtures.recommendation(jdbc, "xtest-evil-page-" + System.nanoTime(),
				jdbc.sql("SELECT id FROM document WHERE symbol = 'XTEST/CAT/FRA'").query(Long.class).single(), "99",
				"zzescape <img src=x onerror=alert(1)>");
		try {
			MvcResult result = mvc.perform(get("/recommendations/" + evil)).andExpect(status().isOk()).andReturn();
			assertThat(result.getResponse().getContentAsString()).contains("&lt;img src=x").doesNotContain("<img src=x");
			mvc.perform(get("/recommendations?q=zzescape"))
				.andExpect(content().string(containsString("<mark>zzescape</mark> &lt;img")))
				.andExpect(content().string(not(containsString("<img src=x"))));
			// without words the excerpt is escaped just the same
			mvc.perform(get("/recommendations?document=XTEST/CAT/FRA&size=100"))
				.andExpect(content().string(containsString("zzescape &lt;img")))
				.andExpect(content().string(not(containsString("<img src=x"))));
		}
		finally {
			jdbc.sql("DELETE FROM recommendation WHERE id = ?").param(evil).update();
		}
	}

}
