package org.rightstrack.system;

/**
 * The recommendation's implementation status summary, derived from the latest approved government
 * assessment, and the latest approved NHRI or CSO view beside it.
 */
public final class ImplementationStatusSql {

	private static final String REFRESH = """
			UPDATE recommendation r SET
			  implementation_status = (SELECT a.status FROM assessment a
			     WHERE a.recommendation_id = r.id AND a.assessor_type = 'GOVERNMENT' AND a.moderation_status = 'APPROVED'
			       AND NOT a.archived ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1),
			  civil_society_status = (SELECT a.status FROM assessment a
			     WHERE a.recommendation_id = r.id AND a.assessor_type IN ('NHRI', 'CSO') AND a.moderation_status = 'APPROVED'
			       AND NOT a.archived ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1)
			""";

	/** Refreshes every recommendation that has an assessment or a stale summary. */
	public static final String REFRESH_ALL = REFRESH + """
			WHERE r.implementation_status IS NOT NULL OR r.civil_society_status IS NOT NULL
			   OR EXISTS (SELECT 1 FROM assessment a WHERE a.recommendation_id = r.id)
			""";

	/** Refreshes one recommendation; the single parameter is its id. */
	public static final String REFRESH_ONE = REFRESH + " WHERE r.id = ?";

	private ImplementationStatusSql() {
	}

}
