package org.rightstrack.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the JSON API under {@code /api/v1} (served at {@code /v3/api-docs},
 * with Swagger UI at {@code /api/docs}; see the springdoc properties in application.properties).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiDocumentation {

	@Bean
	OpenAPI rightstrackOpenApi() {
		return new OpenAPI().info(new Info().title("Rightstrack API")
			.version("v1")
			.description("""
					Read-only access to the published record of Rightstrack: UN human-rights recommendations, \
					the countries they address, treaties and their ratifications, and the mechanisms that issue them. \
					Identifiers are stable: ISO 3166 alpha-3 codes for countries, treaty codes (CAT, OP-CAT) and \
					mechanism codes (CEDAW, UPR). Errors are RFC 9457 problem details (application/problem+json)."""));
	}

}
