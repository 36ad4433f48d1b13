package org.rightstrack.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered HTML of the busiest public pages — the search page (whole or the htmx part),
 * a facet's values and the country profiles — as anonymous readers get them, so that a page many
 * people read is sent from memory instead of being rendered again (rendering is most of a cached
 * search's time). Like every result the application keeps ({@link GenerationCache}), a page is
 * stored under the generations read before it was rendered and is never sent once recommendations,
 * reference data or what a profile shows have changed, nor kept when it was rendered while a change
 * was in flight. Only anonymous {@code GET}s are answered from it (a signed-in user's pages name the
 * user and carry a CSRF token); the key is the path, the query string, the reader's language and the
 * htmx headers that select what is rendered. Only complete 200 answers that set no cookie are kept.
 */
public class PublicPageCache extends OncePerRequestFilter {

	/** The pages kept: the search page, a facet's values, a country profile. */
	static final Pattern PAGES = Pattern.compile("/recommendations|/recommendations/facets/[A-Za-z]+|/countries/[A-Za-z]{3}");

	/** Response headers the handler sets that belong to the page (security headers are written again on every answer). */
	private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.VARY);

	/** The htmx request headers that change what the handlers render. */
	private static final List<String> HTMX_HEADERS = List.of("HX-Request", "HX-History-Restore-Request", "HX-Target");

	private record Key(String path, String parameters, Locale locale, List<String> htmx, long browse) {
	}

	private record Page(String contentType, Locale locale, Map<String, List<String>> headers, byte[] body) {
	}

	private final DataGenerations generations;

	private final LocaleResolver locales;

	private final boolean enabled;

	private final GenerationCache<Key, Page> pages;

	private final AtomicLong hits = new AtomicLong();

	/** How many pages were answered from memory. */
	public long hits() {
		return hits.get();
	}

	/**
	 * @param lifetimeMillis at most how long a page is used; 0 or less switches the cache off
	 * @param maxEntries pages kept, least recently used dropped first (a search page is about 150 KB)
	 */
	public PublicPageCache(DataGenerations generations, LocaleResolver locales, long lifetimeMillis, int maxEntries) {
		this.generations = generations;
		this.locales = locales;
		this.enabled = lifetimeMillis > 0;
		this.pages = new GenerationCache<>(lifetimeMillis, maxEntries, generations);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !enabled || !"GET".equals(request.getMethod()) || !PAGES.matcher(pathOf(request)).matches()
				|| request.getParameter("lang") != null || !anonymous();
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static boolean anonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<String> htmx = new ArrayList<>();
		for (String header : HTMX_HEADERS) {
			htmx.add(request.getHeader(header));
		}
		DataGenerations.WithBrowse read = generations.readWithBrowse();
		Key key = new Key(pathOf(request), parameters(request), locales.resolveLocale(request), htmx, read.browse());
		Page page = pages.getIfFresh(key, read.generations());
		if (page != null) {
			hits.incrementAndGet();
			send(page, response);
			return;
		}
		DataGenerations.State before = generations.state();
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (rendering.getStatus() == HttpServletResponse.SC_OK && !rendering.containsHeader(HttpHeaders.SET_COOKIE)
				&& !request.isAsyncStarted()) {
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (String name : KEPT_HEADERS) {
				if (rendering.containsHeader(name)) {
					headers.put(name, List.copyOf(rendering.getHeaders(name)));
				}
			}
			pages.put(key, read.generations(), before,
					new Page(rendering.getContentType(), key.locale(), headers, rendering.getContentAsByteArray()));
		}
		rendering.copyBodyToResponse();
	}

	/** The query's parameters in their order (a GET has no others), values included. */
	private static String parameters(HttpServletRequest request) {
		StringBuilder text = new StringBuilder();
		request.getParameterMap().forEach((name, values) -> {
			text.append(name.length()).append(':').append(name);
			for (String value : values) {
				text.append('=').append(value.length()).append(':').append(value);
			}
			text.append('&');
		});
		return text.toString();
	}

	private static void send(Page page, HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setLocale(page.locale());
		response.setContentType(page.contentType());
		page.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

}
