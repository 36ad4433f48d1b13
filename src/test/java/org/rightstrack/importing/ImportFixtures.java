package org.rightstrack.importing;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Helpers shared by the import tests. */
final class ImportFixtures {

	private ImportFixtures() {
	}

	static Path fixture(String name) {
		try {
			return Path.of(ImportFixtures.class.getResource("/importing/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static ImportService.Result run(ImportService imports, ImportFormat format, boolean dryRun, Path... files) {
		return imports.run(ImportOptions.of(format, dryRun), List.of(files), Locale.ENGLISH);
	}

	static int count(JdbcClient jdbc, String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	/** Removes every imported recommendation and document, so each test starts from reference data only. */
	static void clearRecommendations(JdbcClient jdbc) {
		jdbc.sql("DELETE FROM recommendation").update();
		jdbc.sql("DELETE FROM document").update();
	}

}
