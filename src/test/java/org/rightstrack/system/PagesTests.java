package org.rightstrack.system;

import org.junit.jupiter.api.Test;
import org.rightstrack.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class PagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void homePageExplainsTheSiteOffersASearchBoxAndCounts() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Follow up UN human-rights recommendations")))
			.andExpect(content().string(containsString("action=\"/recommendations\"")))
			.andExpect(content().string(containsString("name=\"q\"")))
			.andExpect(content().string(containsString("Mechanisms")))
			.andExpect(content().string(not(containsString("illustrative demo data"))));
	}

	@Test
	void countryListShowsMemberAndObserverStates() throws Exception {
		mvc.perform(get("/countries"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("195 UN member and observer states")))
			.andExpect(content().string(containsString("href=\"/countries/IDN\"")))
			.andExpect(content().string(containsString("Holy See")));
	}

	@Test
	void countryPageShowsGroupsAndEveryInstrumentsStatus() throws Exception {
		mvc.perform(get("/countries/IDN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Indonesia</h1>")))
			.andExpect(content().string(containsString("ASEAN")))
			.andExpect(content().string(containsString("Asia-Pacific Group")))
			.andExpect(content().string(containsString("28 Oct 1998")))
			.andExpect(content().string(containsString("OPCAT")))
			.andExpect(content().string(containsString("no action")));
	}

	@Test
	void countryCodeIsCaseInsensitive() throws Exception {
		mvc.perform(get("/countries/tha")).andExpect(status().isOk()).andExpect(content().string(containsString("Thailand")));
	}

	@Test
	void unknownCountryIsANotFoundPageInTheLayout() throws Exception {
		mvc.perform(get("/countries/XYZ"))
			.andExpect(status().isNotFound());
	}

	@Test
	void unknownPathIsANotFoundPageInTheLayout() throws Exception {
		mvc.perform(get("/no-such-page"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andExpect(content().string(containsString("Page not found")))
			.andExpect(content().string(containsString("Skip to content")));
	}

	@Test
	void pagesSpeakFrenchWhenAsked() throws Exception {
		mvc.perform(get("/countries/IDN").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"fr\"")))
			.andExpect(content().string(containsString("Ratification des instruments")));
	}

	@Test
	void healthIsPublicAndOtherActuatorEndpointsAreNot() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/env")).andExpect(status().is4xxClientError());
	}

	@Test
	void pagesCarryStrictSecurityHeaders() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void htmxAndBootstrapAreServedFromWebjars() throws Exception {
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
		mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
	}

}
