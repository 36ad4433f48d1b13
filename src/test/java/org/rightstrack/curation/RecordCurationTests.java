package org.rightstrack.curation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rightstrack.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every form of the shared record pages: a valid record is created and edited, invalid input and stale saves are refused. */
@IntegrationTest
@Transactional
@WithMockUser(roles = "CURATOR")
class RecordCurationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static long sequence = System.nanoTime() % 100000;

	long id(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/** Valid input for each kind, the table, a field to break and the message shown for it. */
	static Stream<Arguments> kinds() {
		return Stream.of(Arguments.of("mechanisms", "mechanism", "name"), Arguments.of("documents", "document", "title"),
				Arguments.of("visits", "country_visit", "mechanismId"), Arguments.of("state-reports", "state_report", "cycle"),
				Arguments.of("themes", "theme", "code"), Arguments.of("affected-groups", "affected_group", "name"));
	}

	Map<String, String> valid(String path) {
		long n = ++sequence;
		String idn = String.valueOf(id("select id from country where alpha3 = 'IDN'"));
		String cat = String.valueOf(id("select id from mechanism where code = 'CAT'"));
		Map<String, String> params = new LinkedHashMap<>();
		switch (path) {
			case "mechanisms" -> {
				params.put("code", "SR-TEST-" + n);
				params.put("name", "Special Rapporteur on testing " + n);
				params.put("kind", "SPECIAL_PROCEDURE");
				params.put("mandateType", "THEMATIC");
				params.put("establishedYear", "2020");
			}
			case "documents" -> {
				params.put("symbol", "TEST/DOC/" + n);
				params.put("title", "Test document " + n);
				params.put("type", "CONCLUDING_OBSERVATIONS");
				params.put("mechanismId", cat);
				params.put("countryId", idn);
				params.put("publishedOn", "2024-05-01");
				params.put("published", "true");
			}
			case "visits" -> {
				params.put("mechanismId", String.valueOf(id("select id from mechanism where code = 'SR-TRAFFICKING'")));
				params.put("countryId", idn);
				params.put("status", "COMPLETED");
				params.put("startDate", "2023-10-03");
				params.put("endDate", "2023-10-13");
				params.put("notes", "Visit " + n);
			}
			case "state-reports" -> {
				params.put("countryId", idn);
				params.put("treatyId", String.valueOf(id("select id from treaty where code = 'CAT'")));
				params.put("cycle", String.valueOf(n % 28 + 2));
				params.put("dueOn", "2028-05-12");
				params.put("symbol", "CAT/C/IDN/" + n);
			}
			case "themes" -> {
				params.put("code", "test-theme-" + n);
				params.put("name", "Test theme " + n);
				params.put("parentId", String.valueOf(id("select id from theme where code = 'torture'")));
			}
			case "affected-groups" -> {
				params.put("code", "test-group-" + n);
				params.put("name", "Test group " + n);
			}
			default -> throw new IllegalArgumentException(path);
		}
		return params;
	}

	MockHttpServletRequestBuilder postWith(String url, Map<String, String> params, String version) {
		MockHttpServletRequestBuilder request = post(url).with(csrf()).param("version", version);
		params.forEach(request::param);
		return request;
	}

	@ParameterizedTest
	@MethodSource("kinds")
	void validRecordIsCreatedEditedArchivedAndRestored(String path, String table, String field) throws Exception {
		long before = id("select count(*) from " + table);
		mvc.perform(get("/curation/" + path)).andExpect(status().isOk());
		mvc.perform(get("/curation/" + path + "/new")).andExpect(status().isOk()).andExpect(content().string(containsString("name=\"" + field + "\"")));
		Map<String, String> params = valid(path);
		MvcResult created = mvc.perform(postWith("/curation/" + path, params, "0")).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(id("select count(*) from " + table)).isEqualTo(before + 1);
		String url = created.getResponse().getRedirectedUrl();
		long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
		mvc.perform(get(url)).andExpect(status().isOk()).andExpect(content().string(containsString("Archive")));
		mvc.perform(postWith(url, params, "0")).andExpect(status().is3xxRedirection());
		assertThat(id("select version from " + table + " where id = " + id)).isOne();
		mvc.perform(post(url + "/archive").with(csrf()).param("version", "1").param("archived", "true")).andExpect(status().is3xxRedirection());
		assertThat(id("select count(*) from " + table + " where archived and id = " + id)).isOne();
		mvc.perform(post(url + "/archive").with(csrf()).param("version", "2").param("archived", "false"));
		assertThat(id("select count(*) from " + table + " where not archived and id = " + id)).isOne();
	}

	@ParameterizedTest
	@MethodSource("kinds")
	void invalidRecordShowsTheMessageNextToTheField(String path, String table, String field) throws Exception {
		long before = id("select count(*) from " + table);
		Map<String, String> params = valid(path);
		params.put(field, "");
		mvc.perform(postWith("/curation/" + path, params, "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-describedby=\"" + field + "-error\"")))
			.andExpect(content().string(containsString("id=\"" + field + "-error\"")));
		assertThat(id("select count(*) from " + table)).isEqualTo(before);
	}

	@ParameterizedTest
	@MethodSource("kinds")
	void staleSaveIsRefusedAndKeepsTheInput(String path, String table, String field) throws Exception {
		Map<String, String> params = valid(path);
		String url = mvc.perform(postWith("/curation/" + path, params, "0")).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
		jdbc.sql("update " + table + " set version = version + 1 where id = ?").param(id).update();
		String edited = Stream.of("name", "title", "notes", "symbol").filter(params::containsKey).findFirst().orElseThrow();
		params.put(edited, "My unsaved " + edited);
		mvc.perform(postWith(url, params, "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this record")))
			.andExpect(content().string(containsString("My unsaved")));
		assertThat(id("select version from " + table + " where id = " + id)).isOne();
	}

	@Test
	void crossFieldRulesAreCheckedOnTheServer() throws Exception {
		Map<String, String> mechanism = valid("mechanisms");
		mechanism.put("kind", "TREATY_BODY");
		mechanism.put("mandateType", "COUNTRY");
		mvc.perform(postWith("/curation/mechanisms", mechanism, "0"))
			.andExpect(content().string(containsString("Only special procedures have a mandate type.")))
			.andExpect(content().string(containsString("A country mandate needs its country.")));
		Map<String, String> visit = valid("visits");
		visit.put("endDate", "2023-10-01");
		mvc.perform(postWith("/curation/visits", visit, "0")).andExpect(content().string(containsString("The visit cannot end before it starts.")));
		long torture = id("select id from theme where code = 'torture'");
		long parent = id("select parent_id from theme where code = 'torture'");
		mvc.perform(post("/curation/themes/" + parent).with(csrf()).param("code", jdbc.sql("select code from theme where id = ?").param(parent).query(String.class).single())
				.param("name", "Loop").param("parentId", String.valueOf(torture)).param("version", "0"))
			.andExpect(content().string(containsString("A theme cannot be placed under itself or one of its sub-themes.")));
	}

	@Test
	void movingADocumentToAnotherCountryMovesItsRecommendations() throws Exception {
		CurationFixtures fixtures = new CurationFixtures(jdbc);
		long document = fixtures.document();
		long rec = fixtures.recommendation(document, "1", "Adopt a law.");
		Map<String, String> params = valid("documents");
		params.put("countryId", String.valueOf(id("select id from country where alpha3 = 'THA'")));
		mvc.perform(postWith("/curation/documents/" + document, params, "0")).andExpect(status().is3xxRedirection());
		assertThat(id("select count(*) from recommendation r join country c on c.id = r.country_id where c.alpha3 = 'THA' and r.id = " + rec)).isOne();
		mvc.perform(post("/curation/documents/" + document + "/publish").with(csrf()).param("version", "1").param("published", "false"));
		assertThat(id("select count(*) from document where not published and id = " + document)).isOne();
	}

}
