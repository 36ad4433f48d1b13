package org.rightstrack.importing;

import java.time.LocalDate;
import java.util.Collection;

/**
 * One recommendation as read from a file, with every name already resolved to an id: what the
 * {@link RecommendationLoader} stages and merges. Package-private mutable fields, filled by the
 * format readers.
 */
final class RecommendationRow {

	String file;

	long line;

	Long id;

	String externalId;

	long countryId;

	long mechanismId;

	String documentSymbol;

	String documentTitle;

	String documentType;

	Integer session;

	Integer uprCycle;

	LocalDate documentPublishedOn;

	String paragraph;

	String text;

	LocalDate publishedOn;

	String uprResponse;

	Integer actionCategory;

	boolean followUp;

	LocalDate followUpDeadline;

	boolean published = true;

	long[] recommendingStates = new long[0];

	long[] themes = new long[0];

	long[] affectedGroups = new long[0];

	long[] sdgTargets = new long[0];

	/** Which document the row belongs to when the file names no symbol. */
	String documentKey() {
		if (documentSymbol != null) {
			return "symbol:" + documentSymbol;
		}
		return countryId + ":" + mechanismId + ":" + (session != null ? "session:" + session : "title:" + documentTitle);
	}

	static long[] ids(Collection<Long> ids) {
		return ids.stream().mapToLong(Long::longValue).distinct().sorted().toArray();
	}

	/** The UPR cycle of a session: 1–12 the first, 13–26 the second, 27–40 the third, then the fourth. */
	static int uprCycle(int session) {
		if (session <= 12) {
			return 1;
		}
		if (session <= 26) {
			return 2;
		}
		return session <= 40 ? 3 : 4;
	}

}
