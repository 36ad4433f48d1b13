package org.rightstrack.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstrack.search.SearchFixtures.TOKEN;

@SearchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationSearchTests {

	@Autowired
	RecommendationSearch search;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FacetIndex facetIndex;

	SearchFixtures f;

	@BeforeAll
	void fixture() {
		f = SearchFixtures.create(jdbc);
	}

	static SearchCriteria criteria(String... pairs) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			params.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
		}
		SearchCriteria.Parsed parsed = SearchCriteria.parse(params);
		assertThat(parsed.errors()).isEmpty();
		return parsed.criteria();
	}

	List<Long> ids(String... pairs) {
		return search.search(criteria(pairs), 0, 100, SearchSort.NEWEST).content().stream().map(RecommendationHit::id).sorted().toList();
	}

	Map<String, Long> facet(Map<String, List<FacetCount>> facets, String name) {
		Map<String, Long> counts = new LinkedHashMap<>();
		facets.get(name).forEach(c -> counts.put(c.value(), c.count()));
		return counts;
	}

	@Test
	void onlyPublishedRecommendationsOfPublishedDocumentsAreFound() {
		assertThat(ids("q", TOKEN)).containsExactly(f.r1, f.r2, f.r3, f.r4, f.r5);
		List<Long> all = new ArrayList<>();
		search.forEachMatchingId(criteria("q", TOKEN).withUnpublished(true), all::add);
		assertThat(all).containsExactly(f.r1, f.r2, f.r3, f.r4, f.r5, f.r6, f.r7);
	}

	@Test
	void stemmingAndIrregularFormsFindEveryFormOfAWord() {
		assertThat(ids("q", TOKEN + " women")).containsExactly(f.r1, f.r2);
		assertThat(ids("q", TOKEN + " woman")).containsExactly(f.r1, f.r2);
		assertThat(ids("q", TOKEN + " ratification")).containsExactly(f.r1, f.r3);
		assertThat(ids("q", TOKEN + " ratify")).containsExactly(f.r1, f.r3);
		assertThat(ids("q", TOKEN + " child")).containsExactly(f.r5);
		assertThat(ids("q", TOKEN + " sentenced")).containsExactly(f.r4);
	}

	@Test
	void phrasesInQuotesMustAppearInThatOrder() {
		assertThat(ids("q", TOKEN + " \"national preventive mechanism\"")).containsExactly(f.r3);
		assertThat(ids("q", TOKEN + " \"preventive national\"")).isEmpty();
	}

	@Test
	void orAndExclusion() {
		assertThat(ids("q", TOKEN + " torture OR trafficking")).containsExactly(f.r2, f.r3);
		assertThat(ids("q", TOKEN + " -penalty")).containsExactly(f.r1, f.r2, f.r3, f.r5);
		assertThat(ids("q", TOKEN + " -women")).containsExactly(f.r3, f.r4, f.r5);
	}

	@Test
	void themeLabelsAndDocumentSymbolsAreSearchedToo() {
		// "degrading" is only in the label of the theme of R3
		assertThat(ids("q", TOKEN + " degrading")).containsExactly(f.r3);
		assertThat(ids("q", "XTEST/CAT/FRA")).containsExactly(f.r5);
	}

	@Test
	void matchesAreHighlightedAndTheTextIsEscaped() {
		var hits = search.search(criteria("q", TOKEN + " women"), 0, 20, SearchSort.RELEVANCE).content();
		RecommendationHit r2 = hits.stream().filter(h -> h.id() == f.r2).findFirst().orElseThrow();
		assertThat(r2.highlight()).contains("<mark>woman</mark>").contains("<mark>" + TOKEN + "</mark>");
		assertThat(r2.excerpt()).contains(new RecommendationHit.Segment("woman", true));
		long evil = SearchFixtures.recommendation(jdbc, "xtest-evil-" + System.nanoTime(),
				jdbc.sql("SELECT id FROM document WHERE symbol = 'XTEST/CAT/FRA'").query(Long.class).single(), "99",
				"zzscriptzz <script>alert('x')</script> & \u0002 women");
		try {
			RecommendationHit hit = search.search(criteria("q", "zzscriptzz"), 0, 20, SearchSort.RELEVANCE).content().get(0);
			assertThat(hit.highlight()).contains("&lt;script&gt;").doesNotContain("<script>").contains("&amp;");
			assertThat(hit.highlight()).startsWith("<mark>zzscriptzz</mark>");
		}
		finally {
			jdbc.sql("DELETE FROM recommendation WHERE id = ?").param(evil).update();
		}
	}

	@Test
	void hitsCarryTheirCountryMechanismDocumentAndThemes() {
		RecommendationHit r3 = search.search(criteria("q", TOKEN, "response", "SUPPORTED"), 0, 20, SearchSort.NEWEST)
			.content()
			.get(0);
		assertThat(r3.id()).isEqualTo(f.r3);
		assertThat(r3.country()).isEqualTo(new RecommendationHit.Label("THA", "Thailand"));
		assertThat(r3.mechanism().code()).isEqualTo("UPR");
		assertThat(r3.document().symbol()).isEqualTo("XTEST/UPR/THA");
		assertThat(r3.session()).isEqualTo(25);
		assertThat(r3.uprCycle()).isEqualTo(2);
		assertThat(r3.actionCategory()).isEqualTo(5);
		assertThat(r3.themes()).extracting(RecommendationHit.Label::code).containsExactly("torture");
		assertThat(r3.recommendingStates()).extracting(RecommendationHit.Label::code).containsExactly("FRA", "KEN");
		assertThat(r3.paragraph()).isEqualTo("121.5");
	}

	@Test
	void everyFacetCountsTheMatchingRecommendations() {
		var facets = search.facets(criteria("q", TOKEN));
		assertThat(facets.keySet()).containsExactlyElementsOf(RecommendationSearch.FACETS);
		assertThat(facet(facets, "country")).containsOnly(Map.entry("IDN", 2L), Map.entry("THA", 2L), Map.entry("FRA", 1L));
		assertThat(facet(facets, "group")).containsEntry("ASEAN", 4L).containsEntry("EU", 1L);
		assertThat(facet(facets, "region")).containsOnly(Map.entry("ASIA_PACIFIC", 4L), Map.entry("WEOG", 1L));
		assertThat(facet(facets, "kind")).containsOnly(Map.entry("TREATY_BODY", 3L), Map.entry("UPR", 2L));
		assertThat(facet(facets, "mechanism")).containsOnly(Map.entry("CEDAW", 2L), Map.entry("UPR", 2L), Map.entry("CAT", 1L));
		assertThat(facet(facets, "treaty")).containsOnly(Map.entry("CEDAW", 2L), Map.entry("CAT", 1L));
		assertThat(facet(facets, "document")).containsOnly(Map.entry("XTEST/CEDAW/IDN", 2L), Map.entry("XTEST/UPR/THA", 2L),
				Map.entry("XTEST/CAT/FRA", 1L));
		assertThat(facet(facets, "theme")).containsOnly(Map.entry("womens-rights", 1L), Map.entry("trafficking", 1L),
				Map.entry("torture", 1L), Map.entry("death-penalty", 1L), Map.entry("rights-of-the-child", 1L));
		assertThat(facet(facets, "affected")).containsOnly(Map.entry("women", 1L), Map.entry("migrant-workers", 1L),
				Map.entry("children", 1L));
		assertThat(facet(facets, "sdg")).containsOnly(Map.entry("5", 1L));
		assertThat(facet(facets, "cycle")).containsOnly(Map.entry("2", 2L));
		assertThat(facet(facets, "session")).containsOnly(Map.entry("25", 2L), Map.entry("44", 1L), Map.entry("80", 2L));
		assertThat(facet(facets, "response")).containsOnly(Map.entry("SUPPORTED", 1L), Map.entry("NOTED", 1L));
		assertThat(facet(facets, "recommendingState")).containsOnly(Map.entry("FRA", 2L), Map.entry("KEN", 1L));
		assertThat(facet(facets, "actionCategory")).containsOnly(Map.entry("4", 1L), Map.entry("5", 1L));
		assertThat(facet(facets, "status")).containsOnly(Map.entry("PARTIALLY_IMPLEMENTED", 1L));
		assertThat(facet(facets, "civilSocietyStatus")).containsOnly(Map.entry("NOT_STARTED", 1L));
		assertThat(facet(facets, "year")).containsExactly(Map.entry("2021", 2L), Map.entry("2016", 2L), Map.entry("2010", 1L));
		// an unpublished action does not count
		assertThat(facet(facets, "actions")).containsExactly(Map.entry("yes", 1L), Map.entry("no", 4L));
		assertThat(facets.get("country")).contains(new FacetCount("IDN", "Indonesia", 2));
		assertThat(facets.get("response")).contains(new FacetCount("SUPPORTED", "Supported", 1));
	}

	@Test
	void aFacetIgnoresItsOwnFilterButHonoursTheOthers() {
		SearchCriteria c = criteria("q", TOKEN, "country", "IDN");
		var result = search.searchWithFacets(c, 0, 20, SearchSort.NEWEST);
		assertThat(result.totalElements()).isEqualTo(2);
		assertThat(facet(result.facets(), "country")).containsOnly(Map.entry("IDN", 2L), Map.entry("THA", 2L), Map.entry("FRA", 1L));
		assertThat(facet(result.facets(), "mechanism")).containsOnly(Map.entry("CEDAW", 2L));
		assertThat(facet(result.facets(), "region")).containsOnly(Map.entry("ASIA_PACIFIC", 2L));

		var two = search.searchWithFacets(criteria("q", TOKEN, "group", "ASEAN", "mechanism", "UPR"), 0, 20, SearchSort.NEWEST);
		assertThat(two.totalElements()).isEqualTo(2);
		assertThat(facet(two.facets(), "mechanism")).containsOnly(Map.entry("CEDAW", 2L), Map.entry("UPR", 2L));
		assertThat(facet(two.facets(), "group")).containsEntry("ASEAN", 2L).doesNotContainKey("EU");
		assertThat(facet(two.facets(), "country")).containsOnly(Map.entry("THA", 2L));
	}

	@Test
	void severalValuesOfOneFilterAreAlternatives() {
		assertThat(ids("q", TOKEN, "country", "IDN", "country", "tha")).containsExactly(f.r1, f.r2, f.r3, f.r4);
		assertThat(ids("q", TOKEN, "theme", "torture", "theme", "death-penalty")).containsExactly(f.r3, f.r4);
	}

	@Test
	void everyFilterNarrowsTheResult() {
		assertThat(ids("q", TOKEN, "region", "WEOG")).containsExactly(f.r5);
		assertThat(ids("q", TOKEN, "kind", "treaty_body")).containsExactly(f.r1, f.r2, f.r5);
		assertThat(ids("q", TOKEN, "treaty", "CAT")).containsExactly(f.r5);
		assertThat(ids("q", TOKEN, "document", "XTEST/UPR/THA")).containsExactly(f.r3, f.r4);
		assertThat(ids("q", TOKEN, "affected", "children")).containsExactly(f.r5);
		assertThat(ids("q", TOKEN, "sdg", "5")).containsExactly(f.r1);
		assertThat(ids("q", TOKEN, "cycle", "2")).containsExactly(f.r3, f.r4);
		assertThat(ids("q", TOKEN, "session", "80")).containsExactly(f.r1, f.r2);
		assertThat(ids("q", TOKEN, "response", "noted")).containsExactly(f.r4);
		assertThat(ids("q", TOKEN, "recommendingState", "KEN")).containsExactly(f.r3);
		assertThat(ids("q", TOKEN, "actionCategory", "5")).containsExactly(f.r3);
		assertThat(ids("q", TOKEN, "status", "PARTIALLY_IMPLEMENTED")).containsExactly(f.r1);
		assertThat(ids("q", TOKEN, "civilSocietyStatus", "NOT_STARTED")).containsExactly(f.r1);
		assertThat(ids("q", TOKEN, "from", "2011", "to", "2020")).containsExactly(f.r3, f.r4);
		assertThat(ids("q", TOKEN, "from", "2016-05-02")).containsExactly(f.r1, f.r2);
		assertThat(ids("q", TOKEN, "actions", "yes")).containsExactly(f.r1);
		assertThat(ids("q", TOKEN, "actions", "no")).containsExactly(f.r2, f.r3, f.r4, f.r5);
		assertThat(ids("q", TOKEN, "since", "2000-01-01T00:00:00Z")).hasSize(5);
		assertThat(ids("q", TOKEN, "since", "2999-01-01T00:00:00Z")).isEmpty();
	}

	@Test
	void sortsByRelevanceDateAndCountry() {
		SearchCriteria c = criteria("q", TOKEN);
		assertThat(search.search(c, 0, 20, SearchSort.NEWEST).content()).extracting(RecommendationHit::id)
			.containsExactly(f.r2, f.r1, f.r4, f.r3, f.r5);
		assertThat(search.search(c, 0, 20, SearchSort.OLDEST).content()).extracting(RecommendationHit::id)
			.containsExactly(f.r5, f.r3, f.r4, f.r1, f.r2);
		assertThat(search.search(c, 0, 20, SearchSort.COUNTRY).content()).extracting(h -> h.country().code())
			.containsExactly("FRA", "IDN", "IDN", "THA", "THA");
		// R1 has "women" in its text and in its theme label, R2 only "woman" in its text
		assertThat(search.search(criteria("q", "women", "document", "XTEST/CEDAW/IDN"), 0, 20, SearchSort.RELEVANCE).content())
			.extracting(RecommendationHit::id)
			.containsExactly(f.r1, f.r2);
	}

	@Test
	void pagesThroughTheResult() {
		SearchCriteria c = criteria("q", TOKEN);
		SearchResult first = search.search(c, 0, 2, SearchSort.NEWEST);
		assertThat(first.content()).extracting(RecommendationHit::id).containsExactly(f.r2, f.r1);
		assertThat(first.totalElements()).isEqualTo(5);
		assertThat(first.totalPages()).isEqualTo(3);
		assertThat(first.hasNext()).isTrue();
		assertThat(search.search(c, 2, 2, SearchSort.NEWEST).content()).extracting(RecommendationHit::id).containsExactly(f.r5);
		SearchResult beyond = search.search(c, 999_999, 2, SearchSort.NEWEST);
		assertThat(beyond.content()).isEmpty();
		assertThat(beyond.totalElements()).isEqualTo(5);
		assertThat(beyond.beyondLastPage()).isTrue();
	}

	@Test
	void unknownCodesMatchNothingAndAreReported() {
		SearchResult result = search.search(criteria("q", TOKEN, "country", "XYZ"), 0, 20, SearchSort.NEWEST);
		assertThat(result.content()).isEmpty();
		assertThat(result.notices()).containsExactly(new SearchCriteria.SearchError("country", "XYZ", "search.notice.unknown"));
		assertThat(ids("q", TOKEN, "country", "XYZ", "country", "IDN")).containsExactly(f.r1, f.r2);
		assertThat(search.search(criteria("theme", "no-such-theme"), 0, 20, SearchSort.NEWEST).content()).isEmpty();
	}

	@Test
	void aQueryOfOnlyCommonWordsIsIgnoredWithANotice() {
		SearchResult result = search.search(criteria("q", "the of and", "document", "XTEST/CAT/FRA"), 0, 20, SearchSort.RELEVANCE);
		assertThat(result.content()).extracting(RecommendationHit::id).containsExactly(f.r5);
		assertThat(result.notices()).extracting(SearchCriteria.SearchError::messageKey).containsExactly("search.notice.commonWords");
	}

	@Test
	void oddQueriesNeverFail() {
		for (String q : List.of("\"unbalanced " + TOKEN, TOKEN + " OR", "-", "\"\"", "!!! & | <-> :*", "' OR 1=1 --", "a:*", "\\")) {
			assertThat(search.searchWithFacets(criteria("q", q), 0, 20, SearchSort.RELEVANCE)).as(q).isNotNull();
		}
		assertThat(ids("q", "\"unbalanced " + TOKEN)).isEmpty();
		assertThat(ids("q", "\"" + TOKEN + " consider ratification")).containsExactly(f.r3);
	}

	@Test
	void streamsMatchingIdsInTheOrderAsked() {
		List<Long> ids = new ArrayList<>();
		search.forEachMatchingId(criteria("q", TOKEN), SearchSort.OLDEST, ids::add);
		assertThat(ids).containsExactly(f.r5, f.r3, f.r4, f.r1, f.r2);
		var matching = search.matching(criteria("q", TOKEN, "country", "FRA"));
		assertThat(jdbc.sql("SELECT count(*) FROM (" + matching.sql() + ") m").params(matching.params()).query(Long.class).single())
			.isEqualTo(1);
		assertThat(search.count(criteria("q", TOKEN))).isEqualTo(5);
	}

	@Test
	void filterColumnsFollowChangesToLinksDocumentsAndThemes() {
		long doc = SearchFixtures.document(jdbc, "CRC", "PHL", "XTEST/CRC/PHL/" + System.nanoTime(), "Xtest observations",
				"CONCLUDING_OBSERVATIONS", 70, null, "2019-01-01", true);
		long r = SearchFixtures.recommendation(jdbc, "xtest-change-" + System.nanoTime(), doc, "1", "zzchange guarantee birth registration");
		try {
			SearchFixtures.theme(jdbc, r, "torture");
			assertThat(ids("q", "zzchange", "theme", "torture")).containsExactly(r);
			jdbc.sql("DELETE FROM recommendation_theme WHERE recommendation_id = ?").param(r).update();
			assertThat(ids("q", "zzchange", "theme", "torture")).isEmpty();
			jdbc.sql("UPDATE document SET session = 71, title = 'Xtest zzrenamed' WHERE id = ?").param(doc).update();
			assertThat(ids("q", "zzrenamed", "session", "71")).containsExactly(r);
			jdbc.sql("UPDATE document SET published = false WHERE id = ?").param(doc).update();
			assertThat(ids("q", "zzchange")).isEmpty();
		}
		finally {
			jdbc.sql("DELETE FROM recommendation WHERE id = ?").param(r).update();
			jdbc.sql("DELETE FROM document WHERE id = ?").param(doc).update();
		}
	}

	@Test
	void cachedFacetCountsFollowChangesAtOnce() {
		SearchCriteria c = criteria("q", "zzcached");
		assertThat(search.facets(c).get("country")).isEmpty();
		long doc = jdbc.sql("SELECT id FROM document WHERE symbol = 'XTEST/CAT/FRA'").query(Long.class).single();
		long r = SearchFixtures.recommendation(jdbc, "xtest-cached-" + System.nanoTime(), doc, "1", "zzcached text");
		try {
			assertThat(facet(search.facets(c), "country")).containsOnly(Map.entry("FRA", 1L));
			SearchFixtures.theme(jdbc, r, "torture");
			assertThat(facet(search.facets(c), "theme")).containsOnly(Map.entry("torture", 1L));
		}
		finally {
			jdbc.sql("DELETE FROM recommendation WHERE id = ?").param(r).update();
		}
		assertThat(search.searchWithFacets(c, 0, 20, SearchSort.NEWEST).totalElements()).isZero();
	}

	@Test
	void renamedAndNewVocabularyIsUsedAtOnceThoughItIsKeptInMemory() {
		SearchCriteria c = criteria("q", TOKEN, "theme", "torture");
		String name = jdbc.sql("SELECT name FROM theme WHERE code = 'torture'").query(String.class).single();
		assertThat(search.search(c, 0, 20, SearchSort.NEWEST).content().get(0).themes())
			.anySatisfy(t -> assertThat(t.name()).isEqualTo(name));
		assertThat(facet(search.facets(c), "theme")).containsKey("torture");
		try {
			jdbc.sql("UPDATE theme SET name = 'Xtest renamed torture' WHERE code = 'torture'").update();
			assertThat(search.search(c, 0, 20, SearchSort.NEWEST).content().get(0).themes())
				.anySatisfy(t -> assertThat(t.name()).isEqualTo("Xtest renamed torture"));
			assertThat(search.facets(c).get("theme")).anySatisfy(f -> assertThat(f.label()).isEqualTo("Xtest renamed torture"));
			// a mechanism created after the vocabulary was loaded is known to the next search
			assertThat(search.check(criteria("mechanism", "XTEST-NEW"))).hasSize(1);
			jdbc.sql("INSERT INTO mechanism (code, name, kind) VALUES ('XTEST-NEW', 'Xtest mechanism', 'SPECIAL_PROCEDURE')").update();
			assertThat(search.check(criteria("mechanism", "XTEST-NEW"))).isEmpty();
		}
		finally {
			jdbc.sql("UPDATE theme SET name = ? WHERE code = 'torture'").param(name).update();
			jdbc.sql("DELETE FROM mechanism WHERE code = 'XTEST-NEW'").update();
		}
	}

	@Test
	void theInMemoryFacetIndexCountsExactlyWhatTheDatabaseCounts() {
		assertThat(facetIndex.rebuild()).isTrue();
		List<SearchCriteria> searches = List.of(criteria(), criteria("q", TOKEN), criteria("q", TOKEN + " women"),
				criteria("q", "torture"), criteria("country", "IDN"), criteria("country", "IDN", "country", "FRA", "theme", "torture"),
				criteria("q", TOKEN, "country", "IDN", "mechanism", "CAT"), criteria("kind", "UPR", "response", "SUPPORTED"),
				criteria("group", "ASEAN"), criteria("region", "ASIA_PACIFIC", "region", "AFRICA"), criteria("from", "2015", "to", "2020"),
				criteria("from", "2010"), criteria("actions", "yes"), criteria("actions", "no", "q", TOKEN), criteria("status", "STARTED"),
				criteria("civilSocietyStatus", "NOT_STARTED"), criteria("sdg", "5"), criteria("sdg", "5", "sdg", "16"),
				criteria("recommendingState", "FRA"), criteria("affected", "children", "affected", "women"),
				criteria("document", "XTEST/UPR/THA"), criteria("treaty", "CAT"), criteria("cycle", "1", "session", "1"),
				criteria("actionCategory", "5"), criteria("theme", "torture", "status", "STARTED", "q", TOKEN),
				criteria("country", "ZZZ"), criteria("mechanism", "CAT", "theme", "womens-rights", "response", "NOTED"));
		for (SearchCriteria c : searches) {
			RecommendationSearch.RawCounts memory = search.countInMemory(c);
			assertThat(memory).as("the index answers %s", c).isNotNull();
			assertThat(memory).as("counts of %s", c).isEqualTo(search.countInDatabase(c));
		}
		for (SearchCriteria c : searches.subList(1, searches.size())) {
			for (SearchSort sort : List.of(SearchSort.NEWEST, SearchSort.OLDEST)) {
				for (int page = 0; page < 3; page++) {
					long[] memory = search.pageIdsInMemory(c, page, 7, sort);
					assertThat(memory).as("the index pages %s", c).isNotNull();
					assertThat(memory).as("page %d of %s, %s", page, c, sort)
						.containsExactly(search.pageIdsInDatabase(c, page, 7, sort).stream().mapToLong(Long::longValue).toArray());
				}
			}
		}
		// ranked pages: the database ranks the few rows the index names, in the same order as without it
		for (SearchCriteria c : searches) {
			if (!c.hasQuery()) {
				continue;
			}
			for (SearchSort sort : List.of(SearchSort.RELEVANCE, SearchSort.COUNTRY)) {
				assertThat(search.search(c, 0, 7, sort).content().stream().map(RecommendationHit::id).toList())
					.as("ranked page of %s, %s", c, sort)
					.isEqualTo(search.pageIdsInDatabase(c, 0, 7, sort));
			}
		}
		assertThat(search.pageIdsInMemory(criteria("q", TOKEN + " \"national preventive\""), 0, 20, SearchSort.RELEVANCE))
			.as("phrases are ranked by the database").isNull();
		// the words' matches are kept: the same words with other filters are counted without the database
		long reads = facetIndex.textMatchReads.get();
		assertThat(search.countInMemory(criteria("q", "torture", "country", "IDN", "theme", "torture")))
			.isEqualTo(search.countInDatabase(criteria("q", "torture", "country", "IDN", "theme", "torture")));
		assertThat(search.pageIdsInMemory(criteria("q", "torture", "status", "STARTED"), 0, 20, SearchSort.OLDEST))
			.containsExactly(search.pageIdsInDatabase(criteria("q", "torture", "status", "STARTED"), 0, 20, SearchSort.OLDEST)
				.stream().mapToLong(Long::longValue).toArray());
		assertThat(facetIndex.textMatchReads.get()).isEqualTo(reads);
		assertThat(search.pageIdsInMemory(criteria(), 0, 20, SearchSort.COUNTRY)).isNull();
		assertThat(search.pageIdsInMemory(criteria(), 0, 20, SearchSort.NEWEST))
			.hasSize((int) Math.min(20, search.countInMemory(criteria()).total()));
		// some of them count something
		SearchCriteria thailand = criteria("document", "XTEST/UPR/THA");
		assertThat(search.countInMemory(thailand).total()).isEqualTo(2);
		// after a change, the index never answers with what it held before: it waits for the changed
		// rows to be applied, or leaves the answer to the database
		long doc = jdbc.sql("SELECT id FROM document WHERE symbol = 'XTEST/UPR/THA'").query(Long.class).single();
		SearchCriteria words = criteria("q", "zzindexed");
		assertThat(search.countInMemory(words).total()).isZero();
		long r = SearchFixtures.recommendation(jdbc, "xtest-index-" + System.nanoTime(), doc, "9", "zzindexed text");
		try {
			RecommendationSearch.RawCounts counted = search.countInMemory(thailand);
			assertThat(counted == null || counted.total() == 3).as("never the count before the change").isTrue();
			counted = search.countInMemory(words);
			assertThat(counted == null || counted.total() == 1).as("never the matches before the change").isTrue();
			long[] page = search.pageIdsInMemory(thailand, 0, 20, SearchSort.NEWEST);
			assertThat(page == null || java.util.Arrays.stream(page).anyMatch(id -> id == r)).isTrue();
			assertThat(search.searchWithFacets(thailand, 0, 20, SearchSort.NEWEST).totalElements()).isEqualTo(3);
			assertThat(facetIndex.rebuild()).isTrue();
			assertThat(search.countInMemory(thailand).total()).isEqualTo(3);
			assertThat(search.pageIdsInMemory(thailand, 0, 20, SearchSort.NEWEST)).contains(r);
			// the matches kept for the words before the change are not used for the new copy
			assertThat(search.countInMemory(words).total()).isEqualTo(1);
			assertThat(search.pageIdsInMemory(words, 0, 20, SearchSort.NEWEST)).containsExactly(r);
		}
		finally {
			jdbc.sql("DELETE FROM recommendation WHERE id = ?").param(r).update();
		}
	}

	@Test
	void theInMemoryLexemeIndexMatchesExactlyWhatPostgreSqlMatches() {
		assertThat(facetIndex.rebuild()).isTrue();
		List<String> words = List.of(TOKEN, "women", "woman", "torture", "torture OR women", "torture -women",
				"-torture", "women -(torture)", "ratification", "ratify", "children OR girls -torture", "zzznothing",
				TOKEN + " zzznothing", "zzznothing OR " + TOKEN, "rights");
		for (String q : words) {
			SearchCriteria c = criteria("q", q);
			if (search.check(c).isEmpty()) {
				long[] memory = search.textMatchesInMemory(c);
				assertThat(memory).as("the lexeme index answers %s", q).isNotNull();
				assertThat(memory).as("matches of %s", q).containsExactly(search.textMatchesInDatabase(c));
			}
		}
		assertThat(search.textMatchesInMemory(criteria("q", "torture"))).as("some words match").isNotEmpty();
		// phrases need positions: the database finds their rows, once per phrase, and the counts are still exact
		for (String asked : List.of("\"national preventive mechanism\"", "self-determination", TOKEN + " \"torture women\"",
				"o'brien")) {
			// a word nobody else searches for, so that no other test has had these matches kept
			String phrase = asked + " OR zzphrase" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
			SearchCriteria c = criteria("q", phrase);
			assertThat(search.textMatchesInMemory(c)).as("phrase %s", phrase).isNull();
			long reads = facetIndex.textMatchReads.get();
			assertThat(search.countInMemory(c)).as("counts of %s", phrase).isEqualTo(search.countInDatabase(c));
			assertThat(facetIndex.textMatchReads.get()).isEqualTo(reads + 1);
			SearchCriteria narrowed = criteria("q", phrase, "country", "IDN");
			assertThat(search.countInMemory(narrowed)).isEqualTo(search.countInDatabase(narrowed));
			assertThat(facetIndex.textMatchReads.get()).as("the phrase's matches are kept").isEqualTo(reads + 1);
		}
	}

	/** Every distance calc_rank_and weighs (1 to 100, and beyond), with several weights, against PostgreSQL's ts_rank. */
	@Test
	void theInMemoryRankWeighsTheDistanceBetweenWordsAsPostgreSql() {
		List<String> vectors = new ArrayList<>();
		for (int d = 1; d <= 102; d++) {
			for (String weights : List.of("AA", "BC", "DA")) {
				vectors.add("'a':1" + weights.charAt(0) + ",3" + weights.charAt(0) + " 'b':" + (3 + d) + weights.charAt(1));
			}
		}
		vectors.replaceAll(v -> v.replace("D", ""));
		LexemeIndex.Builder builder = new LexemeIndex.Builder();
		for (int row = 0; row < vectors.size(); row++) {
			builder.vector(row, jdbc.sql("SELECT CAST(CAST(? AS tsvector) AS text)").param(vectors.get(row)).query(String.class).single());
		}
		LexemeIndex index = builder.build(vectors.size());
		float[] ranks = index.rank("'a' & 'b'", index.matches("'a' & 'b'"));
		for (int row = 0; row < vectors.size(); row++) {
			float expected = jdbc.sql("SELECT ts_rank(CAST(? AS tsvector), CAST('a & b' AS tsquery))").param(vectors.get(row))
				.query(Float.class).single();
			assertThat(ranks[row]).as(vectors.get(row)).isEqualTo(expected);
		}
	}

	@Test
	void theInMemoryRankIsPostgreSqlsTsRankToTheLastBitAndOrdersPagesAsTheDatabase() {
		long doc = jdbc.sql("SELECT id FROM document WHERE symbol = 'XTEST/UPR/THA'").query(Long.class).single();
		List<Long> added = new ArrayList<>();
		try {
			// weights A (text), B (a theme's name), C (the document): the same word once, often, and in a theme
			added.add(SearchFixtures.recommendation(jdbc, "xtest-rank-1-" + System.nanoTime(), doc, "1", "zzrank torture"));
			added.add(SearchFixtures.recommendation(jdbc, "xtest-rank-2-" + System.nanoTime(), doc, "2",
					"zzrank torture, torture and again torture; tortured people"));
			long themed = SearchFixtures.recommendation(jdbc, "xtest-rank-3-" + System.nanoTime(), doc, "3", "zzrank women");
			SearchFixtures.theme(jdbc, themed, "torture");
			added.add(themed);
			assertThat(facetIndex.rebuild()).isTrue();
			for (String q : List.of("torture", "zzrank", TOKEN, "women", "torture OR women", "zzrank OR women OR torture",
					"torture torture", "-torture", "children OR girls -torture", "rights", "zzznothing OR zzrank",
					"zzrank torture", "women women", TOKEN + " women", "torture women -children", "zzrank (torture OR women) rights")) {
				SearchCriteria c = criteria("q", q);
				Map<Long, Float> memory = search.ranksInMemory(c);
				assertThat(memory).as("the lexeme index ranks %s", c).isNotNull();
				assertThat(memory).as("ts_rank for %s", c).isEqualTo(search.ranksInDatabase(c));
				for (SearchCriteria narrowed : List.of(c, criteria("q", q, "country", "THA"), criteria("q", q, "theme", "torture"))) {
					for (int page = 0; page < 3; page++) {
						long[] ids = search.pageIdsInMemory(narrowed, page, 3, SearchSort.RELEVANCE);
						assertThat(ids).as("the index ranks page %d of %s", page, narrowed).isNotNull();
						assertThat(ids).as("page %d of %s by relevance", page, narrowed)
							.containsExactly(search.pageIdsInDatabase(narrowed, page, 3, SearchSort.RELEVANCE)
								.stream().mapToLong(Long::longValue).toArray());
					}
				}
			}
			Map<Long, Float> torture = search.ranksInMemory(criteria("q", "torture"));
			assertThat(torture.values().stream().distinct().count()).as("different ranks for different weights").isGreaterThan(2);
			assertThat(torture.get(added.get(1))).isGreaterThan(torture.get(added.get(0)));
			assertThat(torture.get(themed)).isPositive();
			assertThat(search.search(criteria("q", "torture"), 0, 1, SearchSort.RELEVANCE).content().getFirst().id())
				.isEqualTo(search.pageIdsInDatabase(criteria("q", "torture"), 0, 1, SearchSort.RELEVANCE).getFirst());
			Map<Long, Float> both = search.ranksInMemory(criteria("q", "zzrank torture"));
			assertThat(both.get(added.get(0))).as("two words next to each other weigh more").isGreaterThan(both.get(themed));
			// phrases are ranked by the database
			assertThat(search.ranksInMemory(criteria("q", "\"zzrank torture\""))).isNull();
		}
		finally {
			added.forEach(id -> jdbc.sql("DELETE FROM recommendation WHERE id = ?").param(id).update());
		}
	}

	/**
	 * After a change, the in-memory index reads again just the changed rows (V99) and then answers
	 * exactly as the database: counts, pages newest first and by relevance, ranks and text matches.
	 */
	@Test
	void theIndexAppliesChangedRowsAndStillAnswersExactlyAsTheDatabase() throws InterruptedException {
		long doc = jdbc.sql("SELECT id FROM document WHERE symbol = 'XTEST/UPR/THA'").query(Long.class).single();
		List<Long> added = new ArrayList<>();
		try {
			added.add(SearchFixtures.recommendation(jdbc, "xtest-incr-1-" + System.nanoTime(), doc, "1", "zzincr torture torture"));
			added.add(SearchFixtures.recommendation(jdbc, "xtest-incr-2-" + System.nanoTime(), doc, "2", "zzincr women"));
			assertThat(facetIndex.rebuild()).isTrue();
			// a text rewritten (new lexemes, some gone), a status, a theme through its link table, new rows
			jdbc.sql("UPDATE recommendation SET text = 'zzincr children zzchanged rights' WHERE id = ?").param(added.get(0)).update();
			jdbc.sql("UPDATE recommendation SET implementation_status = 'STARTED' WHERE id = ?").param(added.get(1)).update();
			SearchFixtures.theme(jdbc, added.get(1), "torture");
			added.add(SearchFixtures.recommendation(jdbc, "xtest-incr-3-" + System.nanoTime(), doc, "3", "zzincr torture zzappended"));
			added.add(SearchFixtures.recommendation(jdbc, "xtest-incr-4-" + System.nanoTime(), doc, "4", "zzincr rights"));
			assertThat(facetIndex.update()).isEqualTo(FacetIndex.Update.APPLIED);
			List<SearchCriteria> searches = List.of(criteria(), criteria("q", "zzincr"), criteria("q", "torture"),
					criteria("q", "zzchanged"), criteria("q", "zzappended OR women"), criteria("q", "zzincr -torture"),
					criteria("q", "zzincr rights"), criteria("status", "STARTED"), criteria("theme", "torture", "q", "zzincr"),
					criteria("document", "XTEST/UPR/THA"), criteria("q", TOKEN));
			for (SearchCriteria c : searches) {
				assertThat(search.countInMemory(c)).as("the updated index counts %s", c).isNotNull();
				assertThat(search.countInMemory(c)).as("counts of %s", c).isEqualTo(search.countInDatabase(c));
				for (SearchSort sort : c.hasQuery() ? List.of(SearchSort.NEWEST, SearchSort.RELEVANCE) : List.of(SearchSort.NEWEST)) {
					assertThat(search.pageIdsInMemory(c, 0, 5, sort)).as("page of %s, %s", c, sort)
						.containsExactly(search.pageIdsInDatabase(c, 0, 5, sort).stream().mapToLong(Long::longValue).toArray());
				}
				if (c.hasQuery()) {
					SearchCriteria words = criteria("q", c.q());
					assertThat(search.textMatchesInMemory(words)).as("matches of %s", words)
						.containsExactly(search.textMatchesInDatabase(words));
					assertThat(search.ranksInMemory(words)).as("ranks of %s", words).isEqualTo(search.ranksInDatabase(words));
				}
			}
			assertThat(search.textMatchesInMemory(criteria("q", "zzchanged"))).containsExactly(added.get(0));
			// a request after a change waits for the changed rows to be applied (in the background) and is
			// answered from memory, not by the database
			jdbc.sql("UPDATE recommendation SET text = 'zzincr zzwaited' WHERE id = ?").param(added.get(3)).update();
			RecommendationSearch.RawCounts waited = null;
			for (int attempt = 0; attempt < 10 && waited == null; attempt++) {
				facetIndex.lastUpdateStarted = 0;
				waited = search.countInMemory(criteria("q", "zzwaited"));
				if (waited == null) {
					Thread.sleep(200);
				}
			}
			assertThat(waited).as("answered from memory after waiting for the update").isNotNull();
			assertThat(waited).isEqualTo(search.countInDatabase(criteria("q", "zzwaited")));
			assertThat(waited.total()).isEqualTo(1);
			// torture: no longer in the first row's text; now in the second's theme; in the third's text
			assertThat(search.textMatchesInMemory(criteria("q", "zzincr torture"))).containsExactly(added.get(1), added.get(2));
			// nothing changed since: the copy is current
			assertThat(facetIndex.update()).isEqualTo(FacetIndex.Update.CURRENT);
			// a row that leaves the public rows cannot be applied row by row: the copy is built anew
			jdbc.sql("UPDATE recommendation SET published = false WHERE id = ?").param(added.get(3)).update();
			assertThat(facetIndex.update()).isEqualTo(FacetIndex.Update.NEEDS_BUILD);
			// the recorded changes a copy contains are deleted once they are an hour old
			jdbc.sql("UPDATE recommendation_change SET changed_at = now() - interval '2 hours'").update();
			assertThat(facetIndex.rebuild()).isTrue();
			assertThat(jdbc.sql("SELECT count(*) FROM recommendation_change WHERE changed_at < now() - interval '1 hour'")
				.query(Long.class).single()).isZero();
			assertThat(search.countInMemory(criteria("q", "zzincr"))).isEqualTo(search.countInDatabase(criteria("q", "zzincr")));
		}
		finally {
			added.forEach(id -> jdbc.sql("DELETE FROM recommendation WHERE id = ?").param(id).update());
		}
	}

	/** The document facet lists the 30 most counted of 95 documents (a broad search counts thousands), most counted first. */
	@Test
	void theDocumentFacetListsTheMostCountedDocuments() {
		List<Long> documents = new ArrayList<>();
		try {
			String prefix = "XTEST/DOCS/" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT) + "/";
			for (int k = 0; k < 95; k++) {
				long d = SearchFixtures.document(jdbc, "CEDAW", "IDN", prefix + String.format("%02d", k), "Document " + k,
						"CONCLUDING_OBSERVATIONS", 80, null, "2021-03-01", true);
				documents.add(d);
				// documents 5 and 20 have two matches, the others one
				for (int r = 0; r < (k == 5 || k == 20 ? 2 : 1); r++) {
					SearchFixtures.recommendation(jdbc, "xtest-docs-" + d + "-" + r, d, String.valueOf(r), "zzdocfacet text");
				}
			}
			for (boolean inMemory : List.of(false, true)) {
				if (inMemory) {
					assertThat(facetIndex.rebuild()).isTrue();
				}
				Map<String, Long> shown = facet(search.searchWithFacets(criteria("q", "zzdocfacet"), 0, 20, SearchSort.NEWEST).facets(),
						"document");
				List<String> expected = new ArrayList<>(List.of(prefix + "05", prefix + "20"));
				for (int k = 0; expected.size() < 30; k++) {
					if (k != 5 && k != 20) {
						expected.add(prefix + String.format("%02d", k));
					}
				}
				assertThat(shown.keySet()).as("in memory: %s", inMemory).containsExactlyElementsOf(expected);
				assertThat(shown.get(prefix + "05")).isEqualTo(2L);
				assertThat(shown.get(prefix + "00")).isEqualTo(1L);
			}
		}
		finally {
			for (long d : documents) {
				jdbc.sql("DELETE FROM recommendation WHERE document_id = ?").param(d).update();
				jdbc.sql("DELETE FROM document WHERE id = ?").param(d).update();
			}
		}
	}

	@Test
	void parsingReportsBadValuesAndKeepsTheGoodOnes() {
		Map<String, List<String>> params = new LinkedHashMap<>();
		params.put("q", List.of("x".repeat(10_000)));
		params.put("country", List.of("IDN", "not a code"));
		params.put("from", List.of("garbage"));
		params.put("to", List.of("1999-02-30"));
		params.put("sdg", List.of("18"));
		params.put("response", List.of("MAYBE"));
		params.put("actions", List.of("perhaps"));
		params.put("since", List.of("yesterday"));
		SearchCriteria.Parsed parsed = SearchCriteria.parse(params);
		assertThat(parsed.valid()).isFalse();
		assertThat(parsed.criteria().q()).hasSize(SearchCriteria.MAX_QUERY_LENGTH);
		assertThat(parsed.criteria().countries()).containsExactly("IDN");
		assertThat(parsed.criteria().from()).isNull();
		assertThat(parsed.errors()).extracting(SearchCriteria.SearchError::parameter)
			.containsExactlyInAnyOrder("q", "country", "from", "to", "sdg", "response", "actions", "since");
		assertThat(SearchCriteria.parse(Map.of("from", List.of("2020"), "to", List.of("2010"))).errors())
			.extracting(SearchCriteria.SearchError::messageKey)
			.containsExactly("search.error.range");
		assertThat(criteria("q", "a", "country", "idn").toParameters()).containsEntry("country", List.of("IDN"));
	}

}
