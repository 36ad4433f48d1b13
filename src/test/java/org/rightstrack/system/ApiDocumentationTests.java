package org.rightstrack.system;

import org.junit.jupiter.api.Test;
import org.rightstrack.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApiDocumentationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

	/** Whatever module adds an endpoint under /api/v1, the OpenAPI description lists it. */
	@Test
	void openApiListsEveryApiEndpointOfTheApplication() throws Exception {
		java.util.Set<String> endpoints = new java.util.TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
			.filter(pattern -> pattern.startsWith("/api/v1/") && !pattern.endsWith("/**"))
			.forEach(endpoints::add));
		org.assertj.core.api.Assertions.assertThat(endpoints).contains("/api/v1/countries", "/api/v1/mechanisms");
		String json = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		for (String endpoint : endpoints) {
			org.assertj.core.api.Assertions.assertThat(json).as(endpoint).contains("\"" + endpoint + "\":{");
		}
	}

	@Test
	void openApiDescribesEveryBrowsePathOfTheApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("Rightstrack API"))
			.andExpect(jsonPath("$.info.version").value("v1"))
			.andExpect(jsonPath("$.info.description").value(containsString("problem details")))
			.andExpect(jsonPath("$.paths['/api/v1/countries'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/countries/{iso3}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/treaties'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/treaties/{code}/ratifications'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/mechanisms'].get").exists())
			.andExpect(jsonPath("$.paths['/countries']").doesNotExist())
			.andExpect(jsonPath("$.paths['/api/v1/countries'].get.parameters[?(@.name == 'region')].schema.enum").exists());
	}

	@Test
	void swaggerUiIsReachableUnderTheStrictContentSecurityPolicy() throws Exception {
		mvc.perform(get("/api/docs")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/api/swagger-ui/index.html"));
		mvc.perform(get("/api/swagger-ui/index.html"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("swagger-initializer.js")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")));
		mvc.perform(get("/api/swagger-ui/swagger-initializer.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/v3/api-docs/swagger-config")));
	}

	@Test
	void unknownApiAddressIsAProblemDetailNotFound() throws Exception {
		mvc.perform(get("/api/v1/no-such-resource"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("No API resource at this address"));
		mvc.perform(get("/v3/api-docs")).andExpect(jsonPath("$.paths['/api/v1/**']").doesNotExist());
	}

}
