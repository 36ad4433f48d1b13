package org.rightstrack.system;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.rightstrack.system.ReferenceCsv.required;
import static org.rightstrack.system.ReferenceCsv.value;

/**
 * Loads the committed reference data ({@code db/reference/*.csv}). Only missing rows are added, so
 * a curator's later edits are never overwritten; a file whose checksum was loaded before is skipped.
 */
class ReferenceDataLoader {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

	private final JdbcTemplate jdbc;

	ReferenceDataLoader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void load() {
		load("country.csv", this::countries);
		load("country_alias.csv", this::countryAliases);
		load("country_group.csv", csv -> batch(csv, "INSERT INTO country_group (code, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
				r -> new Object[] { required(csv, r, "code"), required(csv, r, "name") }));
		load("country_group_member.csv", this::groupMembers);
		load("treaty.csv", this::treaties);
		load("mechanism.csv", this::mechanisms);
		load("ratification.csv", this::ratifications);
		load("sdg_goal.csv", csv -> batch(csv, "INSERT INTO sdg_goal (number, title) VALUES (?, ?) ON CONFLICT DO NOTHING",
				r -> new Object[] { Short.valueOf(required(csv, r, "number")), required(csv, r, "title") }));
		load("sdg_target.csv", csv -> batch(csv,
				"INSERT INTO sdg_target (code, goal_number, title) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
				r -> new Object[] { required(csv, r, "code"), Short.valueOf(required(csv, r, "goal_number")),
						required(csv, r, "title") }));
		load("theme.csv", this::themes);
		load("theme_alias.csv", csv -> aliases(csv, "theme_alias", "theme_id", "theme", "code", "theme_code"));
		load("affected_group.csv", csv -> batch(csv,
				"INSERT INTO affected_group (code, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
				r -> new Object[] { required(csv, r, "code"), required(csv, r, "name") }));
		load("affected_group_alias.csv", csv -> aliases(csv, "affected_group_alias", "affected_group_id", "affected_group",
				"code", "affected_group_code"));
	}

	private void load(String file, Function<ReferenceCsv, Integer> loader) {
		String path = "db/reference/" + file;
		if (!ReferenceCsv.exists(path)) {
			log.warn("Reference file {} is missing", path);
			return;
		}
		ReferenceCsv csv = ReferenceCsv.read(path);
		Integer loadedBefore = jdbc.queryForObject("SELECT count(*) FROM data_load WHERE name = ? AND checksum = ?",
				Integer.class, path, csv.checksum());
		if (loadedBefore != null && loadedBefore > 0) {
			return;
		}
		int added = loader.apply(csv);
		jdbc.update("""
				INSERT INTO data_load (name, checksum, row_count) VALUES (?, ?, ?)
				ON CONFLICT (name) DO UPDATE SET checksum = excluded.checksum, row_count = excluded.row_count, loaded_at = now()
				""", path, csv.checksum(), csv.records().size());
		log.info("Reference data {}: {} rows read, {} added", file, csv.records().size(), added);
	}

	private int countries(ReferenceCsv csv) {
		return batch(csv, """
				INSERT INTO country (alpha2, alpha3, numeric_code, name, un_status, regional_group)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
				""", r -> new Object[] { required(csv, r, "alpha2"), required(csv, r, "alpha3"), required(csv, r, "numeric"),
						required(csv, r, "name"), required(csv, r, "un_status"), value(r, "regional_group") });
	}

	private int countryAliases(ReferenceCsv csv) {
		return aliases(csv, "country_alias", "country_id", "country", "alpha3", "alpha3");
	}

	private int aliases(ReferenceCsv csv, String table, String column, String target, String targetKey, String csvKey) {
		Set<String> known = codes("SELECT " + targetKey + " FROM " + target);
		return batch(csv, "INSERT INTO " + table + " (alias, normalised_alias, " + column + ") SELECT ?, ?, id FROM " + target
				+ " WHERE " + targetKey + " = ? ON CONFLICT DO NOTHING", r -> {
					String alias = required(csv, r, "alias");
					return new Object[] { alias, Names.normalise(alias), known(csv, r, csvKey, known) };
				});
	}

	private int groupMembers(ReferenceCsv csv) {
		Set<String> groups = codes("SELECT code FROM country_group");
		Set<String> countries = codes("SELECT alpha3 FROM country");
		return batch(csv, """
				INSERT INTO country_group_member (country_group_id, country_id)
				SELECT g.id, c.id FROM country_group g, country c WHERE g.code = ? AND c.alpha3 = ? ON CONFLICT DO NOTHING
				""", r -> new Object[] { known(csv, r, "group_code", groups), known(csv, r, "alpha3", countries) });
	}

