package org.rightstrack.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.rightstrack.search.RecommendationSearch.Dimension;
import org.rightstrack.search.RecommendationSearch.Facet;
import org.rightstrack.search.RecommendationSearch.RawCounts;
import org.rightstrack.system.DataGenerations;
import org.rightstrack.system.GenerationCache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The columns facets count by, for every public recommendation, held in memory as plain arrays (as
 * search engines keep "doc values"), so that the counts of any combination of filters are one pass
 * over arrays in Java — tens of milliseconds at a million recommendations, where grouping the
 * covering index in PostgreSQL takes seconds.
 *
 * <p>A copy is only used while it is exact: it is built for the search generation (V43) read
 * before it, when no change to recommendations was in flight (V97), and answers only requests that
 * read the same generation. After a change, the copy reads again just the recommendations changed
 * since it was made (V99) and requests wait for that (a fraction of a second, {@link #update});
 * when that cannot be done row by row, requests count in the database (as without the index)
 * until a new copy is built in the background, at most one at a time and not more often than
 * {@code rightstrack.search.facet-index.min-rebuild-seconds} (and not more often than every three
 * build times, so that building never takes more than a quarter of a core). The copy also holds
 * the lexemes of every search vector ({@link LexemeIndex}): the rows a text query's words match are
 * found in memory and every facet is counted from the copy, with no statement at all. A query with
 * a phrase asks the database once for the ids of its matches (one statement, whatever filters are
 * set), kept as a bit per row under the same generations as other cached results, so narrowing or
 * widening it by any filter costs nothing more. Searches that include unpublished rows or ask for
 * changes since a time count in the database. The copy also chooses the ids of a page newest or
 * oldest first, with or without words, and by relevance, ranked as PostgreSQL's ts_rank ranks
 * (except phrases and prefixes, which the database ranks).
 */
@Component
class FacetIndex {

	private static final Log log = LogFactory.getLog(FacetIndex.class);

	private static final String PUBLIC = "r.published AND NOT r.archived AND r.document_public";

	private final NamedParameterJdbcTemplate streaming;

	private final DataGenerations generations;

	private final boolean enabled;

	private final long minRebuildMillis;

	private volatile Snapshot snapshot;

	private final AtomicBoolean building = new AtomicBoolean();

	/** Text matches at most 125 KB each at a million rows (a bit per row): a dozen megabytes. */
	private static final int TEXT_MATCH_ENTRIES = 100;

	/** The rows (bits by position in the copy) that a text query matches, by text query. */
	private final GenerationCache<String, long[]> textMatches;

	/** How many times the ids of a text query's matches were read from the database (tests). */
	final AtomicLong textMatchReads = new AtomicLong();

	private volatile long lastBuildStarted;

	FacetIndex(DataSource dataSource, DataGenerations generations,
			@Value("${rightstrack.search.facet-index.enabled:true}") boolean enabled,
			@Value("${rightstrack.search.facet-index.min-rebuild-seconds:10}") int minRebuildSeconds,
			@Value("${rightstrack.search.facet-cache-seconds:3600}") int cacheSeconds,
			@Value("${rightstrack.search.facet-index.wait-millis:2000}") long waitMillis) {
		this.waitMillis = waitMillis;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(10_000);
		this.streaming = new NamedParameterJdbcTemplate(template);
		this.generations = generations;
		this.enabled = enabled;
		this.minRebuildMillis = minRebuildSeconds * 1000L;
		this.textMatches = new GenerationCache<>(cacheSeconds * 1000L, TEXT_MATCH_ENTRIES, generations);
	}

	@EventListener(ApplicationReadyEvent.class)
	void buildWhenReady() {
		if (enabled) {
			rebuildInBackground();
		}
	}

	/**
	 * The counts for the query from the in-memory copy, or null when the copy cannot answer it (no
	 * copy of the query's generation, unpublished rows asked for, a "since" filter); a copy of an
	 * older generation starts a rebuild.
	 */
	RawCounts count(RecommendationSearch.Query query) {
		if (!enabled || !PUBLIC.equals(query.visibility) || query.params.containsKey("since")) {
			return null;
		}
		Snapshot current = current(query);
		if (current == null) {
			return null;
		}
		return current.count(Filters.of(query), matches(current, query));
	}

	/**
	 * The copy at the query's generation; when it is older, starts bringing it up to date and, while
	 * the changed rows are being applied (a fraction of a second), waits for that at most
	 * {@link #waitMillis} rather than have the database answer (after a change, many requests
	 * would otherwise all count in PostgreSQL at once). Null when there is no such copy in time.
	 */
	private Snapshot current(RecommendationSearch.Query query) {
		long generation = query.generations.search();
		Snapshot current = snapshot;
		if (current != null && current.generation == generation) {
			return current;
		}
		rebuildInBackground();
		long deadline = System.nanoTime() + waitMillis * 1_000_000L;
		synchronized (installed) {
			while (updating) {
				current = snapshot;
				if (current != null && current.generation == generation) {
					return current;
				}
				long left = (deadline - System.nanoTime()) / 1_000_000L;
				if (left <= 0) {
					return null;
				}
				try {
					installed.wait(left);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return null;
				}
			}
		}
		current = snapshot;
		return current != null && current.generation == generation ? current : null;
	}

	/** Notified when a copy is installed or an update ends. */
	private final Object installed = new Object();

	/** Whether the rows changed since the copy are being applied now. */
	private volatile boolean updating;

	/** How long a request waits for the changed rows to be applied (tests set 0). */
	volatile long waitMillis;

	/** When the last update was started (tests reset it to start one at once). */
	volatile long lastUpdateStarted;

	/** The rows the query's words match as bits by position in the copy, or null (all rows) without words. */
	private long[] matches(Snapshot current, RecommendationSearch.Query query) {
		if (query.tsquery == null) {
			return null;
		}
		if (query.matchedIn == current) {
			return query.matched;
		}
		long[] matched = current.lexemes.matches(query.tsquery);
		if (matched == null) {
			// a phrase: the database finds the rows; positions depend only on the public rows of the
			// generation, the same in every copy built at it
			matched = textMatches.get(query.tsquery, query.generations, () -> {
				textMatchReads.incrementAndGet();
				return current.matches(streaming, query.tsquery);
			});
		}
		query.matchedIn = current;
		query.matched = matched;
		return matched;
	}

	/** Pages further than this are left to the database (a heap of this many rows is kept while choosing). */
	static final int MAX_PAGE_END = 10_000;

	/**
	 * The ids of one page of the matches, chosen from the in-memory copy: newest or oldest first (no
	 * walk along a date index past rows that do not match, no sort of every text match), or by
	 * relevance when the lexeme index ranks the words exactly as ts_rank does (no read of every
	 * match's vector); null when the copy cannot answer (order by country, words it cannot rank, a
	 * page far down, no copy of the query's generation).
	 */
	long[] page(RecommendationSearch.Query query, long offset, int size, SearchSort sort) {
		if (!enabled || !PUBLIC.equals(query.visibility) || query.params.containsKey("since")
				|| sort == SearchSort.COUNTRY || sort == SearchSort.RELEVANCE && query.tsquery == null
				|| offset + size > MAX_PAGE_END) {
			return null;
		}
		Snapshot current = current(query);
		if (current == null) {
			return null;
		}
		long[] matches = matches(current, query);
		float[] ranks = null;
		if (sort == SearchSort.RELEVANCE) {
			ranks = current.lexemes.rank(query.tsquery, matches);
			if (ranks == null) {
				return null;
			}
		}
		return current.page(Filters.of(query), matches, ranks, (int) offset, size, sort != SearchSort.OLDEST);
	}

	/**
	 * The ids of every row that passes the query's words and filters, from the in-memory copy, when
	 * there are at most {@code max} of them (so that the database ranks just those rows instead of
	 * intersecting a long index list with the filters); null when there are more or the copy cannot
	 * answer.
	 */
	long[] matchingIds(RecommendationSearch.Query query, int max) {
		if (!enabled || query.tsquery == null || !PUBLIC.equals(query.visibility) || query.params.containsKey("since")) {
			return null;
		}
		Snapshot current = current(query);
		if (current == null) {
			return null;
		}
		return current.ids(Filters.of(query), matches(current, query), max);
	}

	/** The ids of the rows the query's words match as the lexeme index finds them, or null when it cannot (tests). */
	long[] lexemeMatchIds(RecommendationSearch.Query query) {
		Snapshot current = snapshot;
		if (current == null || query.tsquery == null || current.generation != query.generations.search()) {
			return null;
		}
		long[] bits = current.lexemes.matches(query.tsquery);
		return bits == null ? null : current.ids(new Filters(new Facet[0], new Test[0]), bits, Integer.MAX_VALUE);
	}

	/** ts_rank of every row the query's words match, by id, as the lexeme index computes it, or null when it cannot (tests). */
	Map<Long, Float> lexemeRanks(RecommendationSearch.Query query) {
		Snapshot current = snapshot;
		if (current == null || query.tsquery == null || current.generation != query.generations.search()) {
			return null;
		}
		long[] bits = current.lexemes.matches(query.tsquery);
		float[] ranks = bits == null ? null : current.lexemes.rank(query.tsquery, bits);
		if (ranks == null) {
			return null;
		}
		Map<Long, Float> byId = new HashMap<>();
		for (int i = current.next(bits, 0); i >= 0; i = current.next(bits, i + 1)) {
			byId.put(current.ids[i], ranks[i]);
		}
		return byId;
	}

	/** Builds a copy now, in this thread (tests; the application builds in the background). */
	boolean rebuild() {
		DataGenerations.Generations read = generations.read();
		// the change numbers before the settledness check: every number up to it is then committed (V99)
		long seq = lastChange();
		if (!generations.settled()) {
			return false;
		}
		snapshot = Snapshot.load(streaming, read.search(), seq);
		prune(seq);
		return true;
	}

	/** Deletes the recorded changes that this copy contains and that are older than an hour. */
	private void prune(long applied) {
		streaming.update("""
				DELETE FROM recommendation_change WHERE seq <= :applied AND changed_at < now() - interval '1 hour'""",
				Map.of("applied", applied));
	}

	/** At most this many changed rows are applied to a copy; after more, it is built anew. */
	static final int MAX_CHANGED_ROWS = 1_000;

	/** What {@link #update} did. */
	enum Update {
		/** Not settled (a writer in flight): nothing done. */
		NOT_SETTLED,
		/** The copy already was of the current generation. */
		CURRENT,
		/** The rows changed since the copy were applied to it. */
		APPLIED,
		/** The change cannot be applied row by row (too many rows, a row left the public ones, ...): a full build is needed. */
		NEEDS_BUILD
	}

	/**
	 * Brings the copy to the current generation by reading again just the recommendations changed
	 * since it was made (V99), in this thread.
	 */
	Update update() {
		Snapshot current = snapshot;
		if (current == null) {
			return Update.NEEDS_BUILD;
		}
		DataGenerations.Generations read = generations.read();
		long seq = lastChange();
		if (!generations.settled()) {
			return Update.NOT_SETTLED;
		}
		if (read.search() == current.generation) {
			return Update.CURRENT;
		}
		// changes this copy has not applied may have been deleted (older than an hour: see prune)
		Long oldest = streaming.getJdbcTemplate().queryForObject("SELECT min(seq) FROM recommendation_change", Long.class);
		if (oldest != null && oldest > current.changeSeq + 1) {
			return Update.NEEDS_BUILD;
		}
		List<Long> changed = new ArrayList<>();
		boolean[] unlisted = { false };
		streaming.query("""
				SELECT DISTINCT recommendation_id FROM recommendation_change WHERE seq > :from AND seq <= :to
				ORDER BY recommendation_id NULLS FIRST LIMIT :limit""",
				Map.of("from", current.changeSeq, "to", seq, "limit", MAX_CHANGED_ROWS + 1), (ResultSet rs) -> {
					long id = rs.getLong(1);
					if (rs.wasNull()) {
						unlisted[0] = true;
					}
					else {
						changed.add(id);
					}
				});
		if (unlisted[0] || changed.size() > MAX_CHANGED_ROWS) {
			return Update.NEEDS_BUILD;
		}
		Snapshot next = current.withChanges(streaming, changed.stream().mapToLong(Long::longValue).toArray(), read.search(), seq);
		if (next == null) {
			return Update.NEEDS_BUILD;
		}
		snapshot = next;
		synchronized (installed) {
			installed.notifyAll();
		}
		prune(seq);
		return Update.APPLIED;
	}

	private long lastChange() {
		return streaming.getJdbcTemplate().queryForObject("SELECT coalesce(max(seq), 0) FROM recommendation_change", Long.class);
	}

	/** How long the last build took: the next one starts at least three times that later. */
	private volatile long lastBuildMillis;

	private void rebuildInBackground() {
		long now = System.currentTimeMillis();
		boolean full = now - lastBuildStarted >= Math.max(minRebuildMillis, 3 * lastBuildMillis);
		// the rows changed since the copy are applied at most once a second; a full build as before
		boolean incremental = snapshot != null && now - lastUpdateStarted >= 1000;
		if (!(full || incremental) || !building.compareAndSet(false, true)) {
			return;
		}
		if (incremental) {
			updating = true;
			lastUpdateStarted = now;
		}
		Thread.ofVirtual().name("facet-index").start(() -> {
			try {
				long started = System.nanoTime();
				if (incremental) {
					Update update;
					try {
						update = update();
					}
					finally {
						updating = false;
						synchronized (installed) {
							installed.notifyAll();
						}
					}
					if (update == Update.APPLIED) {
						Snapshot built = snapshot;
						log.info("Facet index brought to search generation " + built.generation + " in "
								+ (System.nanoTime() - started) / 1_000_000 + " ms (rows changed since the last copy read again)");
					}
					if (update != Update.NEEDS_BUILD || !full) {
						return;
					}
					started = System.nanoTime();
				}
				lastBuildStarted = now;
				if (rebuild()) {
					Snapshot built = snapshot;
					lastBuildMillis = (System.nanoTime() - started) / 1_000_000;
					log.info("Facet index of " + built.size + " public recommendations and " + built.lexemes.lexemes()
							+ " lexemes (" + built.lexemes.sequences() + " kinds of weight sequence) built in "
							+ lastBuildMillis + " ms (search generation " + built.generation + ")");
				}
			}
			catch (RuntimeException ex) {
				log.warn("Facet index not built; searches count in the database", ex);
			}
			finally {
				building.set(false);
			}
		});
	}

	// ---------------------------------------------------------------------------------------------

	/** The filters of a query as tests on the arrays, one per facet whose filter is set. */
	record Filters(Facet[] facets, Test[] tests) {

		static Filters of(RecommendationSearch.Query query) {
			List<Facet> facets = new ArrayList<>();
			List<Test> tests = new ArrayList<>();
			for (Facet facet : query.clauses.keySet()) {
				facets.add(facet);
				tests.add(test(facet, query));
			}
			return new Filters(facets.toArray(Facet[]::new), tests.toArray(Test[]::new));
		}

		private static Test test(Facet facet, RecommendationSearch.Query query) {
			Object param = query.params.get("p_" + facet.name().toLowerCase(java.util.Locale.ROOT));
			return switch (facet) {
				case COUNTRY, GROUP, REGION -> in((s, i) -> s.country[i], longs(param));
				case KIND, MECHANISM, TREATY -> in((s, i) -> s.mechanism[i], longs(param));
				case DOCUMENT -> in((s, i) -> s.document[i], longs(param));
				case CYCLE -> in((s, i) -> s.cycle[i], longs(param));
				case SESSION -> in((s, i) -> s.session[i], longs(param));
				case ACTION_CATEGORY -> in((s, i) -> s.actionCategory[i], longs(param));
				case THEME -> overlaps(Dimension.THEME, longs(param));
				case AFFECTED -> overlaps(Dimension.AFFECTED, longs(param));
				case SDG -> overlaps(Dimension.SDG, longs(param));
				case RECOMMENDING_STATE -> overlaps(Dimension.RECOMMENDING_STATE, longs(param));
				case RESPONSE -> words((s, i) -> s.response[i], Snapshot.RESPONSES, param);
				case STATUS -> words((s, i) -> s.status[i], Snapshot.STATUSES, param);
				case CIVIL_SOCIETY_STATUS -> words((s, i) -> s.civilSocietyStatus[i], Snapshot.STATUSES, param);
				case YEAR -> {
					LocalDate from = (LocalDate) query.params.get("fromDate");
					LocalDate to = (LocalDate) query.params.get("toDate");
					int low = from == null ? Integer.MIN_VALUE + 1 : (int) from.toEpochDay();
					int high = to == null ? Integer.MAX_VALUE : (int) to.toEpochDay();
					yield (s, i) -> s.day[i] != Snapshot.NONE && s.day[i] >= low && s.day[i] <= high;
				}
				case ACTIONS -> {
					boolean wanted = !query.clauses.get(facet).startsWith("NOT");
					yield (s, i) -> s.hasActions[i] == wanted;
				}
			};
		}

		private static long[] longs(Object param) {
			return ((Collection<?>) param).stream().mapToLong(v -> ((Number) v).longValue()).toArray();
		}

		private static Test in(Column column, long[] values) {
			long[] sorted = values.clone();
			Arrays.sort(sorted);
			return (s, i) -> {
				int v = column.get(s, i);
				return v != Snapshot.NONE && Arrays.binarySearch(sorted, v) >= 0;
			};
		}

		private static Test words(Column column, List<String> dictionary, Object param) {
			boolean[] wanted = new boolean[dictionary.size()];
			for (Object value : (Collection<?>) param) {
				int code = dictionary.indexOf(String.valueOf(value));
				if (code >= 0) {
					wanted[code] = true;
				}
			}
			return (s, i) -> {
				int v = column.get(s, i);
				return v != Snapshot.NONE && wanted[v];
			};
		}

		private static Test overlaps(Dimension dimension, long[] values) {
			long[] sorted = values.clone();
			Arrays.sort(sorted);
			return (s, i) -> {
				int[] offsets = s.offsets.get(dimension);
				int[] elements = s.elements.get(dimension);
				for (int k = offsets[i]; k < offsets[i + 1]; k++) {
					if (Arrays.binarySearch(sorted, elements[k]) >= 0) {
						return true;
					}
				}
				return false;
			};
		}

	}

	@FunctionalInterface
	interface Test {

		boolean passes(Snapshot s, int row);

	}

	@FunctionalInterface
	interface Column {

		int get(Snapshot s, int row);

	}

	/** The facet columns of the public recommendations of one search generation, row by row in id order. */
	static final class Snapshot {

		static final int NONE = Integer.MIN_VALUE;

		static final List<String> RESPONSES = List.of("SUPPORTED", "NOTED", "PENDING");

		static final List<String> STATUSES = Arrays.stream(org.rightstrack.recommendation.ImplementationStatus.values())
			.map(Enum::name)
			.toList();

		static final Dimension[] ARRAYS = { Dimension.THEME, Dimension.AFFECTED, Dimension.SDG, Dimension.RECOMMENDING_STATE };

		final long generation;

		final int size;

		final long[] ids;

		final int[] country;

		final int[] mechanism;

		final int[] document;

		final int[] cycle;

		final int[] session;

		final int[] response;

		final int[] actionCategory;

		final int[] status;

		final int[] civilSocietyStatus;

		final int[] day;

		final int[] year;

		final boolean[] hasActions;

		final Map<Dimension, int[]> offsets = new EnumMap<>(Dimension.class);

		final Map<Dimension, int[]> elements = new EnumMap<>(Dimension.class);

		/** The rows of each lexeme of the search vectors. */
		LexemeIndex lexemes;

		private Snapshot(long generation, int size) {
			this.generation = generation;
			this.size = size;
			ids = new long[size];
			country = new int[size];
			mechanism = new int[size];
			document = new int[size];
			cycle = new int[size];
			session = new int[size];
			response = new int[size];
			actionCategory = new int[size];
			status = new int[size];
			civilSocietyStatus = new int[size];
			day = new int[size];
			year = new int[size];
			hasActions = new boolean[size];
		}

		/** The largest number of recommendation_change (V99) whose change this copy contains. */
		long changeSeq;

		/** A copy of {@code base} for a later generation at which none of its rows changed: the arrays are shared. */
		private Snapshot(Snapshot base, long generation, long changeSeq) {
			this.generation = generation;
			this.size = base.size;
			ids = base.ids;
			country = base.country;
			mechanism = base.mechanism;
			document = base.document;
			cycle = base.cycle;
			session = base.session;
			response = base.response;
			actionCategory = base.actionCategory;
			status = base.status;
			civilSocietyStatus = base.civilSocietyStatus;
			day = base.day;
			year = base.year;
			hasActions = base.hasActions;
			offsets.putAll(base.offsets);
			elements.putAll(base.elements);
			lexemes = base.lexemes;
			this.changeSeq = changeSeq;
		}

		/** The columns of one int per row. */
		private int[][] columns() {
			return new int[][] { country, mechanism, document, cycle, session, response, actionCategory, status, civilSocietyStatus,
					day, year };
		}

		private static final String COLUMNS = """
				SELECT r.id, r.country_id, r.mechanism_id, r.document_id, r.upr_cycle, r.session, r.upr_response,
				       r.upr_action_category, r.implementation_status, r.civil_society_status, r.published_on,
				       r.has_actions, r.theme_ids, r.affected_group_ids, r.sdg_goals, r.recommending_state_ids,
				       r.search_vector::text
				FROM recommendation r WHERE\s""" + PUBLIC;

		static Snapshot load(NamedParameterJdbcTemplate jdbc, long generation, long changeSeq) {
			int size = jdbc.getJdbcTemplate()
				.queryForObject("SELECT count(*) FROM recommendation r WHERE " + PUBLIC, Integer.class);
			Snapshot s = new Snapshot(generation, size);
			LexemeIndex.Builder lexemes = new LexemeIndex.Builder();
			// a snapshot may have grown since the count (a concurrent insert): only the first rows are kept
			int rows = s.read(jdbc, " ORDER BY r.id", Map.of(), (vector, row) -> lexemes.vector(row, vector));
			if (rows < size) {
				throw new IllegalStateException("public recommendations changed while the facet index was read");
			}
			s.lexemes = lexemes.build(size);
			s.changeSeq = changeSeq;
			return s;
		}

		/**
		 * Reads the public rows that {@code more} selects (after the visibility condition) into this
		 * copy's arrays from row 0 on, at most as many as it has room for; each row's search vector
		 * goes to {@code vectors}. Returns the number of rows read.
		 */
		private int read(NamedParameterJdbcTemplate jdbc, String more, Map<String, ?> params, java.util.function.ObjIntConsumer<String> vectors) {
			Map<Dimension, IntList> arrays = new EnumMap<>(Dimension.class);
			for (Dimension d : ARRAYS) {
				arrays.put(d, new IntList(size * 2));
				offsets.put(d, new int[size + 1]);
			}
			int[] row = { 0 };
			jdbc.query(COLUMNS + more, params, (ResultSet rs) -> {
				int i = row[0];
				if (i >= size) {
					return;
				}
				ids[i] = rs.getLong(1);
				country[i] = integer(rs, 2);
				mechanism[i] = integer(rs, 3);
				document[i] = integer(rs, 4);
				cycle[i] = integer(rs, 5);
				session[i] = integer(rs, 6);
				response[i] = code(RESPONSES, rs.getString(7));
				actionCategory[i] = integer(rs, 8);
				status[i] = code(STATUSES, rs.getString(9));
				civilSocietyStatus[i] = code(STATUSES, rs.getString(10));
				java.sql.Date published = rs.getDate(11);
				day[i] = published == null ? NONE : (int) published.toLocalDate().toEpochDay();
				year[i] = published == null ? NONE : published.toLocalDate().getYear();
				hasActions[i] = rs.getBoolean(12);
				for (int k = 0; k < ARRAYS.length; k++) {
					Dimension d = ARRAYS[k];
					IntList list = arrays.get(d);
					Array array = rs.getArray(13 + k);
					if (array != null) {
						for (Object element : (Object[]) array.getArray()) {
							if (element != null) {
								list.add(((Number) element).intValue());
							}
						}
					}
					offsets.get(d)[i + 1] = list.size;
				}
				String vector = rs.getString(17);
				if (vector != null) {
					vectors.accept(vector, i);
				}
				row[0] = i + 1;
			});
			arrays.forEach((d, list) -> elements.put(d, list.toArray()));
			return row[0];
		}

		/**
		 * This copy with the rows {@code changed} (ids, sorted) read again from the database, for a
		 * later generation: rows that changed are replaced, rows that became public with an id above
		 * every id of the copy are appended. Null when the copy cannot be updated so (a row left the
		 * public rows, or one with a smaller id joined them): then it is built anew.
		 */
		Snapshot withChanges(NamedParameterJdbcTemplate jdbc, long[] changed, long generation, long seq) {
			if (changed.length == 0) {
				return new Snapshot(this, generation, seq);
			}
			Snapshot fresh = new Snapshot(generation, changed.length);
			String[] vectors = new String[changed.length];
			int k = fresh.read(jdbc, " AND r.id = ANY (CAST(:ids AS bigint[])) ORDER BY r.id", Map.of("ids", changed),
					(vector, row) -> vectors[row] = vector);
			long maxId = size == 0 ? Long.MIN_VALUE : ids[size - 1];
			int[] position = new int[k];
			int appended = 0;
			for (int j = 0; j < k; j++) {
				int i = Arrays.binarySearch(ids, fresh.ids[j]);
				if (i >= 0) {
					position[j] = i;
				}
				else if (fresh.ids[j] > maxId) {
					position[j] = size + appended++;
				}
				else {
					return null;
				}
			}
			for (long id : changed) {
				if (Arrays.binarySearch(ids, id) >= 0 && Arrays.binarySearch(fresh.ids, 0, k, id) < 0) {
					return null;
				}
			}
			int newSize = size + appended;
			Snapshot next = new Snapshot(generation, newSize);
			System.arraycopy(ids, 0, next.ids, 0, size);
			int[][] from = columns();
			int[][] to = next.columns();
			int[][] changes = fresh.columns();
			for (int c = 0; c < from.length; c++) {
				System.arraycopy(from[c], 0, to[c], 0, size);
				for (int j = 0; j < k; j++) {
					to[c][position[j]] = changes[c][j];
				}
			}
			System.arraycopy(hasActions, 0, next.hasActions, 0, size);
			for (int j = 0; j < k; j++) {
				next.ids[position[j]] = fresh.ids[j];
				next.hasActions[position[j]] = fresh.hasActions[j];
			}
			// the rows' element lists, old or new, one after the other (positions rise with j)
			for (Dimension d : ARRAYS) {
				int[] oldOffsets = offsets.get(d);
				int[] oldElements = elements.get(d);
				int[] freshOffsets = fresh.offsets.get(d);
				int[] freshElements = fresh.elements.get(d);
				int[] newOffsets = new int[newSize + 1];
				IntList list = new IntList(oldElements.length + freshElements.length);
				int j = 0;
				for (int row = 0; row < newSize; row++) {
					if (j < k && position[j] == row) {
						for (int e = freshOffsets[j]; e < freshOffsets[j + 1]; e++) {
							list.add(freshElements[e]);
						}
						j++;
					}
					else {
						for (int e = oldOffsets[row]; e < oldOffsets[row + 1]; e++) {
							list.add(oldElements[e]);
						}
					}
					newOffsets[row + 1] = list.size;
				}
				next.offsets.put(d, newOffsets);
				next.elements.put(d, list.toArray());
			}
			// rows of the copy that changed but are gone from the public rows were refused above; those
			// still public get their new lexemes (or none, without a vector)
			next.lexemes = lexemes.withChanges(position, Arrays.copyOf(vectors, k), newSize);
			next.changeSeq = seq;
			return next;
		}

		private static int integer(ResultSet rs, int column) throws SQLException {
			long value = rs.getLong(column);
			return rs.wasNull() ? NONE : (int) value;
		}

		private static int code(List<String> dictionary, String value) {
			if (value == null) {
				return NONE;
			}
			int code = dictionary.indexOf(value);
			if (code < 0) {
				throw new IllegalStateException("unknown value " + value);
			}
			return code;
		}

		/**
		 * The ids of rows {@code offset .. offset + size} of the rows passing every filter, ordered by
		 * publication date then id (newest: both descending; oldest: both ascending; no date last),
		 * as the database orders them; with {@code ranks}, by rank (highest first) and then newest.
		 */
		long[] page(Filters filters, long[] matches, float[] ranks, int offset, int size, boolean newest) {
			int end = offset + size;
			// the heap's head is the worst row kept, so that a better one replaces it
			java.util.Comparator<Integer> order = (a, b) -> compare(a, b, ranks, newest);
			java.util.PriorityQueue<Integer> best = new java.util.PriorityQueue<>(end + 1, order.reversed());
			Test[] tests = filters.tests();
			rows: for (int i = next(matches, 0); i >= 0; i = next(matches, i + 1)) {
				for (Test test : tests) {
					if (!test.passes(this, i)) {
						continue rows;
					}
				}
				if (best.size() < end) {
					best.add(i);
				}
				else if (compare(i, best.peek(), ranks, newest) < 0) {
					best.poll();
					best.add(i);
				}
			}
			List<Integer> kept = new ArrayList<>(best);
			kept.sort(order);
			return kept.subList(Math.min(offset, kept.size()), kept.size()).stream().mapToLong(i -> ids[i]).toArray();
		}

		private int compare(int a, int b, float[] ranks, boolean newest) {
			if (ranks != null && ranks[a] != ranks[b]) {
				return ranks[a] > ranks[b] ? -1 : 1;
			}
			return compare(a, b, newest);
		}

		/** Negative when row a comes before row b. */
		private int compare(int a, int b, boolean newest) {
			int da = day[a];
			int db = day[b];
			if (da != db) {
				if (da == NONE) {
					return 1;
				}
				if (db == NONE) {
					return -1;
				}
				return newest ? Integer.compare(db, da) : Integer.compare(da, db);
			}
			return newest ? Long.compare(ids[b], ids[a]) : Long.compare(ids[a], ids[b]);
		}

		/** The ids of the matching rows that pass every filter, or null when there are more than {@code max}. */
		long[] ids(Filters filters, long[] matches, int max) {
			long[] found = new long[Math.min(max, 1024)];
			int n = 0;
			Test[] tests = filters.tests();
			rows: for (int i = next(matches, 0); i >= 0; i = next(matches, i + 1)) {
				for (Test test : tests) {
					if (!test.passes(this, i)) {
						continue rows;
					}
				}
				if (n == max) {
					return null;
				}
				if (n == found.length) {
					found = Arrays.copyOf(found, Math.min(max, found.length * 2));
				}
				found[n++] = ids[i];
			}
			return Arrays.copyOf(found, n);
		}

		/** The first row from {@code from} on that is among the matches (every row when null), or -1. */
		int next(long[] matches, int from) {
			if (from >= size) {
				return -1;
			}
			if (matches == null) {
				return from;
			}
			int word = from >>> 6;
			long bits = matches[word] & (-1L << from);
			while (bits == 0) {
				if (++word == matches.length) {
					return -1;
				}
				bits = matches[word];
			}
			int row = (word << 6) + Long.numberOfTrailingZeros(bits);
			return row < size ? row : -1;
		}

		/**
		 * The rows matching a text query (in the public rows of this copy's generation), as bits by
		 * position: one statement, its ids placed by binary search in the sorted ids of the copy.
		 */
		long[] matches(NamedParameterJdbcTemplate jdbc, String tsquery) {
			long[] bits = new long[(size + 63) >>> 6];
			jdbc.query("SELECT r.id FROM recommendation r WHERE " + PUBLIC + " AND r.search_vector @@ CAST(:tsq AS tsquery)",
					Map.of("tsq", tsquery), (ResultSet rs) -> {
						int i = Arrays.binarySearch(ids, rs.getLong(1));
						// a row made public by a transaction that committed after this copy's generation was read
						if (i >= 0) {
							bits[i >>> 6] |= 1L << i;
						}
					});
			return bits;
		}

		/**
		 * One pass over the rows (all, or the matches of a text query): a row that passes every filter
		 * counts for the total and for every facet; a row that fails exactly one filter counts for that
		 * filter's facet.
		 */
		RawCounts count(Filters filters, long[] matches) {
			Facet[] facets = filters.facets();
			Test[] tests = filters.tests();
			List<Dimension> unfiltered = new ArrayList<>();
			for (Facet facet : Facet.values()) {
				if (!Arrays.asList(facets).contains(facet) && !unfiltered.contains(facet.dimension)) {
					unfiltered.add(facet.dimension);
				}
			}
			Counter all = new Counter(unfiltered);
			Counter[] own = new Counter[facets.length];
			for (int f = 0; f < facets.length; f++) {
				own[f] = new Counter(List.of(facets[f].dimension));
			}
			// first which rows pass every filter and which fail just one, as bits; then each counter
			// counts its rows column by column (a tight loop per column instead of every column per row)
			long[] passing = matches;
			long[][] failedOnly = new long[facets.length][];
			if (tests.length > 0) {
				passing = new long[(size + 63) >>> 6];
				for (int f = 0; f < facets.length; f++) {
					failedOnly[f] = new long[passing.length];
				}
				for (int i = next(matches, 0); i >= 0; i = next(matches, i + 1)) {
					int failed = -1;
					boolean twice = false;
					for (int f = 0; f < tests.length; f++) {
						if (!tests[f].passes(this, i)) {
							if (failed >= 0) {
								twice = true;
								break;
							}
							failed = f;
						}
					}
					if (twice) {
						continue;
					}
					long[] target = failed < 0 ? passing : failedOnly[failed];
					target[i >>> 6] |= 1L << i;
				}
			}
			long total = 0;
			if (passing == null) {
				total = size;
			}
			else {
				for (long word : passing) {
					total += Long.bitCount(word);
				}
			}
			all.add(this, passing);
			for (int f = 0; f < facets.length; f++) {
				own[f].add(this, passing);
				own[f].add(this, failedOnly[f]);
			}
			Map<Facet, Map<Dimension, Map<String, Long>>> byVariant = new HashMap<>();
			byVariant.put(null, all.result());
			for (int f = 0; f < facets.length; f++) {
				byVariant.put(facets[f], own[f].result());
			}
			return new RawCounts(total, byVariant);
		}

	}

	/** Counts of the values of some dimensions, in arrays indexed by the value (ids and codes are small). */
	private static final class Counter {

		private final Dimension[] dimensions;

		private final long[][] counts;

		Counter(List<Dimension> dimensions) {
			this.dimensions = dimensions.toArray(Dimension[]::new);
			this.counts = new long[this.dimensions.length][];
			Arrays.setAll(counts, k -> new long[64]);
		}

		/** Counts the rows of {@code rows} (bits by position; every row when null). */
		void add(Snapshot s, long[] rows) {
			for (int k = 0; k < dimensions.length; k++) {
				Dimension d = dimensions[k];
				switch (d) {
					case THEME, AFFECTED, SDG, RECOMMENDING_STATE -> addElements(k, s.offsets.get(d), s.elements.get(d), rows, s.size);
					case ACTIONS -> addFlags(k, s.hasActions, rows, s.size);
					default -> addValues(k, column(s, d), rows, s.size);
				}
			}
		}

		private void addValues(int k, int[] column, long[] rows, int size) {
			long[] c = counts[k];
			if (rows == null) {
				for (int i = 0; i < size; i++) {
					int v = column[i];
					if (v >= 0) {
						if (v >= c.length) {
							c = counts[k] = Arrays.copyOf(c, Math.max(v + 1, c.length * 2));
						}
						c[v]++;
					}
				}
				return;
			}
			for (int w = 0; w < rows.length; w++) {
				for (long bits = rows[w]; bits != 0; bits &= bits - 1) {
					int v = column[(w << 6) + Long.numberOfTrailingZeros(bits)];
					if (v >= 0) {
						if (v >= c.length) {
							c = counts[k] = Arrays.copyOf(c, Math.max(v + 1, c.length * 2));
						}
						c[v]++;
					}
				}
			}
		}

		private void addElements(int k, int[] offsets, int[] elements, long[] rows, int size) {
			if (rows == null) {
				for (int e = 0; e < offsets[size]; e++) {
					increment(k, elements[e]);
				}
				return;
			}
			for (int w = 0; w < rows.length; w++) {
				for (long bits = rows[w]; bits != 0; bits &= bits - 1) {
					int i = (w << 6) + Long.numberOfTrailingZeros(bits);
					for (int e = offsets[i]; e < offsets[i + 1]; e++) {
						increment(k, elements[e]);
					}
				}
			}
		}

		private void addFlags(int k, boolean[] flags, long[] rows, int size) {
			long yes = 0;
			long count = 0;
			if (rows == null) {
				for (int i = 0; i < size; i++) {
					yes += flags[i] ? 1 : 0;
				}
				count = size;
			}
			else {
				for (int w = 0; w < rows.length; w++) {
					for (long bits = rows[w]; bits != 0; bits &= bits - 1) {
						yes += flags[(w << 6) + Long.numberOfTrailingZeros(bits)] ? 1 : 0;
						count++;
					}
				}
			}
			if (count - yes > 0) {
				increment(k, 0, count - yes);
			}
			if (yes > 0) {
				increment(k, 1, yes);
			}
		}

		private void increment(int k, int v) {
			increment(k, v, 1);
		}

		private void increment(int k, int v, long n) {
			if (v < 0) {
				return;
			}
			long[] c = counts[k];
			if (v >= c.length) {
				c = counts[k] = Arrays.copyOf(c, Math.max(v + 1, c.length * 2));
			}
			c[v] += n;
		}

		private static int[] column(Snapshot s, Dimension d) {
			return switch (d) {
				case COUNTRY -> s.country;
				case MECHANISM -> s.mechanism;
				case DOCUMENT -> s.document;
				case CYCLE -> s.cycle;
				case SESSION -> s.session;
				case RESPONSE -> s.response;
				case ACTION_CATEGORY -> s.actionCategory;
				case STATUS -> s.status;
				case CIVIL_SOCIETY_STATUS -> s.civilSocietyStatus;
				case YEAR -> s.year;
				default -> throw new IllegalArgumentException(d.name());
			};
		}

		/** The counts as the database writes the values as text. */
		Map<Dimension, Map<String, Long>> result() {
			Map<Dimension, Map<String, Long>> result = new EnumMap<>(Dimension.class);
			for (int k = 0; k < dimensions.length; k++) {
				Map<String, Long> values = new HashMap<>();
				long[] c = counts[k];
				for (int v = 0; v < c.length; v++) {
					if (c[v] > 0) {
						values.put(text(dimensions[k], v), c[v]);
					}
				}
				if (!values.isEmpty()) {
					result.put(dimensions[k], values);
				}
			}
			return result;
		}

		private static String text(Dimension d, int v) {
			return switch (d) {
				case RESPONSE -> Snapshot.RESPONSES.get(v);
				case STATUS, CIVIL_SOCIETY_STATUS -> Snapshot.STATUSES.get(v);
				case ACTIONS -> v == 1 ? "true" : "false";
				default -> Integer.toString(v);
			};
		}

	}

	/** A growing int array. */
	static final class IntList {

		int[] values;

		int size;

		IntList(int capacity) {
			values = new int[Math.max(16, capacity)];
		}

		void add(int value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, values.length * 2);
			}
			values[size++] = value;
		}

		int[] toArray() {
			return Arrays.copyOf(values, size);
		}

	}

}
