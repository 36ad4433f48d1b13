package org.rightstrack.curation;

import java.util.Optional;

import org.rightstrack.system.Names;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Adds other spellings of country names and other systems' theme labels, for the alias page and for
 * the button next to an unmapped value in an import report.
 */
@Component
class Aliases {

	/** An alias table: its name, the column pointing at the target, the target table and its label column. */
	record Table(String table, String column, String target, String label) {
	}

	static final Table COUNTRIES = new Table("country_alias", "country_id", "country", "name");

	static final Table THEMES = new Table("theme_alias", "theme_id", "theme", "name");

	private final JdbcClient jdbc;

	Aliases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The table of {@code countries} or {@code themes}; any other kind is not found. */
	static Table table(String kind) {
		return switch (kind) {
			case "countries" -> COUNTRIES;
			case "themes" -> THEMES;
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
	}

	/** Adds the alias; empty when added, otherwise the message key of the reason it was refused. */
	Optional<String> add(Table table, String alias, Long target) {
		String normalised = alias == null ? "" : Names.normalise(alias);
		if (normalised.isEmpty() || target == null) {
			return Optional.of("curation.aliases.required");
		}
		boolean exists = jdbc.sql("select count(*) from " + table.table() + " where normalised_alias = ?").param(normalised)
			.query(Long.class).single() > 0;
		if (exists) {
			return Optional.of("curation.aliases.duplicate");
		}
		try {
			jdbc.sql("insert into " + table.table() + " (alias, normalised_alias, " + table.column() + ") values (?, ?, ?)")
				.params(alias.strip(), normalised, target)
				.update();
			return Optional.empty();
		}
		catch (DuplicateKeyException e) {
			return Optional.of("curation.aliases.duplicate");
		}
		catch (DataIntegrityViolationException e) {
			return Optional.of("curation.aliases.required");
		}
	}

}
