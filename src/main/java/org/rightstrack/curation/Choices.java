package org.rightstrack.curation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The choices curation forms offer: countries, treaties, mechanisms, documents and the vocabularies. */
@Component
class Choices {

	private final JdbcClient jdbc;

	Choices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Option> countries() {
		return options("select id, name || ' (' || alpha3 || ')' from country order by name");
	}

	List<Option> treaties() {
		return options("select id, short_name || ' — ' || title from treaty where not archived order by display_order, code");
	}

	List<Option> mechanisms() {
		return options("select id, name || ' (' || code || ')' from mechanism where not archived order by kind, name");
	}

	List<Option> themes() {
		return options("""
				select t.id, case when p.name is null then t.name else p.name || ' › ' || t.name end
				from theme t left join theme p on p.id = t.parent_id where not t.archived order by coalesce(p.name, t.name), t.name""");
	}

	List<Option> affectedGroups() {
		return options("select id, name from affected_group where not archived order by name");
	}

	List<Option> sdgTargets() {
		return options("select id, code || ' ' || left(title, 90) from sdg_target order by goal_number, id");
	}

	List<Option> documents(long countryId) {
		return options("select id, coalesce(symbol, title) from document where country_id = ? and not archived order by published_on desc nulls last",
				countryId);
	}

	private List<Option> options(String sql, Object... parameters) {
		return jdbc.sql(sql).params(parameters).query((rs, n) -> Option.of(rs.getLong(1), rs.getString(2))).list();
	}

}
