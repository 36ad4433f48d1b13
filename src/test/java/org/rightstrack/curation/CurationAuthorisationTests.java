package org.rightstrack.curation;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rightstrack.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Non-curators get 403 on every curation endpoint and nothing changes. The security rules for
 * {@code /curation/**} are in the filter chain (system.SecurityConfiguration).
 */
@IntegrationTest
@org.springframework.transaction.annotation.Transactional
class CurationAuthorisationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static Stream<Arguments> endpoints() {
		return Stream.of(Arguments.of("GET", "/curation"), Arguments.of("GET", "/curation/treaties"), Arguments.of("GET", "/curation/treaties/new"),
				Arguments.of("GET", "/curation/treaties/1"), Arguments.of("POST", "/curation/treaties"), Arguments.of("POST", "/curation/treaties/1"),
				Arguments.of("POST", "/curation/treaties/1/archive"), Arguments.of("GET", "/curation/ratifications"),
				Arguments.of("GET", "/curation/ratifications/IDN"), Arguments.of("POST", "/curation/ratifications/IDN/1"),
				Arguments.of("GET", "/curation/recommendations"), Arguments.of("GET", "/curation/recommendations/1"),
				Arguments.of("POST", "/curation/recommendations/1"), Arguments.of("POST", "/curation/recommendations/1/publish"),
				Arguments.of("POST", "/curation/recommendations/1/archive"), Arguments.of("GET", "/curation/recommendations/merge"),
				Arguments.of("POST", "/curation/recommendations/merge"), Arguments.of("GET", "/curation/recommendations/1/split"),
				Arguments.of("POST", "/curation/recommendations/1/split"), Arguments.of("GET", "/curation/documents/import"),
				Arguments.of("POST", "/curation/documents/import"), Arguments.of("POST", "/curation/documents/import/save"),
				Arguments.of("POST", "/curation/documents/1/publish"), Arguments.of("GET", "/curation/aliases"),
				Arguments.of("POST", "/curation/aliases/countries"), Arguments.of("POST", "/curation/aliases/countries/1/delete"),
				Arguments.of("GET", "/curation/mechanisms"), Arguments.of("POST", "/curation/mechanisms/1"),
				Arguments.of("GET", "/curation/documents"), Arguments.of("POST", "/curation/documents/1"),
				Arguments.of("GET", "/curation/visits/new"), Arguments.of("POST", "/curation/visits"),
				Arguments.of("GET", "/curation/state-reports"), Arguments.of("POST", "/curation/state-reports"),
				Arguments.of("GET", "/curation/themes/1"), Arguments.of("POST", "/curation/themes/1/archive"),
				Arguments.of("GET", "/curation/affected-groups"), Arguments.of("POST", "/curation/affected-groups"),
				Arguments.of("GET", "/curation/recommendations/bulk"), Arguments.of("POST", "/curation/recommendations/bulk"));
	}

	MockHttpServletRequestBuilder request(String method, String url) {
		return method.equals("GET") ? get(url) : post(url).with(csrf()).param("version", "0").param("archived", "true")
			.param("published", "false").param("code", "X").param("name", "X").param("title", "X").param("text", "X")
			.param("alias", "X").param("target", "1").param("keep", "1").param("keepVersion", "0").param("duplicate", "2")
			.param("duplicateVersion", "0").param("firstText", "X").param("secondText", "Y").param("publication", "UNPUBLISH")
			.param("expectedMatching", "0").param("expectedChanging", "0").param("selection", "x");
	}

	String fingerprint() {
		return jdbc.sql("""
				select concat_ws('/', (select count(*) || ':' || coalesce(sum(version), 0) from treaty),
				  (select count(*) || ':' || coalesce(sum(version), 0) from ratification),
				  (select count(*) || ':' || coalesce(sum(version), 0) from mechanism),
				  (select count(*) || ':' || coalesce(sum(version), 0) from document),
				  (select count(*) || ':' || coalesce(sum(version), 0) from recommendation),
				  (select count(*) || ':' || coalesce(sum(version), 0) from theme),
				  (select count(*) || ':' || coalesce(sum(version), 0) from affected_group),
				  (select count(*) from country_alias), (select count(*) from recommendation_redirect))""").query(String.class).single();
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	@WithMockUser(roles = "CSO")
	void civilSocietyIsForbiddenAndNothingChanges(String method, String url) throws Exception {
		String before = fingerprint();
		mvc.perform(request(method, url)).andExpect(status().isForbidden());
		assertThat(fingerprint()).isEqualTo(before);
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	@WithAnonymousUser
	void anonymousIsForbiddenAndNothingChanges(String method, String url) throws Exception {
		String before = fingerprint();
		int status = mvc.perform(request(method, url)).andReturn().getResponse().getStatus();
		// 403, or 401 / a redirect to the sign-in page, depending on how the accounts branch answers anonymous requests
		assertThat(status).isIn(401, 403, 302);
		assertThat(fingerprint()).isEqualTo(before);
	}

}
