package org.rightstrack.system;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightstrack.RightstrackApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no spring.datasource.url the application starts its own PostgreSQL, loads reference and
 * demo data, and finds its data again after a restart.
 */
class EmbeddedDatabaseRestartTests {

	@TempDir
	Path dataDirectory;

	ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(RightstrackApplication.class).web(WebApplicationType.NONE)
			// command-line arguments: they outrank application.properties (builder properties do not)
			.run("--rightstrack.embedded-database.data-directory=" + dataDirectory, "--spring.datasource.url=");
	}

	@Test
	void embeddedDatabaseKeepsItsDataAcrossRestarts() {
		try (ConfigurableApplicationContext first = start()) {
			assertThat(first.getEnvironment().getProperty("rightstrack.embedded-database.data-directory"))
				.isEqualTo(dataDirectory.toString());
			assertThat(first.getBeanProvider(EmbeddedPostgresConfiguration.EmbeddedDatabaseMarker.class).getIfAvailable())
				.isNotNull();
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT count(*) FROM country").query(Long.class).single()).isGreaterThan(240);
			// demo data is on by default with the embedded database
			assertThat(jdbc.sql("SELECT count(*) FROM recommendation").query(Long.class).single()).isGreaterThanOrEqualTo(100);
			jdbc.sql("UPDATE country SET name = 'Thailand (kept)' WHERE alpha3 = 'THA'").update();
		}
		try (ConfigurableApplicationContext second = start()) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT name FROM country WHERE alpha3 = 'THA'").query(String.class).single())
				.isEqualTo("Thailand (kept)");
		}
	}

}
