package org.rightstrack.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

/**
 * The search page. One handler: a normal request gets the page, an htmx request (header
 * {@code HX-Request}) only the part below the search box (facets and results), which htmx swaps
 * in and whose URL it pushes, so every state of the page is a link.
 */
@Controller
class RecommendationSearchController {

	/** Facet values shown before "more". */
	static final int SHOWN_VALUES = 8;

	/**
	 * Further values listed under "more"; the rest (a facet can have 194 countries) come on
	 * request, so that a page is not a thousand checkboxes long.
	 */
	static final int MORE_VALUES = 16;

	/** Facets that start open in the filters panel. */
	static final Set<String> OPEN_FACETS = Set.of("country", "mechanism", "theme", "response", "status");

	private final RecommendationSearch search;

	private final MessageSource messages;

	RecommendationSearchController(RecommendationSearch search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	@GetMapping("/recommendations")
	String search(HttpServletRequest http, HttpServletResponse response,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore, Model model,
			Locale locale) {
		// the same URL answers a page or a fragment: caches must keep them apart
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		SearchRequest request = SearchRequest.parse(http.getParameterMap(), false);
		SearchResult result = search.searchWithFacets(request.criteria(), request.page(), request.size(), request.sort());
		List<String> problems = new ArrayList<>();
		for (SearchCriteria.SearchError error : request.errors()) {
			problems.add(message(error, locale));
		}
		List<String> notices = new ArrayList<>();
		for (SearchCriteria.SearchError notice : result.notices()) {
			notices.add(message(notice, locale));
		}
		SearchLinks links = new SearchLinks(request);
		model.addAttribute("request", request);
		model.addAttribute("criteria", request.criteria());
		model.addAttribute("result", result);
		model.addAttribute("problems", problems);
		model.addAttribute("notices", notices);
		model.addAttribute("links", links);
		model.addAttribute("chips", links.chips(result.facets()));
		model.addAttribute("facets", facetViews(request.criteria(), result.facets(), locale));
		model.addAttribute("years", result.facets().getOrDefault("year", List.of()));
		model.addAttribute("sorts", SearchSort.values());
		model.addAttribute("sizes", SearchRequest.PAGE_SIZES);
		// htmx restoring history it no longer holds asks for the whole page
		boolean fragment = htmx != null && historyRestore == null;
		return fragment ? "search/recommendations :: searchBody" : "search/recommendations";
	}

	/**
	 * Every value of one facet for the current search: without JavaScript a page with a form that
	 * keeps the other filters; for htmx (the "all values" link in the filters panel) only the
	 * checkboxes not shown yet, which it puts in place of the link, inside the search form.
	 */
	@GetMapping("/recommendations/facets/{name}")
	String facet(@PathVariable String name, HttpServletRequest http, HttpServletResponse response,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		SearchRequest request = SearchRequest.parse(http.getParameterMap(), false);
		FacetView view = facetViews(request.criteria(), search.facets(request.criteria()), locale).stream()
			.filter(f -> f.name().equals(name))
			.findFirst()
			.orElse(null);
		if (view == null) {
			if (!RecommendationSearch.FACETS.contains(name) || name.equals("year") || name.equals("actions")) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			view = new FacetView(name, List.of(), List.of(), List.of(), true);
		}
		SearchLinks links = new SearchLinks(request);
		model.addAttribute("facet", view);
		model.addAttribute("links", links);
		model.addAttribute("hidden", links.hiddenExcept(name));
		return htmx != null ? "search/facet-values :: rest" : "search/facet";
	}

	private String message(SearchCriteria.SearchError error, Locale locale) {
		String parameter = messages.getMessage("search.facet." + error.parameter(), null, error.parameter(), locale);
		return messages.getMessage(error.messageKey(), new Object[] { parameter, error.value() }, error.messageKey(), locale);
	}

	/** A facet as the filters panel shows it: selected values first, then by count, the rest folded. */
	record FacetView(String name, List<Value> shown, List<Value> more, List<Value> rest, boolean open) {

		public List<Value> all() {
			List<Value> all = new ArrayList<>(shown);
			all.addAll(more);
			all.addAll(rest);
			return all;
		}


		/** @param countText the count as the language writes numbers (formatted here, not once per value in the template) */
		record Value(String value, String label, long count, String countText, boolean selected, String id) {
		}

	}

	/**
	 * An open facet lists its first values, up to {@link #MORE_VALUES} more under "more", and a link
	 * to the rest; a closed one (most of them, until a value is chosen) its first values and the
	 * link, so that values few people look at cost nothing to render.
	 */
	private List<FacetView> facetViews(SearchCriteria criteria, Map<String, List<FacetCount>> facets, Locale locale) {
		java.text.NumberFormat numbers = java.text.NumberFormat.getIntegerInstance(locale);
		Map<String, List<String>> selected = criteria.toParameters();
		List<FacetView> views = new ArrayList<>();
		for (String name : RecommendationSearch.FACETS) {
			if (name.equals("year") || name.equals("actions")) {
				continue;
			}
			Set<String> chosen = new HashSet<>();
			for (String value : selected.getOrDefault(name, List.of())) {
				chosen.add(value.toUpperCase(Locale.ROOT));
			}
			List<FacetView.Value> values = new ArrayList<>();
			Set<String> present = new HashSet<>();
			int index = 0;
			for (FacetCount count : facets.getOrDefault(name, List.of())) {
				boolean isSelected = chosen.contains(count.value().toUpperCase(Locale.ROOT));
				present.add(count.value().toUpperCase(Locale.ROOT));
				values.add(new FacetView.Value(count.value(), count.label(), count.count(), numbers.format(count.count()),
						isSelected, name + "-" + index++));
			}
			for (String value : selected.getOrDefault(name, List.of())) {
				if (!present.contains(value.toUpperCase(Locale.ROOT))) {
					values.add(0, new FacetView.Value(value, value, 0, numbers.format(0), true, name + "-" + index++));
				}
			}
			if (values.isEmpty()) {
				continue;
			}
			boolean open = OPEN_FACETS.contains(name) || !chosen.isEmpty();
			int moreValues = open ? MORE_VALUES : 0;
			List<FacetView.Value> shown = new ArrayList<>();
			List<FacetView.Value> more = new ArrayList<>();
			List<FacetView.Value> rest = new ArrayList<>();
			for (FacetView.Value value : values) {
				if (shown.size() < SHOWN_VALUES || value.selected()) {
					shown.add(value);
				}
				else if (more.size() < moreValues) {
					more.add(value);
				}
				else {
					rest.add(value);
				}
			}
			views.add(new FacetView(name, shown, more, rest, open));
		}
		return views;
	}

}