	private int treaties(ReferenceCsv csv) {
		Set<String> codes = new HashSet<>(codes("SELECT code FROM treaty"));
		return batch(csv, """
				INSERT INTO treaty (code, short_name, title, adopted_on, kind, parent_id, untc_reference,
				                    has_complaints_procedure, has_inquiry_procedure, display_order)
				VALUES (?, ?, ?, ?, ?, (SELECT id FROM treaty WHERE code = ?), ?, ?, ?, ?) ON CONFLICT DO NOTHING
				""", r -> {
					String parent = value(r, "parent_code");
					if (parent != null) {
						known(csv, r, "parent_code", codes);
					}
					codes.add(required(csv, r, "code"));
					return new Object[] { required(csv, r, "code"), required(csv, r, "short_name"), required(csv, r, "title"),
							date(value(r, "adopted_on")), required(csv, r, "kind"), parent, value(r, "untc_reference"),
							bool(value(r, "has_complaints_procedure")), bool(value(r, "has_inquiry_procedure")),
							Integer.valueOf(required(csv, r, "display_order")) };
				});
	}

	private int mechanisms(ReferenceCsv csv) {
		Set<String> treaties = codes("SELECT code FROM treaty");
		Set<String> countries = codes("SELECT alpha3 FROM country");
		return batch(csv, """
				INSERT INTO mechanism (code, name, kind, treaty_id, mandate_type, mandate_country_id, established_year)
				VALUES (?, ?, ?, (SELECT id FROM treaty WHERE code = ?), ?, (SELECT id FROM country WHERE alpha3 = ?), ?)
				ON CONFLICT DO NOTHING
				""", r -> {
					String treaty = value(r, "treaty_code");
					String country = value(r, "mandate_country_alpha3");
					String year = value(r, "established_year");
					return new Object[] { required(csv, r, "code"), required(csv, r, "name"), required(csv, r, "kind"),
							treaty == null ? null : known(csv, r, "treaty_code", treaties), value(r, "mandate_type"),
							country == null ? null : known(csv, r, "mandate_country_alpha3", countries),
							year == null ? null : Short.valueOf(year) };
				});
	}

	private int ratifications(ReferenceCsv csv) {
		Set<String> treaties = codes("SELECT code FROM treaty");
		Set<String> countries = codes("SELECT alpha3 FROM country");
		return batch(csv, """
				INSERT INTO ratification (country_id, treaty_id, signed_on, consent_on, consent_type,
				                          accepts_individual_complaints, accepts_inquiry_procedure, reservations, declarations)
				SELECT c.id, t.id, ?, ?, ?, ?, ?, ?, ? FROM country c, treaty t WHERE c.alpha3 = ? AND t.code = ?
				ON CONFLICT DO NOTHING
				""", r -> new Object[] { date(value(r, "signed_on")), date(value(r, "consent_on")), value(r, "consent_type"),
						bool(value(r, "accepts_individual_complaints")), bool(value(r, "accepts_inquiry_procedure")),
						value(r, "reservations"), value(r, "declarations"), known(csv, r, "alpha3", countries),
						known(csv, r, "treaty_code", treaties) });
	}

	private int themes(ReferenceCsv csv) {
		Set<String> codes = new HashSet<>(codes("SELECT code FROM theme"));
		return batch(csv, """
				INSERT INTO theme (code, name, parent_id) VALUES (?, ?, (SELECT id FROM theme WHERE code = ?))
				ON CONFLICT DO NOTHING
				""", r -> {
					String parent = value(r, "parent_code");
					if (parent != null) {
						known(csv, r, "parent_code", codes);
					}
					codes.add(required(csv, r, "code"));
					return new Object[] { required(csv, r, "code"), required(csv, r, "name"), parent };
				});
	}

	private int batch(ReferenceCsv csv, String sql, Function<CSVRecord, Object[]> row) {
		List<Object[]> rows = new ArrayList<>(csv.records().size());
		for (CSVRecord record : csv.records()) {
			rows.add(row.apply(record));
		}
		int added = 0;
		for (int count : jdbc.batchUpdate(sql, rows)) {
			added += Math.max(count, 0);
		}
		return added;
	}

	private Set<String> codes(String sql) {
		return new HashSet<>(jdbc.queryForList(sql, String.class).stream().map(String::strip).toList());
	}

	private static String known(ReferenceCsv csv, CSVRecord r, String column, Set<String> known) {
		String value = required(csv, r, column);
		if (!known.contains(value)) {
			throw new IllegalStateException(
					csv.name() + " line " + r.getRecordNumber() + ": unknown " + column + " '" + value + "'");
		}
		return value;
	}

	static Date date(String value) {
		return value == null ? null : Date.valueOf(LocalDate.parse(value));
	}

	static boolean bool(String value) {
		return Boolean.parseBoolean(value);
	}

}
