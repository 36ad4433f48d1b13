package org.rightstrack.export;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.rightstrack.search.RecommendationSearch;
import org.rightstrack.search.SearchCriteria;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the recommendations a search matches, with their vocabularies joined, as {@link ExportRow}s
 * in id order. One statement on a server-side cursor (a fetch size inside a read-only transaction),
 * so rows reach the caller while PostgreSQL still produces them and memory stays flat whatever the
 * number of rows. The link tables are read as arrays of ids per row and turned into codes from
 * vocabularies loaded once per export (a few hundred entries), so there is no query per row.
 */
@Service
class RecommendationExport {

	/** Most rows one export writes; a search matching more is cut here (documented in the user guide). */
	static final int MAX_ROWS = 1_000_000;

	private static final int FETCH_SIZE = 1_000;

	private final RecommendationSearch search;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate streaming;

	private final TransactionTemplate readOnly;

	RecommendationExport(RecommendationSearch search, JdbcClient jdbc, DataSource dataSource,
			PlatformTransactionManager transactions) {
		this.search = search;
		this.jdbc = jdbc;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.streaming = new NamedParameterJdbcTemplate(template);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Gives every matching recommendation (at most {@code limit}) to {@code consumer}, in id order.
	 * @param baseUrl the application's address, for the {@code url} column
	 * @return the number of rows given
	 */
	long forEach(SearchCriteria criteria, String baseUrl, int limit, Consumer<ExportRow> consumer) {
		RecommendationSearch.MatchingSql matching = search.matching(criteria);
		Map<String, Object> params = new HashMap<>(matching.params());
		params.put("exportLimit", limit);
		String sql = """
				SELECT r.id, r.external_id, c.alpha3, c.name AS country_name, me.code AS mechanism, me.name AS mechanism_name,
				  me.kind AS mechanism_kind, d.symbol, d.title, d.type, d.session, d.upr_cycle, r.paragraph, r.text,
				  r.published_on,
				  ARRAY(SELECT x.country_id FROM recommendation_recommending_state x WHERE x.recommendation_id = r.id) AS states,
				  r.upr_response, r.upr_action_category, r.follow_up, r.follow_up_deadline,
				  ARRAY(SELECT x.theme_id FROM recommendation_theme x WHERE x.recommendation_id = r.id) AS themes,
				  ARRAY(SELECT x.affected_group_id FROM recommendation_affected_group x WHERE x.recommendation_id = r.id) AS groups,
				  ARRAY(SELECT x.sdg_target_id FROM recommendation_sdg_target x WHERE x.recommendation_id = r.id) AS targets,
				  r.implementation_status, r.civil_society_status,
				  CASE WHEN r.has_actions THEN (SELECT count(*) FROM follow_up_action_recommendation x
				    JOIN follow_up_action a ON a.id = x.follow_up_action_id
				    WHERE x.recommendation_id = r.id AND a.published AND NOT a.archived) ELSE 0 END AS actions,
				  r.published
				FROM (%s) m
				JOIN recommendation r ON r.id = m.id
				JOIN country c ON c.id = r.country_id
				JOIN mechanism me ON me.id = r.mechanism_id
				JOIN document d ON d.id = r.document_id
				ORDER BY r.id
				LIMIT :exportLimit
				""".formatted(matching.sql());
		return readOnly.execute(status -> {
			Vocabularies v = new Vocabularies(jdbc);
			long[] count = { 0 };
			streaming.query(sql, params, rs -> {
				consumer.accept(row(rs, v, baseUrl));
				count[0]++;
			});
			return count[0];
		});
	}

	private static ExportRow row(ResultSet rs, Vocabularies v, String baseUrl) throws SQLException {
		long id = rs.getLong("id");
		return new ExportRow(id, rs.getString("external_id"), rs.getString("alpha3"), rs.getString("country_name"),
				rs.getString("mechanism"), rs.getString("mechanism_name"), rs.getString("mechanism_kind"),
				rs.getString("symbol"), rs.getString("title"), rs.getString("type"), integer(rs, "session"),
				integer(rs, "upr_cycle"), rs.getString("paragraph"), rs.getString("text"), date(rs, "published_on"),
				v.codes(v.countries, rs.getArray("states")), rs.getString("upr_response"),
				integer(rs, "upr_action_category"), rs.getBoolean("follow_up"), date(rs, "follow_up_deadline"),
				v.codes(v.themes, rs.getArray("themes")), v.names(v.themes, rs.getArray("themes")),
				v.codes(v.groups, rs.getArray("groups")), v.names(v.groups, rs.getArray("groups")),
				v.codes(v.targets, rs.getArray("targets")), rs.getString("implementation_status"),
				rs.getString("civil_society_status"), rs.getInt("actions"), rs.getBoolean("published"),
				baseUrl + "/recommendations/" + id);
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date value = rs.getDate(column);
		return value == null ? null : value.toLocalDate();
	}

	/** Code and name by id of the vocabularies the link tables point to. */
	private static final class Vocabularies {

		final Map<Long, String[]> countries = new HashMap<>();

		final Map<Long, String[]> themes = new HashMap<>();

		final Map<Long, String[]> groups = new HashMap<>();

		final Map<Long, String[]> targets = new HashMap<>();

		Vocabularies(JdbcClient jdbc) {
			load(jdbc, "SELECT id, alpha3, name FROM country", countries);
			load(jdbc, "SELECT id, code, name FROM theme", themes);
			load(jdbc, "SELECT id, code, name FROM affected_group", groups);
			load(jdbc, "SELECT id, code, title FROM sdg_target", targets);
		}

		private static void load(JdbcClient jdbc, String sql, Map<Long, String[]> target) {
			jdbc.sql(sql).query(rs -> {
				target.put(rs.getLong(1), new String[] { rs.getString(2), rs.getString(3) });
			});
		}

		/** The codes of the ids, sorted (the order the importer compares in does not matter, a stable one does). */
		List<String> codes(Map<Long, String[]> vocabulary, Array ids) throws SQLException {
			List<String> codes = new ArrayList<>();
			for (String[] entry : entries(vocabulary, ids)) {
				codes.add(entry[0]);
			}
			codes.sort(null);
			return codes;
		}

		/** The names of the ids, in the order of their codes. */
		List<String> names(Map<Long, String[]> vocabulary, Array ids) throws SQLException {
			List<String[]> entries = entries(vocabulary, ids);
			entries.sort((a, b) -> a[0].compareTo(b[0]));
			List<String> names = new ArrayList<>();
			for (String[] entry : entries) {
				names.add(entry[1]);
			}
			return names;
		}

		private static List<String[]> entries(Map<Long, String[]> vocabulary, Array ids) throws SQLException {
			List<String[]> entries = new ArrayList<>();
			if (ids != null) {
				for (Object id : (Object[]) ids.getArray()) {
					String[] entry = vocabulary.get(((Number) id).longValue());
					if (entry != null) {
						entries.add(entry);
					}
				}
			}
			return entries;
		}

	}

}
