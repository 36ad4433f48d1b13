package org.rightstrack.system;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads, in one statement, the two numbers that say whether something computed earlier from the
 * data may still be used: the search generation (migration V43: advanced by every statement that
 * changes recommendations, their links, documents or follow-up actions) and the reference
 * generation (V96: advanced by every statement that changes countries, groups, treaties,
 * mechanisms, themes, affected groups or SDG goals); for country profiles also the browse
 * generation (V98).
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

	/** Whether a result computed now may be kept, and for how long (see {@link #state()}). */
	public enum State {

		/** No change in flight: a result computed now contains every change the generations count. */
		SETTLED,

		/** Another transaction's change is in flight: a result may miss it, keep it briefly only. */
		WRITERS_IN_FLIGHT,

		/** This transaction changed data itself: a result may show what others cannot see, never keep it. */
		OWN_CHANGES

	}

	/**
	 * Whether a transaction that changed recommendations (or what a profile shows) is still in
	 * flight, this one included. Asked after {@link #read()} and before computing a result that is
	 * to be kept: only when {@link State#SETTLED} is the result certain to contain every change
	 * counted by the generations read (see V97).
	 */
	public State state() {
		return State.valueOf(jdbc.sql("""
				SELECT CASE WHEN pg_current_xact_id_if_assigned() IS NOT NULL THEN 'OWN_CHANGES'
				            WHEN pg_try_advisory_lock(:lock) THEN CASE WHEN pg_advisory_unlock(:lock) THEN 'SETTLED' END
				            ELSE 'WRITERS_IN_FLIGHT' END
				""").param("lock", WRITERS_LOCK).query(String.class).single());
	}

	public boolean settled() {
		return state() == State.SETTLED;
	}

	/** The generations with the browse generation (V98: ratifications, reports, visits, follow-up actions, documents). */
	public record WithBrowse(Generations generations, long browse) {
	}

	/** {@link #read()} and the browse generation, in one statement. */
	public WithBrowse readWithBrowse() {
		return jdbc.sql("""
				SELECT (SELECT generation FROM reference_generation),
				       (SELECT last_value + CASE WHEN is_called THEN 1 ELSE 0 END FROM search_generation),
				       (SELECT last_value + CASE WHEN is_called THEN 1 ELSE 0 END FROM browse_generation)
				""").query((rs, row) -> new WithBrowse(new Generations(rs.getLong(1), rs.getLong(2)), rs.getLong(3))).single();
	}

	/** Both generations, read in one statement (with the browse generation, which costs nothing more). */
	public Generations read() {
		return readWithBrowse().generations();
	}

}
