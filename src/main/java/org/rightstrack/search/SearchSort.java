package org.rightstrack.search;

import java.util.Locale;
import java.util.Optional;

/** The orders of a search result; the parameter value is the lower-case name. */
public enum SearchSort {

	/** Best match first (needs a text query; without one, newest first). */
	RELEVANCE,
	/** Newest first. */
	NEWEST,
	/** Oldest first. */
	OLDEST,
	/** By the name of the country addressed, then newest first. */
	COUNTRY;

	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The sort named by a parameter value, if there is one. */
	public static Optional<SearchSort> fromParameter(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		for (SearchSort sort : values()) {
			if (sort.parameter().equalsIgnoreCase(value.strip())) {
				return Optional.of(sort);
			}
		}
		return Optional.empty();
	}

	/** The sort applied: relevance without a text query means newest first. */
	public SearchSort effective(SearchCriteria criteria) {
		return this == RELEVANCE && !criteria.hasQuery() ? NEWEST : this;
	}

	/** Relevance when there is a text query, else newest first. */
	public static SearchSort defaultFor(SearchCriteria criteria) {
		return criteria.hasQuery() ? RELEVANCE : NEWEST;
	}

}
