package org.rightstrack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL server the test suite runs against: a Testcontainers container where a Docker
 * engine is available, otherwise an embedded PostgreSQL started from the test JVM. Never H2.
 * Every Spring test context gets a fresh database of its own on that server.
 * {@code RIGHTSTRACK_TEST_DB=embedded} or {@code =testcontainers} forces the choice.
 */
public final class TestDatabase {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static TestDatabase instance;

	private final String baseUrl;

	private final String username;

	private final String password;

	private final String kind;

	private TestDatabase(String baseUrl, String username, String password, String kind) {
		this.baseUrl = baseUrl;
		this.username = username;
		this.password = password;
		this.kind = kind;
	}

	public static synchronized TestDatabase get() {
		if (instance == null) {
			instance = start();
		}
		return instance;
	}

	private static TestDatabase start() {
		String choice = System.getenv().getOrDefault("RIGHTSTRACK_TEST_DB", "auto");
		boolean docker = switch (choice) {
			case "embedded" -> false;
			case "testcontainers" -> true;
			default -> dockerAvailable();
		};
		if (docker) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:18-alpine");
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
			String url = container.getJdbcUrl();
			return new TestDatabase(url.substring(0, url.lastIndexOf('/') + 1), container.getUsername(),
					container.getPassword(), "Testcontainers " + container.getDockerImageName());
		}
		try {
			Path directory = Files.createTempDirectory("rightstrack-test-pg");
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(true)
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				.setServerConfig("max_connections", "300")
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ignored) {
					// the JVM is going away
				}
			}));
			return new TestDatabase("jdbc:postgresql://localhost:" + postgres.getPort() + "/", "postgres", "",
					"embedded PostgreSQL");
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start an embedded PostgreSQL for the tests", ex);
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	/** Creates an empty database and returns its JDBC URL. */
	public String createDatabase() {
		String name = "rightstrack_test_" + DATABASES.incrementAndGet();
		try (Connection connection = DriverManager.getConnection(baseUrl + "postgres", username, password);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create test database " + name, ex);
		}
		return baseUrl + name;
	}

	public String username() {
		return username;
	}

	public String password() {
		return password;
	}

	public String kind() {
		return kind;
	}

}
