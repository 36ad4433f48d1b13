package org.rightstrack.export;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.rightstrack.search.SearchCriteria;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the exports and the feed of the search the current request shows, for templates
 * ({@code ${@exportLinks.csv()}}): the search's filters, without its paging and order.
 */
@Component("exportLinks")
public class ExportLinks {

	public String csv() {
		return link("/recommendations/export.csv");
	}

	public String xlsx() {
		return link("/recommendations/export.xlsx");
	}

	public String feed() {
		return link("/recommendations/feed.atom");
	}

	private static String link(String path) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
		Map<String, List<String>> params = new java.util.LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> params.put(name, List.of(values)));
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(request.getContextPath() + path);
		SearchCriteria.parse(params).criteria().toParameters().forEach((name, values) -> uri.queryParam(name, values.toArray()));
		return uri.encode().build().toUriString();
	}

}
