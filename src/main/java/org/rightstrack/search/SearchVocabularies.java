package org.rightstrack.search;

import org.rightstrack.system.DataGenerations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reference tables of {@link SearchVocabulary}, kept in memory and reloaded only when the
 * reference generation (migration V96) moves, so that a search reads one small row instead of
 * seven tables. The same statement reads the search generation (V43) that facet counts and pages
 * are cached under.
 */
@Component
class SearchVocabularies {

	/** The vocabularies to use and the generations read with them. */
	record Current(SearchVocabulary vocabulary, DataGenerations.Generations generations) {
	}

	private record Loaded(long generation, SearchVocabulary vocabulary) {
	}

	private final JdbcClient jdbc;

	private final DataGenerations dataGenerations;

	private final TransactionTemplate snapshot;

	private volatile Loaded loaded;

	SearchVocabularies(JdbcClient jdbc, DataGenerations dataGenerations, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.dataGenerations = dataGenerations;
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		// the generation and the tables from one snapshot: a reader that sees the old number sees the old tables
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	Current current() {
		DataGenerations.Generations generations = dataGenerations.read();
		Loaded current = loaded;
		if (current == null || current.generation() != generations.reference()) {
			current = snapshot.execute(status -> {
				long generation = jdbc.sql("SELECT generation FROM reference_generation").query(Long.class).single();
				return new Loaded(generation, SearchVocabulary.load(jdbc));
			});
			synchronized (this) {
				if (loaded == null || loaded.generation() < current.generation()) {
					loaded = current;
				}
			}
		}
		// labels from the vocabulary loaded, which may be newer than the generation read: cache under that one
		return new Current(current.vocabulary(), new DataGenerations.Generations(current.generation(), generations.search()));
	}

}
