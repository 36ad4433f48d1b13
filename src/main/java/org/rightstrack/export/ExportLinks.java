package org.rightstrack.export;

import org.rightstrack.search.SearchCriteria;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the exports and the feed of a search, for templates ({@code ${@exportLinks.csv(criteria)}}):
 * the search's filters, without its paging and order.
 */
@Component("exportLinks")
public class ExportLinks {

	public String csv(SearchCriteria criteria) {
		return link("/recommendations/export.csv", criteria);
	}

	public String xlsx(SearchCriteria criteria) {
		return link("/recommendations/export.xlsx", criteria);
	}

	public String feed(SearchCriteria criteria) {
		return link("/recommendations/feed.atom", criteria);
	}

	private static String link(String path, SearchCriteria criteria) {
		String contextPath = ServletUriComponentsBuilder.fromCurrentContextPath().build().getPath();
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath((contextPath == null ? "" : contextPath) + path);
		criteria.toParameters().forEach((name, values) -> uri.queryParam(name, values.toArray()));
		return uri.encode().build().toUriString();
	}

}
