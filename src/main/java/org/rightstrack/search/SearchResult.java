package org.rightstrack.search;

import java.util.List;
import java.util.Map;

/**
 * One page of a search.
 * @param page zero-based page number
 * @param notices message keys (with their value) about the query: unknown codes, a text query of only common words
 * @param facets facet name to counts; empty unless asked for
 */
public record SearchResult(List<RecommendationHit> content, long totalElements, int page, int size, SearchSort sort,
		List<SearchCriteria.SearchError> notices, Map<String, List<FacetCount>> facets) {

	public int totalPages() {
		return (int) Math.min(Integer.MAX_VALUE, (totalElements + size - 1) / size);
	}

	/** The page asked for is past the last one (and there are results). */
	public boolean beyondLastPage() {
		return content.isEmpty() && totalElements > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	/** Position of the first hit on the page, counted from 1. */
	public long firstPosition() {
		return (long) page * size + 1;
	}

	public long lastPosition() {
		return (long) page * size + content.size();
	}

}
