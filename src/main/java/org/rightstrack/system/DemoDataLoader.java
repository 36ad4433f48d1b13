package org.rightstrack.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.rightstrack.system.ReferenceCsv.required;
import static org.rightstrack.system.ReferenceCsv.value;
import static org.rightstrack.system.ReferenceDataLoader.bool;
import static org.rightstrack.system.ReferenceDataLoader.date;

/**
 * Loads the illustrative demo data set ({@code db/demo/*.csv}) into a database that holds no
 * recommendation yet. Never runs when demo data is switched off.
 */
class DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final JdbcTemplate jdbc;

	DemoDataLoader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void loadIfEmpty() {
		Integer recommendations = jdbc.queryForObject("SELECT count(*) FROM recommendation", Integer.class);
		Integer loaded = jdbc.queryForObject("SELECT count(*) FROM data_load WHERE name = 'demo'", Integer.class);
		if (recommendations == null || recommendations > 0 || (loaded != null && loaded > 0)) {
			return;
		}
		Map<String, Long> documents = documents(ReferenceCsv.read("db/demo/document.csv"));
		Map<String, Long> recommendations1 = recommendations(ReferenceCsv.read("db/demo/recommendation.csv"), documents);
		actions(ReferenceCsv.read("db/demo/follow_up_action.csv"), recommendations1);
		assessments(ReferenceCsv.read("db/demo/assessment.csv"), recommendations1);
		visits(ReferenceCsv.read("db/demo/country_visit.csv"), documents);
		reports(ReferenceCsv.read("db/demo/state_report.csv"));
		jdbc.update(ImplementationStatusSql.REFRESH_ALL);
		jdbc.update("INSERT INTO data_load (name, checksum, row_count) VALUES ('demo', '-', ?)", recommendations1.size());
		log.info("Demo data loaded: {} documents, {} recommendations (illustrative)", documents.size(), recommendations1.size());
	}

	private Map<String, Long> documents(ReferenceCsv csv) {
		Map<String, Long> ids = new HashMap<>();
		for (CSVRecord r : csv.records()) {
			String session = value(r, "session");
			String cycle = value(r, "upr_cycle");
			Long id = jdbc.queryForObject("""
					INSERT INTO document (mechanism_id, country_id, symbol, title, type, session, session_label, upr_cycle,
					                      published_on, url)
					VALUES ((SELECT id FROM mechanism WHERE code = ?), (SELECT id FROM country WHERE alpha3 = ?), ?, ?, ?, ?, ?, ?, ?, ?)
					RETURNING id
					""", Long.class, required(csv, r, "mechanism_code"), required(csv, r, "country_alpha3"),
					value(r, "symbol"), required(csv, r, "title"), required(csv, r, "type"),
					session == null ? null : Integer.valueOf(session), value(r, "session_label"),
					cycle == null ? null : Short.valueOf(cycle), date(value(r, "published_on")), value(r, "url"));
			ids.put(required(csv, r, "key"), id);
		}
		return ids;
	}

	private Map<String, Long> recommendations(ReferenceCsv csv, Map<String, Long> documents) {
		Map<String, Long> ids = new HashMap<>();
		for (CSVRecord r : csv.records()) {
			Long document = lookup(csv, r, "document_key", documents);
			String category = value(r, "upr_action_category");
			Long id = jdbc.queryForObject("""
					INSERT INTO recommendation (document_id, country_id, mechanism_id, paragraph, text, published_on,
					                            upr_response, upr_action_category, follow_up, follow_up_deadline, external_id)
					SELECT d.id, d.country_id, d.mechanism_id, ?, ?, d.published_on, ?, ?, ?, ?, ?
					FROM document d WHERE d.id = ?
					RETURNING id
					""", Long.class, value(r, "paragraph"), required(csv, r, "text"), value(r, "upr_response"),
					category == null ? null : Short.valueOf(category), bool(value(r, "follow_up")),
					date(value(r, "follow_up_deadline")), "demo:" + required(csv, r, "key"), document);
			ids.put(required(csv, r, "key"), id);
			links(id, value(r, "recommending_alpha3"), """
					INSERT INTO recommendation_recommending_state (recommendation_id, country_id)
					SELECT ?, id FROM country WHERE alpha3 = ? ON CONFLICT DO NOTHING""");
			links(id, value(r, "themes"), """
					INSERT INTO recommendation_theme (recommendation_id, theme_id)
					SELECT ?, id FROM theme WHERE code = ? ON CONFLICT DO NOTHING""");
			links(id, value(r, "affected_groups"), """
					INSERT INTO recommendation_affected_group (recommendation_id, affected_group_id)
					SELECT ?, id FROM affected_group WHERE code = ? ON CONFLICT DO NOTHING""");
			links(id, value(r, "sdg_targets"), """
					INSERT INTO recommendation_sdg_target (recommendation_id, sdg_target_id)
					SELECT ?, id FROM sdg_target WHERE code = ? ON CONFLICT DO NOTHING""");
		}
		return ids;
	}

	private void actions(ReferenceCsv csv, Map<String, Long> recommendations) {
		for (CSVRecord r : csv.records()) {
			Long id = jdbc.queryForObject("""
					INSERT INTO follow_up_action (country_id, title, description, responsible_institution, start_date, end_date,
					                              status, budget_note, published)
					VALUES ((SELECT id FROM country WHERE alpha3 = ?), ?, ?, ?, ?, ?, ?, ?, true)
					RETURNING id
					""", Long.class, required(csv, r, "country_alpha3"), required(csv, r, "title"), value(r, "description"),
					value(r, "responsible_institution"), date(value(r, "start_date")), date(value(r, "end_date")),
					required(csv, r, "status"), value(r, "budget_note"));
			for (String key : list(value(r, "recommendation_keys"))) {
				jdbc.update("INSERT INTO follow_up_action_recommendation (follow_up_action_id, recommendation_id) VALUES (?, ?)",
						id, lookup(csv, r, key, recommendations));
			}
		}
	}

	private void assessments(ReferenceCsv csv, Map<String, Long> recommendations) {
		List<Object[]> rows = new ArrayList<>();
		for (CSVRecord r : csv.records()) {
			rows.add(new Object[] { lookup(csv, r, "recommendation_key", recommendations), required(csv, r, "assessor_type"),
					required(csv, r, "organisation"), required(csv, r, "status"), date(required(csv, r, "assessed_on")),
					value(r, "justification") });
		}
		jdbc.batchUpdate("""
				INSERT INTO assessment (recommendation_id, assessor_type, organisation, status, assessed_on, justification)
				VALUES (?, ?, ?, ?, ?, ?)""", rows);
	}

	private void visits(ReferenceCsv csv, Map<String, Long> documents) {
		for (CSVRecord r : csv.records()) {
			String report = value(r, "report_document_key");
			jdbc.update("""
					INSERT INTO country_visit (mechanism_id, country_id, status, requested_on, start_date, end_date,
					                           report_document_id, notes)
					VALUES ((SELECT id FROM mechanism WHERE code = ?), (SELECT id FROM country WHERE alpha3 = ?), ?, ?, ?, ?, ?, ?)
					""", required(csv, r, "mechanism_code"), required(csv, r, "country_alpha3"), required(csv, r, "status"),
					date(value(r, "requested_on")), date(value(r, "start_date")), date(value(r, "end_date")),
					report == null ? null : lookup(csv, r, "report_document_key", documents), value(r, "notes"));
		}
	}

	/**
	 * One demo account per role ({@code db/demo/account.csv}; passwords in the README's Demo
	 * section), loaded once, also into a database whose demo data predates the accounts.
	 */
	void loadAccountsOnce() {
		Integer loaded = jdbc.queryForObject("SELECT count(*) FROM data_load WHERE name = 'demo-accounts'", Integer.class);
		if (loaded != null && loaded > 0) {
			return;
		}
		ReferenceCsv csv = ReferenceCsv.read("db/demo/account.csv");
		int count = 0;
		for (CSVRecord r : csv.records()) {
			Long id = jdbc.query("""
					INSERT INTO account (email, name, organisation, role, trusted, password_hash)
					VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING RETURNING id""",
					rs -> rs.next() ? rs.getLong(1) : null, required(csv, r, "email"), required(csv, r, "name"),
					required(csv, r, "organisation"), required(csv, r, "role"), bool(value(r, "trusted")),
					required(csv, r, "password_hash"));
			if (id == null) {
				continue;
			}
			count++;
			String countries = value(r, "countries");
			for (String code : countries == null ? new String[0] : countries.split(";")) {
				jdbc.update("INSERT INTO account_country (account_id, country_id) SELECT ?, id FROM country WHERE alpha3 = ?", id,
						code.strip());
			}
		}
		jdbc.update("INSERT INTO data_load (name, checksum, row_count) VALUES ('demo-accounts', '-', ?)", count);
		log.info("Demo accounts loaded: {} (passwords in the README's Demo section)", count);
	}

	private void reports(ReferenceCsv csv) {
		for (CSVRecord r : csv.records()) {
			jdbc.update("""
					INSERT INTO state_report (country_id, treaty_id, cycle, due_on, submitted_on, symbol)
					VALUES ((SELECT id FROM country WHERE alpha3 = ?), (SELECT id FROM treaty WHERE code = ?), ?, ?, ?, ?)
					ON CONFLICT DO NOTHING
					""", required(csv, r, "country_alpha3"), required(csv, r, "treaty_code"),
					Short.valueOf(required(csv, r, "cycle")), date(value(r, "due_on")), date(value(r, "submitted_on")),
					value(r, "symbol"));
		}
	}

	private void links(Long id, String codes, String sql) {
		for (String code : list(codes)) {
			jdbc.update(sql, id, code);
		}
	}

	private static List<String> list(String cell) {
		if (cell == null) {
			return List.of();
		}
		Set<String> values = new HashSet<>();
		for (String part : cell.split(";")) {
			if (!part.isBlank()) {
				values.add(part.strip());
			}
		}
		return List.copyOf(values);
	}

	/** Resolves a key either from a named column or, when the column is not mapped, the key itself. */
	private static Long lookup(ReferenceCsv csv, CSVRecord r, String columnOrKey, Map<String, Long> ids) {
		String key = r.isMapped(columnOrKey) ? required(csv, r, columnOrKey) : columnOrKey;
		Long id = ids.get(key);
		if (id == null) {
			throw new IllegalStateException(csv.name() + " line " + r.getRecordNumber() + ": unknown key '" + key + "'");
		}
		return id;
	}

}
