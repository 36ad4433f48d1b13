package org.rightstrack.curation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rightstrack.IntegrationTest;
import org.rightstrack.account.Role;
import org.rightstrack.account.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Only curators and administrators import: every other role gets 403 on every import endpoint and
 * nothing changes; an anonymous visitor is sent to the sign-in page (the API answers 401).
 */
@IntegrationTest
class ImportAuthorisationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static final List<String> ENDPOINTS = List.of("GET /curation/imports", "UPLOAD /curation/imports", "GET /curation/imports/{id}",
			"POST /curation/imports/{id}/confirm", "POST /curation/imports/{id}/rerun", "POST /curation/imports/{id}/cancel",
			"POST /curation/imports/{id}/aliases", "GET /curation/imports/{id}/report.csv", "GET /api/v1/imports/{id}");

	static Stream<Arguments> nonCurators() {
		List<Arguments> cases = new ArrayList<>();
		for (Role role : List.of(Role.FOCAL_POINT, Role.NHRI, Role.CSO)) {
			for (String endpoint : ENDPOINTS) {
				cases.add(Arguments.of(role, endpoint));
			}
		}
		return cases.stream();
	}

	static Stream<String> endpoints() {
		return ENDPOINTS.stream();
	}

	/** A finished dry run to aim at. */
	long job() {
		return jdbc.sql("""
				INSERT INTO import_job (format, file_names, dry_run, created_by, status, finished_at, report)
				VALUES ('UPR_INFO', 'authorisation.csv', true, 'test', 'SUCCEEDED', now(), '{}'::jsonb) RETURNING id""")
			.query(Long.class).single();
	}

	static AbstractMockHttpServletRequestBuilder<?> request(String endpoint, long id) {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String url = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{id}", String.valueOf(id));
		return switch (method) {
			case "GET" -> get(url);
			case "UPLOAD" -> multipart(url).file(new MockMultipartFile("files", "x.csv", "text/csv",
					"To,Text\n".getBytes(StandardCharsets.UTF_8))).param("format", "upr-info").with(csrf());
			default -> post(url).param("kind", "countries").param("alias", "Authorisation test land").param("target", "1")
				.with(csrf());
		};
	}

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("nonCurators")
	void nonCuratorsGet403AndNothingChanges(Role role, String endpoint) throws Exception {
		long id = job();
		long jobs = count("select count(*) from import_job");
		long aliases = count("select count(*) from country_alias");
		mvc.perform(request(endpoint, id).with(TestAccounts.as(TestAccounts.with(jdbc).create(role, "IDN"))))
			.andExpect(status().isForbidden());
		assertThat(count("select count(*) from import_job")).isEqualTo(jobs);
		assertThat(count("select count(*) from country_alias")).isEqualTo(aliases);
	}

	@ParameterizedTest(name = "anonymous {0}")
	@MethodSource("endpoints")
	void anonymousVisitorsAreSentToSignInAndTheApiAnswers401(String endpoint) throws Exception {
		long id = job();
		long jobs = count("select count(*) from import_job");
		if (endpoint.contains("/api/")) {
			mvc.perform(request(endpoint, id)).andExpect(status().isUnauthorized());
		}
		else {
			mvc.perform(request(endpoint, id)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
		assertThat(count("select count(*) from import_job")).isEqualTo(jobs);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("curatorsAndAdministrators")
	void curatorsAndAdministratorsMayImport(Role role) throws Exception {
		mvc.perform(get("/curation/imports").with(TestAccounts.as(TestAccounts.with(jdbc).create(role))))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/imports/{id}", job()).with(TestAccounts.as(TestAccounts.with(jdbc).create(role))))
			.andExpect(status().isOk());
	}

	static Stream<Role> curatorsAndAdministrators() {
		return Stream.of(Role.CURATOR, Role.ADMIN);
	}

}
