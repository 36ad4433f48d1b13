package org.rightstrack.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A recommendation in a search result.
 * @param highlight the text (or the fragments of it that match), HTML-escaped, with matches in {@code <mark>}
 * @param excerpt the same as segments for templates, which print them escaped
 */
public record RecommendationHit(long id, String paragraph, String text, LocalDate publishedOn, Label country,
		Label mechanism, String mechanismKind, Document document, Integer session, Integer uprCycle, String uprResponse,
		Integer actionCategory, String implementationStatus, String civilSocietyStatus, List<Label> themes,
		List<Label> recommendingStates, boolean hasActions, Instant updatedAt, String highlight,
		@JsonIgnore List<Segment> excerpt) {

	/** A code and its name. */
	public record Label(String code, String name) {
	}

	/** The outcome document. */
	public record Document(long id, String symbol, String title) {
	}

	/** A piece of the excerpt, highlighted when it matched the query. */
	public record Segment(String text, boolean match) {
	}

}
