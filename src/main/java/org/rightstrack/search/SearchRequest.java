package org.rightstrack.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search criteria with the paging and order of one request, parsed from its parameters; what
 * could not be understood is in {@link #errors()} (the page shows it, the API answers 400).
 */
record SearchRequest(SearchCriteria criteria, int page, int size, SearchSort sort, boolean explicitSort,
		List<SearchCriteria.SearchError> errors) {

	static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);

	static final int DEFAULT_SIZE = 20;

	/** Pages past this are never asked of the database (nobody pages through 100 million results). */
	static final int MAX_PAGE = 1_000_000;

	/**
	 * @param anySize accept any size from 1 to 100 (the API) rather than only the sizes the page offers
	 */
	static SearchRequest parse(Map<String, String[]> parameters, boolean anySize) {
		Map<String, List<String>> params = new java.util.LinkedHashMap<>();
		parameters.forEach((name, values) -> params.put(name, values == null ? List.of() : Arrays.asList(values)));
		SearchCriteria.Parsed parsed = SearchCriteria.parse(params);
		List<SearchCriteria.SearchError> errors = new ArrayList<>(parsed.errors());
		int page = 0;
		String pageValue = first(params, "page");
		if (pageValue != null) {
			Integer number = SearchCriteria.integer(pageValue);
			if (number == null || number < 0 || number > MAX_PAGE) {
				errors.add(new SearchCriteria.SearchError("page", SearchCriteria.shorten(pageValue), "search.error.page"));
			}
			else {
				page = number;
			}
		}
		int size = DEFAULT_SIZE;
		String sizeValue = first(params, "size");
		if (sizeValue != null) {
			Integer number = SearchCriteria.integer(sizeValue);
			boolean ok = number != null && (anySize ? number >= 1 && number <= 100 : PAGE_SIZES.contains(number));
			if (ok) {
				size = number;
			}
			else {
				errors.add(new SearchCriteria.SearchError("size", SearchCriteria.shorten(sizeValue), "search.error.size"));
			}
		}
		SearchSort sort = SearchSort.defaultFor(parsed.criteria());
		boolean explicitSort = false;
		String sortValue = first(params, "sort");
		if (sortValue != null && !sortValue.isBlank()) {
			var named = SearchSort.fromParameter(sortValue);
			if (named.isPresent()) {
				sort = named.get();
				explicitSort = true;
			}
			else {
				errors.add(new SearchCriteria.SearchError("sort", SearchCriteria.shorten(sortValue), "search.error.sort"));
			}
		}
		return new SearchRequest(parsed.criteria(), page, size, sort, explicitSort, List.copyOf(errors));
	}

	private static String first(Map<String, List<String>> params, String name) {
		List<String> values = params.get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	/** Parameters the search understands; others (lang, an htmx cache buster) are left alone. */
	static final Set<String> PARAMETERS = Set.of("q", "country", "group", "region", "kind", "mechanism", "treaty",
			"document", "theme", "affected", "sdg", "cycle", "session", "response", "recommendingState",
			"actionCategory", "status", "civilSocietyStatus", "from", "to", "actions", "since", "page", "size", "sort");

}
