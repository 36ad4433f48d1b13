package org.rightstrack.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.rightstrack.search.SearchFixtures.TOKEN;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SearchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	SearchFixtures f;

	@BeforeAll
	void fixture() {
		f = SearchFixtures.create(jdbc);
	}

	@Test
	void searchAnswersContentPageAndFacets() throws Exception {
		mvc.perform(get("/api/v1/recommendations").param("q", TOKEN).param("country", "IDN", "THA").param("size", "3")
			.param("sort", "oldest"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.content", hasSize(3)))
			.andExpect(jsonPath("$.content[0].id").value(f.r3))
			.andExpect(jsonPath("$.content[0].country.code").value("THA"))
			.andExpect(jsonPath("$.content[0].mechanism.code").value("UPR"))
			.andExpect(jsonPath("$.content[0].uprResponse").value("SUPPORTED"))
			.andExpect(jsonPath("$.content[0].recommendingStates[*].code", contains("FRA", "KEN")))
			.andExpect(jsonPath("$.content[0].text").isString())
			.andExpect(jsonPath("$.content[0].highlight").isString())
			.andExpect(jsonPath("$.content[0].excerpt").doesNotExist())
			.andExpect(jsonPath("$.page.number").value(0))
			.andExpect(jsonPath("$.page.size").value(3))
			.andExpect(jsonPath("$.page.totalElements").value(4))
			.andExpect(jsonPath("$.page.totalPages").value(2))
			.andExpect(jsonPath("$.facets.country[*].value", containsInAnyOrder("IDN", "THA", "FRA")))
			.andExpect(jsonPath("$.facets.mechanism[?(@.value == 'UPR')].count", contains(2)))
			.andExpect(jsonPath("$.facets.mechanism[?(@.value == 'UPR')].label", contains("Universal Periodic Review")));
	}

	@Test
	void everyDocumentedFilterWorks() throws Exception {
		mvc.perform(get("/api/v1/recommendations").param("q", TOKEN).param("mechanism", "UPR").param("treaty", "")
			.param("theme", "torture").param("response", "SUPPORTED").param("actionCategory", "5").param("session", "25")
			.param("from", "2016").param("to", "2016-12-31").param("facets", "false"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", contains((int) f.r3)))
			.andExpect(jsonPath("$.facets").isEmpty());
		mvc.perform(get("/api/v1/recommendations").param("q", TOKEN).param("treaty", "CAT").param("status", "PARTIALLY_IMPLEMENTED"))
			.andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(get("/api/v1/recommendations").param("q", TOKEN).param("status", "PARTIALLY_IMPLEMENTED"))
			.andExpect(jsonPath("$.content[*].id", contains((int) f.r1)));
	}

	@Test
	void sinceFindsWhatChangedForMirroring() throws Exception {
		String later = jdbc.sql("SELECT to_char(now() + interval '1 second', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') ")
			.query(String.class).single();
		mvc.perform(get("/api/v1/recommendations").param("q", TOKEN).param("since", "2000-01-01T00:00:00Z"))
			.andExpect(jsonPath("$.page.totalElements").value(5));
		jdbc.sql("UPDATE recommendation SET updated_at = now() + interval '1 hour' WHERE id = ?").param(f.r4).update();
		try {
			mvc.perform(get("/api/v1/recommendations").param("q", TOKEN).param("since", later))
				.andExpect(jsonPath("$.content[*].id", contains((int) f.r4)));
		}
		finally {
			jdbc.sql("UPDATE recommendation SET updated_at = now() WHERE id = ?").param(f.r4).update();
		}
	}

	@ParameterizedTest
	@CsvSource({ "country, not-a-code", "country, XYZ", "page, -1", "page, abc", "size, 0", "size, 101", "size, -5",
			"sort, sideways", "from, garbage", "since, yesterday", "response, MAYBE", "sdg, 18", "theme, no-such-theme" })
	void badParametersAreProblemDetails(String name, String value) throws Exception {
		mvc.perform(get("/api/v1/recommendations").param(name, value))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("Invalid search parameters"))
			.andExpect(jsonPath("$.errors[*].parameter", hasItem(name)))
			.andExpect(jsonPath("$.errors[0].message").isString());
	}

	@Test
	void problemDetailsSayWhatIsWrong() throws Exception {
		mvc.perform(get("/api/v1/recommendations").param("size", "500").param("from", "garbage"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.parameter == 'size')].message", contains("\"500\" is not a page size (1 to 100).")))
			.andExpect(jsonPath("$.errors[?(@.parameter == 'from')].message",
					contains("\"garbage\" is not a year or a date (use 2015 or 2015-06-30).")));
		mvc.perform(get("/api/v1/recommendations").param("country", "XYZ"))
			.andExpect(jsonPath("$.errors[0].message").value("Nothing has the code \"XYZ\" for country."));
	}

	@Test
	void aPageBeyondTheEndIsEmptyButCounted() throws Exception {
		mvc.perform(get("/api/v1/recommendations").param("q", TOKEN).param("page", "999999"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(0)))
			.andExpect(jsonPath("$.page.totalElements").value(5));
	}

	@Test
	void oneRecommendation() throws Exception {
		mvc.perform(get("/api/v1/recommendations/" + f.r1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(f.r1))
			.andExpect(jsonPath("$.document.symbol").value("XTEST/CEDAW/IDN"))
			.andExpect(jsonPath("$.themes[0].code").value("womens-rights"))
			.andExpect(jsonPath("$.sdgTargets[0].code").value("5.1"))
			.andExpect(jsonPath("$.followUpActions[*].title", contains("Xtest ratification bill")));
	}

	@Test
	void unknownMalformedAndMergedIds() throws Exception {
		mvc.perform(get("/api/v1/recommendations/999999999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Recommendation not found"));
		mvc.perform(get("/api/v1/recommendations/" + f.r6)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/recommendations/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		jdbc.sql("INSERT INTO recommendation_redirect (old_id, new_id) VALUES (?, ?) ON CONFLICT DO NOTHING").params(f.r8, f.r1).update();
		mvc.perform(get("/api/v1/recommendations/" + f.r8))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/api/v1/recommendations/" + f.r1));
	}

	@Test
	void theApiIsDescribedInOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/recommendations'].get.parameters[*].name", hasItem("country")))
			.andExpect(jsonPath("$.paths['/api/v1/recommendations/{id}'].get").exists());
	}

}
