package org.rightstrack.importing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jsoup.parser.Parser;
import org.rightstrack.country.Country;
import org.rightstrack.country.CountryNames;
import org.rightstrack.system.Names;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A snapshot of the names an import resolves, taken once per import so that thousands of rows are
 * resolved from memory: countries (through {@link CountryNames} and its alias table), mechanisms,
 * themes and their aliases, affected persons groups and their aliases, SDG targets and treaties.
 */
final class Vocabulary {

	record CountryRef(long id, String alpha3, String name) {
	}

	record MechanismRef(long id, String code, String kind) {
	}

	private final CountryNames.Lookup countries;

	private final Map<String, MechanismRef> mechanisms = new HashMap<>();

	private final Map<String, Long> themes = new HashMap<>();

	private final Map<String, Long> affectedGroups = new HashMap<>();

	private final Map<String, Long> sdgTargets = new HashMap<>();

	private final Map<String, Long> treaties = new HashMap<>();

	Vocabulary(CountryNames countryNames, JdbcClient jdbc) {
		this.countries = countryNames.lookup();
		jdbc.sql("SELECT id, code, name, kind FROM mechanism").query(rs -> {
			MechanismRef ref = new MechanismRef(rs.getLong(1), rs.getString(2), rs.getString(4));
			mechanisms.putIfAbsent(Names.normalise(rs.getString(3)), ref);
			mechanisms.put(Names.normalise(rs.getString(2)), ref);
		});
		mechanisms.putIfAbsent(Names.normalise("Universal Periodic Review"), mechanisms.get("upr"));
		mechanisms.putIfAbsent(Names.normalise("Human Rights Council"), mechanisms.get("upr"));
		names(jdbc, "SELECT id, code, name FROM theme", themes);
		aliases(jdbc, "SELECT theme_id, normalised_alias FROM theme_alias", themes);
		names(jdbc, "SELECT id, code, name FROM affected_group", affectedGroups);
		aliases(jdbc, "SELECT affected_group_id, normalised_alias FROM affected_group_alias", affectedGroups);
		jdbc.sql("SELECT id, code FROM sdg_target").query(rs -> {
			sdgTargets.put(rs.getString(2), rs.getLong(1));
		});
		jdbc.sql("SELECT id, code, untc_reference FROM treaty").query(rs -> {
			treaties.put(Names.normalise(rs.getString(2)), rs.getLong(1));
			if (rs.getString(3) != null) {
				treaties.put(Names.normalise(rs.getString(3)), rs.getLong(1));
			}
		});
	}

	private static void names(JdbcClient jdbc, String sql, Map<String, Long> target) {
		jdbc.sql(sql).query(rs -> {
			target.putIfAbsent(Names.normalise(rs.getString(3)), rs.getLong(1));
			target.put(Names.normalise(rs.getString(2)), rs.getLong(1));
		});
	}

	private static void aliases(JdbcClient jdbc, String sql, Map<String, Long> target) {
		jdbc.sql(sql).query(rs -> {
			target.putIfAbsent(rs.getString(2), rs.getLong(1));
		});
	}

	/** Country names as other systems write them; HTML entities ({@code &#40;}) are decoded first. */
	Optional<CountryRef> country(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String cached = name.indexOf('&') >= 0 ? Parser.unescapeEntities(name, false) : name;
		return countries.resolve(cached)
			.map((Country c) -> new CountryRef(c.getId(), c.getAlpha3(), c.getName()));
	}

	Optional<MechanismRef> mechanism(String name) {
		return Optional.ofNullable(mechanisms.get(Names.normalise(name)));
	}

	Optional<Long> theme(String name) {
		return Optional.ofNullable(themes.get(Names.normalise(name)));
	}

	Optional<Long> affectedGroup(String name) {
		return Optional.ofNullable(affectedGroups.get(Names.normalise(name)));
	}

	/** An SDG target by its code; {@code "16.2 - End abuse..."} is read as {@code 16.2}. */
	Optional<Long> sdgTarget(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String code = value.strip();
		int dash = code.indexOf(" - ");
		if (dash > 0) {
			code = code.substring(0, dash).strip();
		}
		return Optional.ofNullable(sdgTargets.get(code.toLowerCase(java.util.Locale.ROOT)));
	}

	Optional<Long> treaty(String codeOrUntcReference) {
		return Optional.ofNullable(treaties.get(Names.normalise(codeOrUntcReference)));
	}

}
