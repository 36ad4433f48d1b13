package org.rightstrack.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The small reference tables a search translates between codes and ids, read once per search (a
 * few hundred rows), so that the search itself reads only the recommendation table.
 */
final class SearchVocabulary {

	record Country(long id, String alpha3, String name, String regionalGroup) {
	}

	record Group(String code, String name) {
	}

	record Mechanism(long id, String code, String name, String kind, String treatyCode) {
	}

	record Treaty(String code, String shortName) {
	}

	record Term(long id, String code, String name, Long parentId) {
	}

	final Map<Long, Country> countries = new HashMap<>();

	final Map<String, Country> countriesByAlpha3 = new HashMap<>();

	final Map<String, Group> groups = new LinkedHashMap<>();

	final Map<Long, List<String>> groupsOfCountry = new HashMap<>();

	final Map<String, List<Long>> membersOfGroup = new HashMap<>();

	final Map<Long, Mechanism> mechanisms = new HashMap<>();

	final Map<String, Mechanism> mechanismsByCode = new HashMap<>();

	final Map<String, Treaty> treaties = new HashMap<>();

	final Map<Long, Term> themes = new HashMap<>();

	final Map<String, Term> themesByCode = new HashMap<>();

	final Map<Long, Term> affectedGroups = new HashMap<>();

	final Map<String, Term> affectedGroupsByCode = new HashMap<>();

	final Map<Integer, String> sdgGoals = new HashMap<>();

	static SearchVocabulary load(JdbcClient jdbc) {
		SearchVocabulary v = new SearchVocabulary();
		jdbc.sql("SELECT id, alpha3, name, regional_group FROM country").query(rs -> {
			Country c = new Country(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
			v.countries.put(c.id(), c);
			v.countriesByAlpha3.put(c.alpha3(), c);
		});
		jdbc.sql("""
				SELECT g.code, g.name, m.country_id FROM country_group g
				LEFT JOIN country_group_member m ON m.country_group_id = g.id ORDER BY g.code
				""").query(rs -> {
			String code = rs.getString(1).toUpperCase(Locale.ROOT);
			v.groups.putIfAbsent(code, new Group(rs.getString(1), rs.getString(2)));
			long country = rs.getLong(3);
			if (!rs.wasNull()) {
				v.groupsOfCountry.computeIfAbsent(country, k -> new ArrayList<>()).add(rs.getString(1));
				v.membersOfGroup.computeIfAbsent(code, k -> new ArrayList<>()).add(country);
			}
		});
		jdbc.sql("SELECT code, short_name FROM treaty").query(rs -> {
			v.treaties.put(rs.getString(1).toUpperCase(Locale.ROOT), new Treaty(rs.getString(1), rs.getString(2)));
		});
		jdbc.sql("SELECT m.id, m.code, m.name, m.kind, t.code FROM mechanism m LEFT JOIN treaty t ON t.id = m.treaty_id")
			.query(rs -> {
				Mechanism m = new Mechanism(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
				v.mechanisms.put(m.id(), m);
				v.mechanismsByCode.put(m.code().toUpperCase(Locale.ROOT), m);
			});
		jdbc.sql("SELECT id, code, name, parent_id FROM theme").query(rs -> {
			long parent = rs.getLong(4);
			Term t = new Term(rs.getLong(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : parent);
			v.themes.put(t.id(), t);
			v.themesByCode.put(t.code().toLowerCase(Locale.ROOT), t);
		});
		jdbc.sql("SELECT id, code, name FROM affected_group").query(rs -> {
			Term t = new Term(rs.getLong(1), rs.getString(2), rs.getString(3), null);
			v.affectedGroups.put(t.id(), t);
			v.affectedGroupsByCode.put(t.code().toLowerCase(Locale.ROOT), t);
		});
		jdbc.sql("SELECT number, title FROM sdg_goal").query(rs -> {
			v.sdgGoals.put(rs.getInt(1), rs.getString(2));
		});
		return v;
	}

}
