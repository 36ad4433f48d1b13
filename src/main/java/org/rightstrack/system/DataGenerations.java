package org.rightstrack.system;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads, in one statement, the two numbers that say whether something computed earlier from the
 * data may still be used: the search generation (migration V43: advanced by every statement that
 * changes recommendations, their links, documents or follow-up actions) and the reference
 * generation (V96: advanced by every statement that changes countries, groups, treaties,
 * mechanisms, themes, affected groups or SDG goals).
 */
@Component
public class DataGenerations {

	/** Both generations as read together; equal values mean nothing of that kind changed in between. */
	public record Generations(long reference, long search) {
	}

	private final JdbcClient jdbc;

	DataGenerations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The advisory lock every statement changing recommendations holds, shared, until it commits (V97). */
	static final long WRITERS_LOCK = 73201;

	/**
	 * Whether no transaction that changed recommendations is still in flight (nor this one: a
	 * result that sees uncommitted changes of its own is not for others). Asked after {@link #read()}
	 * and before computing a result that is to be kept: only then is the result certain to contain
	 * every change counted by the generations read (see V97).
	 */
	public boolean settled() {
		return jdbc.sql("""
				SELECT pg_current_xact_id_if_assigned() IS NULL
				       AND CASE WHEN pg_try_advisory_lock(:lock) THEN pg_advisory_unlock(:lock) ELSE false END
				""").param("lock", WRITERS_LOCK).query(Boolean.class).single();
	}

	public Generations read() {
		return jdbc.sql("""
				SELECT (SELECT generation FROM reference_generation),
				       (SELECT last_value + CASE WHEN is_called THEN 1 ELSE 0 END FROM search_generation)
				""").query((rs, row) -> new Generations(rs.getLong(1), rs.getLong(2))).single();
	}

}
