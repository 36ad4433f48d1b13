package org.rightstrack.recommendation;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where the URL of a merged-away recommendation now points. When curators merge two duplicates,
 * the duplicate is archived and a row {@code recommendation_redirect(old_id, new_id)} is written;
 * the recommendation page answers {@code /recommendations/{old_id}} with a permanent redirect to
 * {@code /recommendations/{new_id}}:
 *
 * <pre>{@code
 * Optional<Long> target = redirects.target(id);
 * if (target.isPresent()) return "redirect:/recommendations/" + target.get();  // or a 301
 * }</pre>
 *
 * Chains are flattened when written (merging A into B, then B into C, points A at C), so one
 * lookup is enough: {@link #SQL}.
 */
@Component
public class RecommendationRedirects {

	/** The one query, for callers that use SQL directly; the parameter is the old id. */
	public static final String SQL = "SELECT new_id FROM recommendation_redirect WHERE old_id = ?";

	private final JdbcClient jdbc;

	RecommendationRedirects(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The recommendation that replaced {@code oldId}, if it was merged away. */
	public Optional<Long> target(long oldId) {
		return jdbc.sql(SQL).param(oldId).query(Long.class).optional();
	}

	/** Records that {@code oldId} was merged into {@code newId}, repointing older redirects to {@code newId}. */
	public void record(long oldId, long newId) {
		// the recommendation kept is live again if it had been merged away before
		jdbc.sql("DELETE FROM recommendation_redirect WHERE old_id = ?").param(newId).update();
		jdbc.sql("UPDATE recommendation_redirect SET new_id = ? WHERE new_id = ?").params(newId, oldId).update();
		jdbc.sql("""
				INSERT INTO recommendation_redirect (old_id, new_id) VALUES (?, ?)
				ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id, created_at = now()""")
			.params(oldId, newId)
			.update();
	}

}
