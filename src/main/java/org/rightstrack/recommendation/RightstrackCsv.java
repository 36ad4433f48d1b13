package org.rightstrack.recommendation;

import java.util.List;

/**
 * The columns of the Rightstrack CSV: what the search export writes and the Rightstrack importer
 * reads back, so that a file exported, edited in a spreadsheet and imported again updates the
 * records it came from (matched on {@code id}, then {@code external_id}). Lists inside a cell are
 * separated by {@code ;}. Columns ending in {@code _name}/{@code _names}, {@code country_name},
 * {@code mechanism_kind}, {@code actions_count} and {@code url} are for reading and are ignored
 * on import.
 */
public final class RightstrackCsv {

	public static final List<String> COLUMNS = List.of("id", "external_id", "country", "country_name", "mechanism",
			"mechanism_name", "mechanism_kind", "document_symbol", "document_title", "document_type", "session",
			"upr_cycle", "paragraph", "text", "published_on", "recommending_states", "upr_response",
			"upr_action_category", "follow_up", "follow_up_deadline", "themes", "theme_names", "affected_groups",
			"affected_group_names", "sdg_targets", "implementation_status", "civil_society_status", "actions_count",
			"published", "url");

	public static final String LIST_SEPARATOR = ";";

	private RightstrackCsv() {
	}

}
