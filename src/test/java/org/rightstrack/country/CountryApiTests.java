package org.rightstrack.country;

import org.junit.jupiter.api.Test;
import org.rightstrack.DemoDataTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoDataTest
class CountryApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Test
	void countriesAreListedWithStableCodesGroupsAndCounts() throws Exception {
		int states = (int) count("SELECT count(*) FROM country WHERE un_status <> 'OTHER'");
		long indonesia = count("""
				SELECT count(*) FROM recommendation r JOIN country c ON c.id = r.country_id
				WHERE c.alpha3 = 'IDN' AND r.published AND NOT r.archived AND r.document_public""");
		mvc.perform(get("/api/v1/countries"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$", hasSize(states)))
			.andExpect(jsonPath("$[?(@.iso3 == 'IDN')].iso2").value("ID"))
			.andExpect(jsonPath("$[?(@.iso3 == 'IDN')].numericCode").value("360"))
			.andExpect(jsonPath("$[?(@.iso3 == 'IDN')].regionalGroup").value("ASIA_PACIFIC"))
			.andExpect(jsonPath("$[?(@.iso3 == 'IDN')].groups[*]", hasItem("ASEAN")))
			.andExpect(jsonPath("$[?(@.iso3 == 'IDN')].recommendations").value((int) indonesia));
	}

	@Test
	void countriesFilterByGroupAndRegion() throws Exception {
		mvc.perform(get("/api/v1/countries").param("group", "ASEAN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(10)))
			.andExpect(jsonPath("$[*].groups", everyItem(hasItem("ASEAN"))));
		int weog = (int) count("SELECT count(*) FROM country WHERE un_status <> 'OTHER' AND regional_group = 'WEOG'");
		mvc.perform(get("/api/v1/countries").param("region", "WEOG"))
			.andExpect(jsonPath("$", hasSize(weog)))
			.andExpect(jsonPath("$[*].regionalGroup", everyItem(is("WEOG"))));
	}

	@Test
	void countryComesWithItsStatusForEveryInstrument() throws Exception {
		int instruments = (int) count("SELECT count(*) FROM treaty WHERE NOT archived AND kind IN ('CORE', 'OPTIONAL_PROTOCOL', 'REGIONAL')");
		mvc.perform(get("/api/v1/countries/idn"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.iso3").value("IDN"))
			.andExpect(jsonPath("$.name").value("Indonesia"))
			.andExpect(jsonPath("$.unStatus").value("MEMBER"))
			.andExpect(jsonPath("$.groups", hasItem("ASEAN")))
			.andExpect(jsonPath("$.ratifications", hasSize(instruments)))
			.andExpect(jsonPath("$.ratifications[?(@.treaty == 'CAT')].status").value("PARTY"))
			.andExpect(jsonPath("$.ratifications[?(@.treaty == 'CAT')].consentOn").value("1998-10-28"))
			.andExpect(jsonPath("$.ratifications[?(@.treaty == 'CAT')].consentType").value("RATIFICATION"))
			.andExpect(jsonPath("$.ratifications[?(@.treaty == 'OP-CAT')].status").value("NO_ACTION"));
	}

	@Test
	void unknownCountryIsAProblemDetailNotFound() throws Exception {
		mvc.perform(get("/api/v1/countries/XYZ"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Not Found"))
			.andExpect(jsonPath("$.detail").value("No country with code XYZ"))
			.andExpect(jsonPath("$.instance").value("/api/v1/countries/XYZ"));
	}

	@Test
	void malformedCodeAndBadRegionAreProblemDetailBadRequests() throws Exception {
		mvc.perform(get("/api/v1/countries/I1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.parameter").value("iso3"))
			.andExpect(jsonPath("$.detail").value("iso3 must be an ISO 3166 alpha-3 code of three letters"));
		mvc.perform(get("/api/v1/countries").param("region", "MOON"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("region"))
			.andExpect(jsonPath("$.detail").value("Parameter 'region' has an invalid value: MOON"));
	}

	@Test
	void htmlPagesKeepTheirErrorPagesInTheLayout() throws Exception {
		// Not a problem detail: the 404 goes on to Spring Boot's error page (templates/error/404.html).
		String contentType = mvc.perform(get("/countries/XYZ").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentType();
		org.assertj.core.api.Assertions.assertThat(contentType).isNull();
		mvc.perform(get("/documents/abc").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Skip to content")));
	}

}
