package org.rightstrack.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * After Flyway has migrated the schema, loads the reference data and (when switched on) the demo
 * data in the same connection, so the application never starts on a schema without its vocabularies.
 * Demo data is on by default with the embedded database and off otherwise
 * ({@code rightstrack.demo-data}).
 */
@Component
class DataLoadingCallback implements Callback {

	private final Environment environment;

	private final ObjectProvider<EmbeddedPostgresConfiguration.EmbeddedDatabaseMarker> embedded;

	DataLoadingCallback(Environment environment,
			ObjectProvider<EmbeddedPostgresConfiguration.EmbeddedDatabaseMarker> embedded) {
		this.environment = environment;
		this.embedded = embedded;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		Connection connection = context.getConnection();
		try {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
				new ReferenceDataLoader(jdbc).load();
				if (demoDataEnabled()) {
					DemoDataLoader demo = new DemoDataLoader(jdbc);
					demo.loadIfEmpty();
					demo.loadAccountsOnce();
				}
				connection.commit();
			}
			catch (RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Loading reference data failed", ex);
		}
	}

	boolean demoDataEnabled() {
		return Optional.ofNullable(environment.getProperty("rightstrack.demo-data", Boolean.class))
			.orElseGet(() -> embedded.getIfAvailable() != null);
	}

	@Override
	public String getCallbackName() {
		return "rightstrack-data";
	}

}
