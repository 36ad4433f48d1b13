package org.rightstrack.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL server inside the application when no database is configured, so that
 * {@code ./mvnw spring-boot:run} works on a machine with nothing but a JDK. Its data directory
 * ({@code ./data/postgres} by default) survives restarts. Setting {@code SPRING_DATASOURCE_URL}
 * switches this off and Spring Boot's own data source is used instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {

	static final String DATABASE = "rightstrack";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(
			@Value("${rightstrack.embedded-database.data-directory:./data/postgres}") Path dataDirectory,
			@Value("${rightstrack.embedded-database.port:0}") int port,
			@Value("${rightstrack.embedded-database.shared-buffers:25%}") String sharedBuffers) throws IOException, SQLException {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		Files.createDirectories(directory);
		log.info("No spring.datasource.url set: starting embedded PostgreSQL with data in {}", directory);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("shared_buffers", sharedBuffers(sharedBuffers));
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		createDatabaseIfMissing(postgres);
		log.info("Embedded PostgreSQL listening on port {}", postgres.getPort());
		return postgres;
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("embedded");
		return dataSource;
	}

	@Bean
	EmbeddedDatabaseMarker embeddedDatabaseMarker() {
		return new EmbeddedDatabaseMarker();
	}

	/**
	 * PostgreSQL's buffer cache: a size as PostgreSQL writes it ({@code 512MB}) or a share of the
	 * machine's (or container's) memory ({@code 25%}, the usual advice). The default of PostgreSQL
	 * itself, 128 MB, makes every broad text search read most of its rows through the operating
	 * system again (twice as slow at a million recommendations; docs/performance.md). The memory
	 * is only taken as pages are used.
	 */
	static String sharedBuffers(String setting) {
		String value = setting.strip();
		if (!value.endsWith("%")) {
			return value;
		}
		double share = Double.parseDouble(value.substring(0, value.length() - 1)) / 100;
		long total = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getTotalMemorySize();
		return Math.max(128, (long) (total * share / (1024 * 1024))) + "MB";
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
		DataSource admin = postgres.getPostgresDatabase();
		try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
			var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
			if (!exists.next()) {
				statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
			}
		}
	}

	/** Present only when the application runs on its embedded database. */
	public static final class EmbeddedDatabaseMarker {

	}

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
