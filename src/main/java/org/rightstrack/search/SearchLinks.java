package org.rightstrack.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/** Links that keep the current search: other pages, a filter removed, a year chosen. */
final class SearchLinks {

	private final SearchRequest request;

	private final Map<String, List<String>> parameters;

	SearchLinks(SearchRequest request) {
		this.request = request;
		this.parameters = request.criteria().toParameters();
	}

	public String page(int page) {
		return build(parameters, page);
	}

	/** The search without one value of one filter (page 1). */
	public String without(String name, String value) {
		Map<String, List<String>> params = copy();
		List<String> values = new ArrayList<>(params.getOrDefault(name, List.of()));
		values.remove(value);
		if (values.isEmpty()) {
			params.remove(name);
		}
		else {
			params.put(name, values);
		}
		return build(params, 0);
	}

	/** The search restricted to one year. */
	public String year(String year) {
		Map<String, List<String>> params = copy();
		params.put("from", List.of(year));
		params.put("to", List.of(year));
		return build(params, 0);
	}

	/** The page (or, for htmx, the checkboxes) with every value of one facet, for this search. */
	public String allValues(String facet) {
		return build(parameters, 0).replaceFirst("^/recommendations", "/recommendations/facets/" + facet);
	}

	/** The search's parameters but one filter's, as name and value pairs for hidden form fields. */
	public List<Map.Entry<String, String>> hiddenExcept(String facet) {
		List<Map.Entry<String, String>> hidden = new ArrayList<>();
		parameters.forEach((name, values) -> {
			if (!name.equals(facet)) {
				values.forEach(value -> hidden.add(Map.entry(name, value)));
			}
		});
		if (request.explicitSort()) {
			hidden.add(Map.entry("sort", request.sort().parameter()));
		}
		if (request.size() != SearchRequest.DEFAULT_SIZE) {
			hidden.add(Map.entry("size", String.valueOf(request.size())));
		}
		return hidden;
	}

	/** The chips above the results: every filter value set, with a link that removes it. */
	public List<Chip> chips(Map<String, List<FacetCount>> facets) {
		List<Chip> chips = new ArrayList<>();
		parameters.forEach((name, values) -> {
			if (name.equals("q")) {
				return;
			}
			for (String value : values) {
				String label = facets.getOrDefault(name, List.of())
					.stream()
					.filter(f -> f.value().equalsIgnoreCase(value))
					.map(FacetCount::label)
					.findFirst()
					.orElse(value);
				chips.add(new Chip(name, label, without(name, value)));
			}
		});
		return chips;
	}

	/** A filter value that is set. */
	record Chip(String name, String label, String removeLink) {
	}

	/** The page numbers around the current one (at most 5), never the whole range. */
	public List<Integer> window(int totalPages) {
		int current = request.page();
		int from = Math.max(0, Math.min(current - 2, totalPages - 5));
		int to = Math.min(totalPages - 1, from + 4);
		List<Integer> pages = new ArrayList<>();
		for (int p = from; p <= to; p++) {
			pages.add(p);
		}
		return pages;
	}

	private Map<String, List<String>> copy() {
		return new LinkedHashMap<>(parameters);
	}

	private String build(Map<String, List<String>> params, int page) {
		StringBuilder uri = new StringBuilder("/recommendations");
		params.forEach((name, values) -> values.forEach(value -> append(uri, name, value)));
		if (request.explicitSort()) {
			append(uri, "sort", request.sort().parameter());
		}
		if (request.size() != SearchRequest.DEFAULT_SIZE) {
			append(uri, "size", String.valueOf(request.size()));
		}
		if (page > 0) {
			append(uri, "page", String.valueOf(page));
		}
		return uri.toString();
	}

	private static void append(StringBuilder uri, String name, String value) {
		uri.append(uri.indexOf("?") < 0 ? '?' : '&')
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
	}

}
