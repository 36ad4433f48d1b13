package org.rightstrack.search;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rightstrack.importing.ImportFormat;
import org.rightstrack.importing.ImportOptions;
import org.rightstrack.importing.ImportService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports the real UPR Info data of {@code ../shared/data/upr-info-sessions-1-20} (skipped where it
 * is absent) and checks search and facet counts against counts computed here from the CSV files,
 * independently of the importer and of PostgreSQL: rows read as MacRoman, duplicates (same state,
 * session, recommending state and text up to case and spaces) counted once, words matched by
 * regular expressions over every form the English stemmer reduces to the same stem.
 */
@SpringBootTest(properties = { "rightstrack.demo-data=false", "rightstrack.test.database=search-real" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchRealDataTests {

	static final Path DATA = Path.of("../shared/data/upr-info-sessions-1-20");

	static final List<String> FILES = List.of("1-5.csv", "6-9.csv", "10-13.csv", "14-17.csv", "17-20.csv");

	static final Map<String, String> ASEAN = Map.of("Brunei Darussalam", "BRN", "Cambodia", "KHM", "Indonesia", "IDN",
			"Laos", "LAO", "Malaysia", "MYS", "Myanmar", "MMR", "Philippines", "PHL", "Singapore", "SGP", "Thailand", "THA",
			"Viet Nam", "VNM");

	record Row(String to, String text, String response) {
	}

	@Autowired
	ImportService imports;

	@Autowired
	RecommendationSearch search;

	@Autowired
	JdbcClient jdbc;

	List<Row> rows;

	@BeforeAll
	void importOnce() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(DATA), "Real data " + DATA + " is absent: skipped");
		rows = read();
		if (jdbc.sql("SELECT count(*) FROM recommendation").query(Long.class).single() == 0) {
			var result = imports.run(ImportOptions.of(ImportFormat.UPR_INFO, false), FILES.stream().map(DATA::resolve).toList(),
					Locale.ENGLISH);
			assertThat(result.succeeded()).as(result.report().toText()).isTrue();
		}
	}

	static List<Row> read() throws IOException {
		List<Row> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String file : FILES) {
			try (Reader reader = Files.newBufferedReader(DATA.resolve(file), Charset.forName("x-MacRoman"))) {
				for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
					String text = record.get("Text");
					String key = record.get("To") + "|" + record.get("Session") + "|" + record.get("From") + "|"
							+ String.join(" ", text.toLowerCase(Locale.ROOT).trim().split("\\s+"));
					if (seen.add(key)) {
						rows.add(new Row(record.get("To"), text, record.get("Response")));
					}
				}
			}
		}
		return rows;
	}

	static SearchCriteria criteria(String... pairs) {
		Map<String, List<String>> params = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			params.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
		}
		return SearchCriteria.parse(params).criteria();
	}

	long count(Map<String, List<FacetCount>> facets, String facet, String value) {
		return facets.get(facet).stream().filter(f -> f.value().equals(value)).mapToLong(FacetCount::count).sum();
	}

	void assertCounts(SearchCriteria criteria, Predicate<Row> matches) {
		List<Row> expected = rows.stream().filter(matches).toList();
		SearchResult result = search.searchWithFacets(criteria, 0, 20, SearchSort.RELEVANCE);
		assertThat(result.totalElements()).as("total").isEqualTo(expected.size());
		assertThat(count(result.facets(), "response", "SUPPORTED")).as("supported")
			.isEqualTo(expected.stream().filter(r -> r.response().equals("Accepted")).count());
		assertThat(count(result.facets(), "response", "NOTED")).as("noted")
			.isEqualTo(expected.stream().filter(r -> r.response().equals("Noted")).count());
		long asean = 0;
		for (var entry : ASEAN.entrySet()) {
			long perCountry = expected.stream().filter(r -> r.to().equals(entry.getKey())).count();
			asean += perCountry;
			assertThat(count(result.facets(), "country", entry.getValue())).as(entry.getKey()).isEqualTo(perCountry);
		}
		assertThat(count(result.facets(), "group", "ASEAN")).as("ASEAN").isEqualTo(asean);
		assertThat(search.count(criteria.withUnpublished(false))).isEqualTo(expected.size());
	}

	@Test
	void everythingCountsAsInTheFiles() {
		assertThat(rows).hasSize(41_062);
		assertCounts(SearchCriteria.all(), r -> true);
	}

	@Test
	void aWordFindsEveryRecommendationWithAnyOfItsForms() {
		Pattern ratify = Pattern.compile("\\bratif(y|ies|ied|ying|ication|ications)\\b", Pattern.CASE_INSENSITIVE);
		assertCounts(criteria("q", "ratification"), r -> ratify.matcher(r.text()).find());
		Pattern moratorium = Pattern.compile("\\bmoratoriums?\\b", Pattern.CASE_INSENSITIVE);
		assertCounts(criteria("q", "moratorium"), r -> moratorium.matcher(r.text()).find());
	}

	@Test
	void aFilterNarrowsAndItsOwnFacetStillCountsTheOtherValues() {
		Pattern moratorium = Pattern.compile("\\bmoratoriums?\\b", Pattern.CASE_INSENSITIVE);
		SearchResult result = search.searchWithFacets(criteria("q", "moratorium", "group", "ASEAN", "response", "NOTED"), 0, 20,
				SearchSort.NEWEST);
		List<Row> asean = rows.stream().filter(r -> ASEAN.containsKey(r.to()) && moratorium.matcher(r.text()).find()).toList();
		assertThat(result.totalElements()).isEqualTo(asean.stream().filter(r -> r.response().equals("Noted")).count());
		// the response facet ignores the response filter: both responses of ASEAN states
		assertThat(count(result.facets(), "response", "SUPPORTED"))
			.isEqualTo(asean.stream().filter(r -> r.response().equals("Accepted")).count());
		assertThat(count(result.facets(), "response", "NOTED")).isEqualTo(result.totalElements());
	}

	@Test
	void searchesAreTimedForTheRecord() {
		for (String[] query : List.of(new String[] { "q", "torture" }, new String[] { "q", "women", "country", "IDN" },
				new String[] { "group", "ASEAN" }, new String[] {})) {
			SearchCriteria c = criteria(query);
			search.searchWithFacets(c, 0, 20, SearchSort.RELEVANCE);
			long start = System.nanoTime();
			int runs = 5;
			for (int i = 0; i < runs; i++) {
				search.searchWithFacets(c, 0, 20, SearchSort.RELEVANCE);
			}
			System.out.printf("search with facets %s: %.1f ms%n", String.join("=", query), (System.nanoTime() - start) / 1e6 / runs);
		}
	}

}
