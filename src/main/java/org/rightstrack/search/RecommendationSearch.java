package org.rightstrack.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import org.rightstrack.system.DataGenerations;
import org.rightstrack.system.GenerationCache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text and faceted search over recommendations, in plain SQL on the recommendation table and
 * the filter columns that migration V42 keeps on it. Used by the search page, the JSON API, and by
 * exports, feeds and bulk edits (through {@link #forEachMatchingId} and {@link #matching}).
 *
 * <p>A search costs a few statements whatever the number of facets: the text query is parsed once,
 * facet counts for every facet come from one statement (one scan per distinct set of filters: all
 * of them, and all but the facet's own for each facet whose filter is set), and the page is one
 * statement that ranks, orders and limits before it joins the document and highlights.
 */
@Service
public class RecommendationSearch {

	/** The facets, in the order pages show them; the names are also their filter parameters. */
	public static final List<String> FACETS = Arrays.stream(Facet.values()).map(f -> f.name).toList();

	private static final char START = '\u0002';

	private static final char STOP = '\u0003';

	private static final String HIGHLIGHT_ALL = "StartSel=\"" + START + "\", StopSel=\"" + STOP + "\", HighlightAll=true";

	private static final String HIGHLIGHT_FRAGMENTS = "StartSel=\"" + START + "\", StopSel=\"" + STOP
			+ "\", MaxFragments=3, MaxWords=35, MinWords=15, FragmentDelimiter=\" … \"";

	/** Texts up to this length are shown whole; longer ones as the fragments that match. */
	private static final int WHOLE_TEXT = 700;

	private static final int EXCERPT = 600;

	private static final int DOCUMENT_FACET_VALUES = 30;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate streaming;

	private final TransactionTemplate readOnly;

	private final MessageSource messages;

	private static final int CACHE_ENTRIES = 500;

	/** At most 200 pages of at most 50 hits: tens of megabytes even with long texts. */
	private static final int PAGE_CACHE_ENTRIES = 200;

	private static final int PAGE_CACHE_MAX_SIZE = 50;

	/** Facet counts by criteria and language, under the generations they were counted at. */
	private final GenerationCache<FacetKey, Counts> cache;

	private record FacetKey(SearchCriteria criteria, Locale locale) {
	}

	/** Pages of hits (names are not translated, so not by language), under the same generations. */
	private final GenerationCache<PageKey, List<RecommendationHit>> pages;

	private record PageKey(SearchCriteria criteria, int page, int size, SearchSort sort) {
	}

	private final SearchVocabularies vocabularies;

	private final FacetIndex facetIndex;

	RecommendationSearch(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
			MessageSource messages, SearchVocabularies vocabularies, DataGenerations generations, FacetIndex facetIndex,
			@Value("${rightstrack.search.facet-cache-seconds:3600}") int cacheSeconds) {
		this.cache = new GenerationCache<>(cacheSeconds * 1000L, CACHE_ENTRIES, generations);
		this.pages = new GenerationCache<>(cacheSeconds * 1000L, PAGE_CACHE_ENTRIES, generations);
		this.jdbc = jdbc;
		this.vocabularies = vocabularies;
		this.facetIndex = facetIndex;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(2_000);
		this.streaming = new NamedParameterJdbcTemplate(template);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.messages = messages;
	}

	/** One page (zero-based) of the matching recommendations, with the total but no facets. */
	public SearchResult search(SearchCriteria criteria, int page, int size, SearchSort sort) {
		Query query = prepare(criteria);
		long total = jdbc.sql("SELECT count(*) FROM recommendation r WHERE " + query.where(null))
			.params(query.params)
			.query(Long.class)
			.single();
		return new SearchResult(page(query, total, page, size, sort), total, page, size, sort.effective(criteria),
				query.notices, Map.of());
	}

	/**
	 * One page, the total and the facet counts, in three statements; the counts and the page are
	 * kept (like the counts) while nothing they come from changes, so a search many people run is
	 * answered from memory.
	 */
	public SearchResult searchWithFacets(SearchCriteria criteria, int page, int size, SearchSort sort) {
		Query query = prepare(criteria);
		Counts counts = cachedCount(criteria, query);
		List<RecommendationHit> hits = size > PAGE_CACHE_MAX_SIZE ? page(query, counts.total, page, size, sort)
				: pages.get(new PageKey(criteria, page, size, sort), query.generations,
						() -> page(query, counts.total, page, size, sort));
		return new SearchResult(hits, counts.total, page, size, sort.effective(criteria), query.notices, counts.facets);
	}

	/**
	 * For each facet ({@link #FACETS}), the values with the number of matching recommendations,
	 * counted with every filter of the criteria except the facet's own.
	 */
	public Map<String, List<FacetCount>> facets(SearchCriteria criteria) {
		return cachedCount(criteria, prepare(criteria)).facets;
	}

	/** How many recommendations match. */
	public long count(SearchCriteria criteria) {
		Query query = prepare(criteria);
		return jdbc.sql("SELECT count(*) FROM recommendation r WHERE " + query.where(null))
			.params(query.params)
			.query(Long.class)
			.single();
	}

	/** Streams the ids of every matching recommendation in id order, without holding them in memory. */
	public void forEachMatchingId(SearchCriteria criteria, LongConsumer consumer) {
		forEachMatchingId(criteria, null, consumer);
	}

	/** Streams the ids of every matching recommendation in the order of {@code sort} (id order when null). */
	public void forEachMatchingId(SearchCriteria criteria, SearchSort sort, LongConsumer consumer) {
		Query query = prepare(criteria);
		String sql;
		if (sort == null) {
			sql = "SELECT r.id FROM recommendation r WHERE " + query.where(null) + " ORDER BY r.id";
		}
		else {
			SearchSort effective = query.tsquery == null && sort == SearchSort.RELEVANCE ? SearchSort.NEWEST : sort;
			sql = "SELECT id FROM (" + ordered(query, effective) + ") o ORDER BY " + order(effective, "o.");
		}
		readOnly.executeWithoutResult(status -> streaming.query(sql, query.params, rs -> {
			consumer.accept(rs.getLong(1));
		}));
	}

	/**
	 * The SQL that selects the ids of the matching recommendations, {@code SELECT r.id FROM
	 * recommendation r WHERE ...}, with its named parameters, for callers that join more (exports):
	 * {@code jdbc.sql("WITH m AS (" + m.sql() + ") SELECT ... FROM m JOIN ...").params(m.params())}.
	 */
	public MatchingSql matching(SearchCriteria criteria) {
		Query query = prepare(criteria);
		return new MatchingSql("SELECT r.id FROM recommendation r WHERE " + query.where(null), Map.copyOf(query.params),
				query.notices);
	}

	/**
	 * @param sql selects one column, {@code id}, of the matching recommendations
	 * @param params its named parameters
	 * @param notices unknown codes and other remarks on the criteria
	 */
	public record MatchingSql(String sql, Map<String, Object> params, List<SearchCriteria.SearchError> notices) {
	}

	/** Whether the criteria name codes that exist; the returned notices say which do not. */
	public List<SearchCriteria.SearchError> check(SearchCriteria criteria) {
		return prepare(criteria).notices;
	}

	// ---------------------------------------------------------------------------------------------

	private Query prepare(SearchCriteria c) {
		SearchVocabularies.Current current = vocabularies.current();
		SearchVocabulary v = current.vocabulary();
		Query query = new Query(current);
		if (c.hasQuery()) {
			String tsquery = jdbc.sql("SELECT CASE WHEN numnode(q) = 0 THEN NULL ELSE q::text END FROM search_query(?) q")
				.param(c.q())
				.query(String.class)
				.optional()
				.orElse(null);
			if (tsquery == null) {
				query.notices.add(new SearchCriteria.SearchError("q", c.q(), "search.notice.commonWords"));
			}
			else {
				query.tsquery = tsquery;
				query.params.put("tsq", tsquery);
			}
		}
		if (!c.includeUnpublished()) {
			query.visibility = "r.published AND NOT r.archived AND r.document_public";
		}
		if (c.since() != null) {
			query.params.put("since", java.time.OffsetDateTime.ofInstant(c.since(), java.time.ZoneOffset.UTC));
		}
		query.in(Facet.COUNTRY, "r.country_id", c.countries(), code -> ids(v.countriesByAlpha3.get(code)));
		query.in(Facet.GROUP, "r.country_id", c.groups(), code -> v.membersOfGroup.containsKey(code)
				? v.membersOfGroup.get(code) : v.groups.containsKey(code) ? List.of(-1L) : null);
		query.in(Facet.REGION, "r.country_id", c.regions(), region -> v.countries.values()
			.stream()
			.filter(country -> region.name().equals(country.regionalGroup()))
			.map(SearchVocabulary.Country::id)
			.toList());
		query.in(Facet.KIND, "r.mechanism_id", c.mechanismKinds(), kind -> v.mechanisms.values()
			.stream()
			.filter(m -> kind.name().equals(m.kind()))
			.map(SearchVocabulary.Mechanism::id)
			.toList());
		query.in(Facet.MECHANISM, "r.mechanism_id", c.mechanisms(),
				code -> ids(v.mechanismsByCode.get(code.toUpperCase(Locale.ROOT))));
		query.in(Facet.TREATY, "r.mechanism_id", c.treaties(), code -> {
			SearchVocabulary.Treaty treaty = v.treaties.get(code.toUpperCase(Locale.ROOT));
			if (treaty == null) {
				return null;
			}
			return v.mechanisms.values()
				.stream()
				.filter(m -> treaty.code().equals(m.treatyCode()))
				.map(SearchVocabulary.Mechanism::id)
				.toList();
		});
		if (!c.documents().isEmpty()) {
			Map<String, Long> bySymbol = new HashMap<>();
			jdbc.sql("SELECT symbol, id FROM document WHERE symbol IN (:symbols)")
				.param("symbols", c.documents())
				.query(rs -> {
					bySymbol.put(rs.getString(1), rs.getLong(2));
				});
			query.in(Facet.DOCUMENT, "r.document_id", c.documents(), symbol -> ids(bySymbol.get(symbol)));
		}
		query.overlaps(Facet.THEME, "r.theme_ids", "bigint", c.themes(),
				code -> ids(v.themesByCode.get(code.toLowerCase(Locale.ROOT))));
		query.overlaps(Facet.AFFECTED, "r.affected_group_ids", "bigint", c.affectedGroups(),
				code -> ids(v.affectedGroupsByCode.get(code.toLowerCase(Locale.ROOT))));
		query.overlaps(Facet.SDG, "r.sdg_goals", "smallint", c.sdgGoals(), goal -> List.of(goal.longValue()));
		query.in(Facet.CYCLE, "r.upr_cycle", c.cycles(), n -> List.of(n.longValue()));
		query.in(Facet.SESSION, "r.session", c.sessions(), n -> List.of(n.longValue()));
		query.values(Facet.RESPONSE, "r.upr_response", c.responses().stream().map(Enum::name).toList());
		query.overlaps(Facet.RECOMMENDING_STATE, "r.recommending_state_ids", "bigint", c.recommendingStates(),
				code -> ids(v.countriesByAlpha3.get(code)));
		query.in(Facet.ACTION_CATEGORY, "r.upr_action_category", c.actionCategories(), n -> List.of(n.longValue()));
		query.values(Facet.STATUS, "r.implementation_status", c.statuses().stream().map(Enum::name).toList());
		query.values(Facet.CIVIL_SOCIETY_STATUS, "r.civil_society_status",
				c.civilSocietyStatuses().stream().map(Enum::name).toList());
		List<String> years = new ArrayList<>();
		if (c.from() != null) {
			query.params.put("fromDate", c.from());
			years.add("r.published_on >= :fromDate");
		}
		if (c.to() != null) {
			query.params.put("toDate", c.to());
			years.add("r.published_on <= :toDate");
		}
		if (!years.isEmpty()) {
			query.clauses.put(Facet.YEAR, String.join(" AND ", years));
		}
		if (c.hasActions() != null) {
			query.clauses.put(Facet.ACTIONS, c.hasActions() ? "r.has_actions" : "NOT r.has_actions");
		}
		return query;
	}

	private static List<Long> ids(Object entry) {
		if (entry == null) {
			return null;
		}
		return switch (entry) {
			case SearchVocabulary.Country c -> List.of(c.id());
			case SearchVocabulary.Mechanism m -> List.of(m.id());
			case SearchVocabulary.Term t -> List.of(t.id());
			case Long id -> List.of(id);
			default -> throw new IllegalArgumentException(entry.toString());
		};
	}

	/** At most this many rows known from the facet index are ranked by id instead of by the full-text index. */
	private static final int RANK_CANDIDATES = 5_000;

	private String ordered(Query query, SearchSort sort) {
		return ordered(query, sort, false);
	}

	/**
	 * The matching rows in the order of {@code sort}; with {@code candidates}, the rows are those of
	 * the parameter {@code :candidates} (the ids the facet index found for exactly these words and
	 * filters), so the database reads just them (by primary key) instead of intersecting the
	 * full-text index's list for a common word with the filters.
	 */
	private String ordered(Query query, SearchSort sort, boolean candidates) {
		StringBuilder sql = new StringBuilder("SELECT r.id, r.published_on AS published");
		if (sort == SearchSort.RELEVANCE) {
			sql.append(", ts_rank(r.search_vector, CAST(:tsq AS tsquery)) AS rank");
		}
		if (sort == SearchSort.COUNTRY) {
			sql.append(", c.name AS country_name");
		}
		sql.append(" FROM recommendation r");
		if (sort == SearchSort.COUNTRY) {
			sql.append(" JOIN country c ON c.id = r.country_id");
		}
		sql.append(" WHERE ");
		if (candidates) {
			sql.append("r.id = ANY (CAST(:candidates AS bigint[])) AND ").append(query.visibility);
		}
		else {
			sql.append(query.where(null));
		}
		sql.append(" ORDER BY ").append(order(sort, ""));
		return sql.toString();
	}

	private static String order(SearchSort sort, String prefix) {
		return switch (sort) {
			case RELEVANCE -> prefix + "rank DESC, " + prefix + "published DESC NULLS LAST, " + prefix + "id DESC";
			case NEWEST -> prefix + "published DESC NULLS LAST, " + prefix + "id DESC";
			case OLDEST -> prefix + "published ASC NULLS LAST, " + prefix + "id ASC";
			case COUNTRY -> prefix + "country_name, " + prefix + "published DESC NULLS LAST, " + prefix + "id DESC";
		};
	}

	private List<RecommendationHit> page(Query query, long total, int page, int size, SearchSort requested) {
		long offset = (long) page * size;
		if (total == 0 || offset >= total || page < 0 || size < 1) {
			return List.of();
		}
		SearchSort sort = query.tsquery == null && requested == SearchSort.RELEVANCE ? SearchSort.NEWEST : requested;
		Map<String, Object> params = new HashMap<>(query.params);
		params.put("limit", size);
		params.put("offset", offset);
		String headline = query.tsquery == null ? "NULL"
				: "CASE WHEN length(r.text) <= " + WHOLE_TEXT
						+ " THEN ts_headline('english', translate(r.text, :controls, '  '), CAST(:tsq AS tsquery), :highlightAll)"
						+ " ELSE ts_headline('english', translate(r.text, :controls, '  '), CAST(:tsq AS tsquery), :highlightFragments) END";
		if (query.tsquery != null) {
			params.put("controls", "" + START + STOP);
			params.put("highlightAll", HIGHLIGHT_ALL);
			params.put("highlightFragments", HIGHLIGHT_FRAGMENTS);
		}
		// newest or oldest first, or by relevance for words it ranks exactly as ts_rank, the in-memory
		// facet index orders the matches and names the page's ids
		long[] ids = facetIndex.page(query, offset, size, sort);
		// ranked by the database (phrases, prefixes): when the index knows the few rows that match, it ranks just those
		long[] candidates = ids == null ? facetIndex.matchingIds(query, RANK_CANDIDATES) : null;
		if (candidates != null) {
			params.put("candidates", candidates);
		}
		String hits = ids == null ? "WITH hits AS (" + ordered(query, sort, candidates != null) + " LIMIT :limit OFFSET :offset)\n"
				: "WITH hits AS (SELECT h.id, h.ord FROM unnest(CAST(:ids AS bigint[])) WITH ORDINALITY AS h(id, ord))\n";
		if (ids != null) {
			params.put("ids", ids);
		}
		String sql = hits + "SELECT r.id, r.paragraph, r.text, r.published_on, r.country_id, r.mechanism_id, r.document_id, d.symbol, d.title,"
				+ " r.session, r.upr_cycle, r.upr_response, r.upr_action_category, r.implementation_status, r.civil_society_status,"
				+ " r.theme_ids, r.recommending_state_ids, r.has_actions, r.updated_at, " + headline + " AS headline"
				+ " FROM hits JOIN recommendation r ON r.id = hits.id JOIN document d ON d.id = r.document_id"
				+ " ORDER BY " + (ids == null ? order(sort, "hits.") : "hits.ord");
		SearchVocabulary v = query.vocabulary;
		return jdbc.sql(sql).params(params).query((rs, row) -> hit(rs, v)).list();
	}

	private RecommendationHit hit(ResultSet rs, SearchVocabulary v) throws SQLException {
		SearchVocabulary.Country country = v.countries.get(rs.getLong("country_id"));
		SearchVocabulary.Mechanism mechanism = v.mechanisms.get(rs.getLong("mechanism_id"));
		String text = rs.getString("text");
		String headline = rs.getString("headline");
		List<RecommendationHit.Segment> excerpt = headline != null ? segments(headline)
				: List.of(new RecommendationHit.Segment(shorten(text), false));
		StringBuilder highlight = new StringBuilder();
		for (RecommendationHit.Segment s : excerpt) {
			String escaped = HtmlUtils.htmlEscape(s.text());
			highlight.append(s.match() ? "<mark>" + escaped + "</mark>" : escaped);
		}
		List<RecommendationHit.Label> themes = new ArrayList<>();
		for (long id : longs(rs.getArray("theme_ids"))) {
			SearchVocabulary.Term t = v.themes.get(id);
			if (t != null) {
				themes.add(new RecommendationHit.Label(t.code(), t.name()));
			}
		}
		List<RecommendationHit.Label> states = new ArrayList<>();
		for (long id : longs(rs.getArray("recommending_state_ids"))) {
			SearchVocabulary.Country s = v.countries.get(id);
			if (s != null) {
				states.add(new RecommendationHit.Label(s.alpha3(), s.name()));
			}
		}
		states.sort(Comparator.comparing(RecommendationHit.Label::name));
		Timestamp updated = rs.getTimestamp("updated_at");
		return new RecommendationHit(rs.getLong("id"), rs.getString("paragraph"), text,
				rs.getObject("published_on", java.time.LocalDate.class),
				new RecommendationHit.Label(country.alpha3(), country.name()),
				new RecommendationHit.Label(mechanism.code(), mechanism.name()), mechanism.kind(),
				new RecommendationHit.Document(rs.getLong("document_id"), rs.getString("symbol"), rs.getString("title")),
				(Integer) rs.getObject("session"), rs.getObject("upr_cycle") == null ? null : rs.getInt("upr_cycle"),
				rs.getString("upr_response"),
				rs.getObject("upr_action_category") == null ? null : rs.getInt("upr_action_category"),
				rs.getString("implementation_status"), rs.getString("civil_society_status"), themes, states,
				rs.getBoolean("has_actions"), updated == null ? null : updated.toInstant(), highlight.toString(), excerpt);
	}

	static List<RecommendationHit.Segment> segments(String headline) {
		List<RecommendationHit.Segment> segments = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean match = false;
		for (int i = 0; i < headline.length(); i++) {
			char ch = headline.charAt(i);
			if (ch == START || ch == STOP) {
				if (!current.isEmpty()) {
					segments.add(new RecommendationHit.Segment(current.toString(), match));
					current.setLength(0);
				}
				match = ch == START;
			}
			else {
				current.append(ch);
			}
		}
		if (!current.isEmpty()) {
			segments.add(new RecommendationHit.Segment(current.toString(), match));
		}
		return segments;
	}

	private static String shorten(String text) {
		if (text.length() <= EXCERPT) {
			return text;
		}
		int cut = text.lastIndexOf(' ', EXCERPT);
		return text.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + " …";
	}

	private static long[] longs(Array array) throws SQLException {
		if (array == null) {
			return new long[0];
		}
		Object[] values = (Object[]) array.getArray();
		long[] result = new long[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = ((Number) values[i]).longValue();
		}
		return result;
	}

	// ---------------------------------------------------------------------------------------------

	private record Counts(long total, Map<String, List<FacetCount>> facets) {
	}

	/**
	 * Counts every facet in one statement. Facets whose filter is not set share the scan with all
	 * filters applied (with the grand total); each facet whose filter is set gets a scan with all
	 * filters but its own. Scalar columns are counted with GROUPING SETS in one pass; arrays by unnest.
	 */
	private RawCounts countInDatabase(Query query) {
		Map<Facet, List<Facet>> variants = new LinkedHashMap<>();
		variants.put(null, new ArrayList<>());
		for (Facet facet : Facet.values()) {
			Facet variant = query.clauses.containsKey(facet) ? facet : null;
			variants.computeIfAbsent(variant, k -> new ArrayList<>()).add(facet);
		}
		List<String> ctes = new ArrayList<>();
		List<String> selects = new ArrayList<>();
		List<Dimension[]> dimensionsOfVariant = new ArrayList<>();
		int index = 0;
		for (Map.Entry<Facet, List<Facet>> entry : variants.entrySet()) {
			List<Dimension> dimensions = entry.getValue().stream().map(f -> f.dimension).distinct().toList();
			List<Dimension> scalars = dimensions.stream().filter(d -> !d.array).toList();
			List<Dimension> arrays = dimensions.stream().filter(d -> d.array).toList();
			String name = "v" + index;
			List<String> columns = new ArrayList<>();
			for (Dimension d : dimensions) {
				columns.add(d.expression + " AS " + d.column());
			}
			if (columns.isEmpty()) {
				columns.add("r.id");
			}
			boolean reused = arrays.size() + (scalars.isEmpty() && index > 0 ? 0 : 1) > 1;
			ctes.add(name + " AS " + (reused ? "MATERIALIZED " : "NOT MATERIALIZED ") + "(SELECT " + String.join(", ", columns)
					+ " FROM recommendation r WHERE " + query.where(entry.getKey()) + ")");
			if (!scalars.isEmpty() || index == 0) {
				StringBuilder grouping = new StringBuilder();
				List<String> sets = new ArrayList<>();
				for (Dimension d : scalars) {
					sets.add("(" + d.column() + ")");
				}
				if (index == 0) {
					sets.add("()");
				}
				String mask = scalars.isEmpty() ? "0" : "GROUPING(" + String.join(", ", scalars.stream().map(Dimension::column).toList()) + ")";
				grouping.append("SELECT ").append(index).append(" AS variant, ").append(mask).append(" AS g");
				for (Dimension d : Dimension.values()) {
					if (d.array) {
						continue;
					}
					grouping.append(", ").append(scalars.contains(d) ? d.column() + "::text" : "NULL::text");
				}
				grouping.append(", NULL::text AS element, count(*) AS n FROM ").append(name)
					.append(" GROUP BY GROUPING SETS (").append(String.join(", ", sets)).append(")");
				selects.add(grouping.toString());
			}
			for (Dimension d : arrays) {
				StringBuilder unnest = new StringBuilder("SELECT ").append(index).append(" AS variant, -").append(d.ordinal() + 1)
					.append(" AS g");
				for (Dimension s : Dimension.values()) {
					if (!s.array) {
						unnest.append(", NULL::text");
					}
				}
				unnest.append(", x::text, count(*) FROM ").append(name).append(", unnest(").append(name).append('.')
					.append(d.column()).append(") x GROUP BY x");
				selects.add(unnest.toString());
			}
			dimensionsOfVariant.add(scalars.toArray(Dimension[]::new));
			index++;
		}
		String sql = "WITH " + String.join(",\n", ctes) + "\n" + String.join("\nUNION ALL\n", selects);
		List<Dimension> scalarOrder = Arrays.stream(Dimension.values()).filter(d -> !d.array).toList();
		// raw counts: variant -> dimension -> value -> count
		List<Map<Dimension, Map<String, Long>>> raw = new ArrayList<>();
		for (int i = 0; i < variants.size(); i++) {
			raw.add(new HashMap<>());
		}
		long[] total = { 0 };
		jdbc.sql(sql).params(query.params).query(rs -> {
			int variant = rs.getInt("variant");
			int g = rs.getInt("g");
			long n = rs.getLong("n");
			Dimension[] scalars = dimensionsOfVariant.get(variant);
			if (g < 0) {
				Dimension d = Dimension.values()[-g - 1];
				raw.get(variant).computeIfAbsent(d, k -> new HashMap<>()).merge(rs.getString("element"), n, Long::sum);
				return;
			}
			int all = (1 << scalars.length) - 1;
			if (g == all) {
				if (variant == 0) {
					total[0] = n;
				}
				return;
			}
			for (int j = 0; j < scalars.length; j++) {
				if (g == all - (1 << (scalars.length - 1 - j))) {
					String value = rs.getString(3 + scalarOrder.indexOf(scalars[j]));
					if (value != null) {
						raw.get(variant).computeIfAbsent(scalars[j], k -> new HashMap<>()).merge(value, n, Long::sum);
					}
				}
			}
		});
		Map<Facet, Map<Dimension, Map<String, Long>>> byVariant = new HashMap<>();
		List<Facet> variantKeys = new ArrayList<>(variants.keySet());
		for (int i = 0; i < variantKeys.size(); i++) {
			byVariant.put(variantKeys.get(i), raw.get(i));
		}
		return new RawCounts(total[0], byVariant);
	}

	/**
	 * Counts by column value: the total of the rows that pass every filter, and for each variant (null:
	 * every filter; a facet: every filter but that facet's) the counts by dimension and value, the
	 * values written as PostgreSQL writes them as text.
	 */
	record RawCounts(long total, Map<Facet, Map<Dimension, Map<String, Long>>> byVariant) {
	}

	private Counts count(Query query, Locale locale) {
		RawCounts raw = facetIndex.count(query);
		if (raw == null) {
			raw = countInDatabase(query);
		}
		return labelled(query, raw, locale);
	}

	/** The same counts as {@link #facets}, from the database, never from the in-memory facet index (tests compare both). */
	RawCounts countInDatabase(SearchCriteria criteria) {
		return countInDatabase(prepare(criteria));
	}

	/** The ids of a page as the database orders them, never from the facet index (tests compare both). */
	List<Long> pageIdsInDatabase(SearchCriteria criteria, int page, int size, SearchSort sort) {
		Query query = prepare(criteria);
		Map<String, Object> params = new HashMap<>(query.params);
		params.put("limit", size);
		params.put("offset", (long) page * size);
		return jdbc.sql("SELECT id FROM (" + ordered(query, sort) + " LIMIT :limit OFFSET :offset) o")
			.params(params)
			.query(Long.class)
			.list();
	}

	/** The ids of a page chosen by the in-memory facet index, or null when it cannot answer. */
	long[] pageIdsInMemory(SearchCriteria criteria, int page, int size, SearchSort sort) {
		return facetIndex.page(prepare(criteria), (long) page * size, size, sort);
	}

	/** ts_rank of every public row the words match, by id, from the lexeme index, or null when it cannot rank them (tests). */
	Map<Long, Float> ranksInMemory(SearchCriteria criteria) {
		return facetIndex.lexemeRanks(prepare(criteria));
	}

	/** ts_rank of every public row the words match, by id, from the database (tests). */
	Map<Long, Float> ranksInDatabase(SearchCriteria criteria) {
		Query query = prepare(criteria);
		Map<Long, Float> ranks = new HashMap<>();
		jdbc.sql("SELECT r.id, ts_rank(r.search_vector, CAST(:tsq AS tsquery)) FROM recommendation r WHERE " + query.where(null))
			.params(query.params)
			.query(rs -> {
				ranks.put(rs.getLong(1), rs.getFloat(2));
			});
		return ranks;
	}

	/** The ids (in id order) of the rows the words of the criteria match, found in memory, or null when they cannot be (tests). */
	long[] textMatchesInMemory(SearchCriteria criteria) {
		return facetIndex.lexemeMatchIds(prepare(criteria));
	}

	/** The ids (in id order) of the public rows the words of the criteria match, from the database (tests). */
	long[] textMatchesInDatabase(SearchCriteria criteria) {
		Query query = prepare(criteria);
		return jdbc.sql("SELECT r.id FROM recommendation r WHERE " + query.where(null) + " ORDER BY r.id")
			.params(query.params)
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
	}

	/** The counts from the in-memory facet index, or null when it cannot answer these criteria now. */
	RawCounts countInMemory(SearchCriteria criteria) {
		return facetIndex.count(prepare(criteria));
	}

	private Counts labelled(Query query, RawCounts raw, Locale locale) {
		Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
		for (Facet facet : Facet.values()) {
			Facet variant = query.clauses.containsKey(facet) ? facet : null;
			Map<String, Long> counts = raw.byVariant().getOrDefault(variant, Map.of()).getOrDefault(facet.dimension, Map.of());
			facets.put(facet.name, label(facet, counts, query.vocabulary, locale));
		}
		return new Counts(raw.total(), facets);
	}

	/**
	 * Facet counts do not change until recommendations do: they are kept for a while under the
	 * search generation, a sequence that every statement changing recommendations advances, so a
	 * change is seen at once (and a count computed just before a concurrent commit lives at most
	 * the configured time).
	 */
	private Counts cachedCount(SearchCriteria criteria, Query query) {
		// the locale goes in explicitly: an expired entry is recounted on another thread
		Locale locale = LocaleContextHolder.getLocale();
		return cache.get(new FacetKey(criteria, locale), query.generations, () -> count(query, locale));
	}

	/** Turns raw counts by column value into counts by facet value, with labels, in display order. */
	private List<FacetCount> label(Facet facet, Map<String, Long> counts, SearchVocabulary v, Locale locale) {
		Map<String, long[]> merged = new LinkedHashMap<>();
		Map<String, String> labels = new HashMap<>();
		Map<Long, String[]> documents = facet == Facet.DOCUMENT ? documents(counts) : Map.of();
		Map<String, Long> source = counts;
		if (facet == Facet.DOCUMENT) {
			// only the documents that can be shown, not the thousands a broad search counts
			source = new HashMap<>();
			for (Long id : documents.keySet()) {
				String raw = id.toString();
				Long n = counts.get(raw);
				if (n != null) {
					source.put(raw, n);
				}
			}
		}
		source.forEach((raw, n) -> {
			List<String[]> values = new ArrayList<>(); // value, label
			switch (facet) {
				case COUNTRY, RECOMMENDING_STATE -> {
					SearchVocabulary.Country c = v.countries.get(Long.valueOf(raw));
					if (c != null) {
						values.add(new String[] { c.alpha3(), c.name() });
					}
				}
				case GROUP -> {
					for (String code : v.groupsOfCountry.getOrDefault(Long.valueOf(raw), List.of())) {
						values.add(new String[] { code, v.groups.get(code.toUpperCase(Locale.ROOT)).name() });
					}
				}
				case REGION -> {
					SearchVocabulary.Country c = v.countries.get(Long.valueOf(raw));
					if (c != null && c.regionalGroup() != null) {
						values.add(new String[] { c.regionalGroup(), message("regionalGroup." + c.regionalGroup(), locale) });
					}
				}
				case KIND -> {
					SearchVocabulary.Mechanism m = v.mechanisms.get(Long.valueOf(raw));
					if (m != null) {
						values.add(new String[] { m.kind(), message("mechanismKind." + m.kind(), locale) });
					}
				}
				case MECHANISM -> {
					SearchVocabulary.Mechanism m = v.mechanisms.get(Long.valueOf(raw));
					if (m != null) {
						values.add(new String[] { m.code(), m.name() });
					}
				}
				case TREATY -> {
					SearchVocabulary.Mechanism m = v.mechanisms.get(Long.valueOf(raw));
					if (m != null && m.treatyCode() != null) {
						SearchVocabulary.Treaty t = v.treaties.get(m.treatyCode().toUpperCase(Locale.ROOT));
						values.add(new String[] { t.code(), t.shortName() });
					}
				}
				case DOCUMENT -> {
					String[] d = documents.get(Long.valueOf(raw));
					if (d != null) {
						values.add(d);
					}
				}
				case THEME -> {
					SearchVocabulary.Term t = v.themes.get(Long.valueOf(raw));
					if (t != null) {
						values.add(new String[] { t.code(), t.name() });
					}
				}
				case AFFECTED -> {
					SearchVocabulary.Term t = v.affectedGroups.get(Long.valueOf(raw));
					if (t != null) {
						values.add(new String[] { t.code(), t.name() });
					}
				}
				case SDG -> values.add(new String[] { raw, raw + ". " + Objects.toString(v.sdgGoals.get(Integer.valueOf(raw)), "") });
				case CYCLE -> values.add(new String[] { raw, message("search.cycle.label", locale, raw) });
				case SESSION, YEAR -> values.add(new String[] { raw, raw });
				case ACTION_CATEGORY -> values.add(new String[] { raw, message("search.actionCategory." + raw, locale) });
				case RESPONSE -> values.add(new String[] { raw, message("search.response." + raw, locale) });
				case STATUS, CIVIL_SOCIETY_STATUS -> values.add(new String[] { raw, message("search.status." + raw, locale) });
				case ACTIONS -> {
					String value = "t".equals(raw) || "true".equals(raw) ? "yes" : "no";
					values.add(new String[] { value, message("search.actions." + value, locale) });
				}
			}
			for (String[] value : values) {
				merged.computeIfAbsent(value[0], k -> new long[1])[0] += n;
				labels.put(value[0], value[1]);
			}
		});
		List<FacetCount> result = new ArrayList<>();
		merged.forEach((value, n) -> result.add(new FacetCount(value, labels.get(value), n[0])));
		Comparator<FacetCount> order = switch (facet) {
			case SDG, CYCLE, SESSION, ACTION_CATEGORY -> Comparator.comparing(f -> Integer.valueOf(f.value()));
			case YEAR -> Comparator.comparing((FacetCount f) -> Integer.valueOf(f.value())).reversed();
			case STATUS, CIVIL_SOCIETY_STATUS -> Comparator.comparing(f -> statusOrder(f.value()));
			case ACTIONS -> Comparator.comparing(f -> f.value().equals("yes") ? 0 : 1);
			default -> Comparator.comparing(FacetCount::count).reversed().thenComparing(FacetCount::label);
		};
		result.sort(order);
		if (facet == Facet.DOCUMENT && result.size() > DOCUMENT_FACET_VALUES) {
			return List.copyOf(result.subList(0, DOCUMENT_FACET_VALUES));
		}
		return List.copyOf(result);
	}

	private static int statusOrder(String value) {
		try {
			return org.rightstrack.recommendation.ImplementationStatus.valueOf(value).ordinal();
		}
		catch (IllegalArgumentException ex) {
			return 99;
		}
	}

	/** Symbol and title of the documents with the most matches (only documents that have a symbol). */
	private Map<Long, String[]> documents(Map<String, Long> counts) {
		// the most counted (ties: the lowest id), chosen with a small heap whose head is the worst kept
		int limit = DOCUMENT_FACET_VALUES * 3;
		java.util.PriorityQueue<long[]> best = new java.util.PriorityQueue<>(limit + 1,
				(a, b) -> a[1] != b[1] ? Long.compare(a[1], b[1]) : Long.compare(b[0], a[0]));
		counts.forEach((raw, n) -> {
			best.add(new long[] { Long.parseLong(raw), n });
			if (best.size() > limit) {
				best.poll();
			}
		});
		List<Long> top = best.stream().map(e -> e[0]).toList();
		Map<Long, String[]> documents = new HashMap<>();
		if (!top.isEmpty()) {
			jdbc.sql("SELECT id, symbol FROM document WHERE symbol IS NOT NULL AND id IN (:ids)").param("ids", top).query(rs -> {
				documents.put(rs.getLong(1), new String[] { rs.getString(2), rs.getString(2) });
			});
		}
		return documents;
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key.substring(key.lastIndexOf('.') + 1), locale);
	}

	// ---------------------------------------------------------------------------------------------

	/** A column the facets count by. */
	enum Dimension {

		COUNTRY("r.country_id", false), MECHANISM("r.mechanism_id", false), DOCUMENT("r.document_id", false),
		THEME("r.theme_ids", true), AFFECTED("r.affected_group_ids", true), SDG("r.sdg_goals", true),
		CYCLE("r.upr_cycle", false), SESSION("r.session", false), RESPONSE("r.upr_response", false),
		RECOMMENDING_STATE("r.recommending_state_ids", true), ACTION_CATEGORY("r.upr_action_category", false),
		STATUS("r.implementation_status", false), CIVIL_SOCIETY_STATUS("r.civil_society_status", false),
		YEAR("extract(year FROM r.published_on)::int", false), ACTIONS("r.has_actions", false);

		final String expression;

		final boolean array;

		Dimension(String expression, boolean array) {
			this.expression = expression;
			this.array = array;
		}

		String column() {
			return "d_" + name().toLowerCase(Locale.ROOT);
		}

	}

	/** A facet: its name (also its filter parameter) and the column it counts by. */
	enum Facet {

		COUNTRY("country", Dimension.COUNTRY), GROUP("group", Dimension.COUNTRY), REGION("region", Dimension.COUNTRY),
		KIND("kind", Dimension.MECHANISM), MECHANISM("mechanism", Dimension.MECHANISM),
		TREATY("treaty", Dimension.MECHANISM), DOCUMENT("document", Dimension.DOCUMENT),
		THEME("theme", Dimension.THEME), AFFECTED("affected", Dimension.AFFECTED), SDG("sdg", Dimension.SDG),
		CYCLE("cycle", Dimension.CYCLE), SESSION("session", Dimension.SESSION),
		RESPONSE("response", Dimension.RESPONSE),
		RECOMMENDING_STATE("recommendingState", Dimension.RECOMMENDING_STATE),
		ACTION_CATEGORY("actionCategory", Dimension.ACTION_CATEGORY), STATUS("status", Dimension.STATUS),
		CIVIL_SOCIETY_STATUS("civilSocietyStatus", Dimension.CIVIL_SOCIETY_STATUS), YEAR("year", Dimension.YEAR),
		ACTIONS("actions", Dimension.ACTIONS);

		final String name;

		final Dimension dimension;

		Facet(String name, Dimension dimension) {
			this.name = name;
			this.dimension = dimension;
		}

	}

	/** The criteria resolved to ids: one SQL condition per filter, with named parameters. */
	static final class Query {

		final SearchVocabulary vocabulary;

		/** The generations read before anything was counted (V43, V96). */
		final DataGenerations.Generations generations;

		final Map<Facet, String> clauses = new LinkedHashMap<>();

		final Map<String, Object> params = new HashMap<>();

		final List<SearchCriteria.SearchError> notices = new ArrayList<>();

		String tsquery;

		String visibility = "NOT r.archived";

		/** The copy of the facet index that {@link #matched} was found in: the words are evaluated once per request. */
		Object matchedIn;

		/** The rows of {@link #matchedIn} that the words match, as bits by position. */
		long[] matched;

		Query(SearchVocabularies.Current current) {
			this.vocabulary = current.vocabulary();
			this.generations = current.generations();
		}

		/** The conditions of every filter but {@code excluded}'s (all when null). */
		String where(Facet excluded) {
			List<String> conditions = new ArrayList<>();
			conditions.add(visibility);
			if (tsquery != null) {
				conditions.add("r.search_vector @@ CAST(:tsq AS tsquery)");
			}
			if (params.containsKey("since")) {
				conditions.add("r.updated_at >= :since");
			}
			clauses.forEach((facet, clause) -> {
				if (facet != excluded) {
					conditions.add("(" + clause + ")");
				}
			});
			return String.join(" AND ", conditions);
		}

		/** {@code column IN (ids)} for the values, each resolved to ids (null when unknown: a notice, and no match). */
		<T> void in(Facet facet, String column, java.util.Collection<T> values,
				java.util.function.Function<T, List<Long>> resolve) {
			List<Long> ids = resolve(facet, values, resolve);
			if (ids != null) {
				String param = "p_" + facet.name().toLowerCase(Locale.ROOT);
				params.put(param, ids.isEmpty() ? List.of(-1L) : ids);
				clauses.put(facet, column + " IN (:" + param + ")");
			}
		}

		/** {@code array && ARRAY[ids]} for the values resolved to ids. */
		<T> void overlaps(Facet facet, String column, String type, java.util.Collection<T> values,
				java.util.function.Function<T, List<Long>> resolve) {
			List<Long> ids = resolve(facet, values, resolve);
			if (ids != null) {
				String param = "p_" + facet.name().toLowerCase(Locale.ROOT);
				params.put(param, ids.isEmpty() ? List.of(-1L) : ids);
				clauses.put(facet, column + " && ARRAY[:" + param + "]::" + type + "[]");
			}
		}

		void values(Facet facet, String column, List<String> values) {
			if (!values.isEmpty()) {
				String param = "p_" + facet.name().toLowerCase(Locale.ROOT);
				params.put(param, values);
				clauses.put(facet, column + " IN (:" + param + ")");
			}
		}

		private <T> List<Long> resolve(Facet facet, java.util.Collection<T> values,
				java.util.function.Function<T, List<Long>> resolve) {
			if (values.isEmpty()) {
				return null;
			}
			List<Long> ids = new ArrayList<>();
			for (T value : values) {
				List<Long> resolved = resolve.apply(value);
				if (resolved == null) {
					notices.add(new SearchCriteria.SearchError(facet.name, String.valueOf(value), "search.notice.unknown"));
				}
				else {
					ids.addAll(resolved);
				}
			}
			return ids;
		}

	}

}
