package org.rightstrack.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.rightstrack.search.RecommendationSearch;
import org.rightstrack.search.SearchCriteria;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.async.WebAsyncUtils;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The search as files and as a feed, with the filters of the search page: {@code export.csv} (the
 * Rightstrack CSV, which the importer reads back), {@code export.xlsx} and {@code feed.atom}.
 * Exports stream: rows go out while the database produces them.
 */
@Controller
class ExportController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	/** A million rows take minutes on a slow link; the servlet container's default (30 s) would cut them. */
	private static final Duration TIMEOUT = Duration.ofHours(2);

	private static final Log log = LogFactory.getLog(ExportController.class);

	/** Exports running at once ({@code rightstrack.exports.max-concurrent}); more would slow the searches down. */
	final Semaphore running;

	private final RecommendationExport exports;

	private final RecommendationFeed feeds;

	private final RecommendationSearch search;

	private final MessageSource messages;

	ExportController(RecommendationExport exports, RecommendationFeed feeds, RecommendationSearch search,
			MessageSource messages, @Value("${rightstrack.exports.max-concurrent:3}") int maxConcurrent) {
		this.running = new Semaphore(Math.max(1, maxConcurrent));
		this.exports = exports;
		this.feeds = feeds;
		this.search = search;
		this.messages = messages;
	}

	@GetMapping("/recommendations/export.csv")
	ResponseEntity<StreamingResponseBody> csv(HttpServletRequest request) {
		SearchCriteria criteria = criteria(request);
		int limit = limit(request);
		String base = baseUrl();
		return stream(request, CSV, "csv", out -> {
			try (CsvExport csv = new CsvExport(out)) {
				long rows = exports.forEach(criteria, base, limit, csv::write);
				log.debug("Exported " + rows + " rows as CSV");
			}
		});
	}

	@GetMapping("/recommendations/export.xlsx")
	ResponseEntity<StreamingResponseBody> xlsx(HttpServletRequest request, Locale locale) {
		SearchCriteria criteria = criteria(request);
		int limit = limit(request);
		String base = baseUrl();
		String sheet = messages.getMessage("export.sheet", null, "Recommendations", locale);
		return stream(request, XLSX, "xlsx", out -> {
			try (XlsxExport xlsx = new XlsxExport(out, sheet)) {
				long rows = exports.forEach(criteria, base, limit, xlsx::write);
				log.debug("Exported " + rows + " rows as XLSX");
			}
		});
	}

	@GetMapping("/recommendations/feed.atom")
	ResponseEntity<String> feed(HttpServletRequest request, Locale locale) {
		SearchCriteria criteria = criteria(request);
		String self = ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString();
		String xml = feeds.atom(criteria, baseUrl(), self, locale);
		return ResponseEntity.ok().contentType(ATOM).body(xml);
	}

	private ResponseEntity<StreamingResponseBody> stream(HttpServletRequest request, MediaType type, String extension,
			StreamingResponseBody body) {
		if (!running.tryAcquire()) {
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Too many exports are running; try again in a minute.");
		}
		var async = WebAsyncUtils.getAsyncManager(request).getAsyncWebRequest();
		if (async != null) {
			async.setTimeout(TIMEOUT.toMillis());
		}
		String filename = "rightstrack-recommendations-" + LocalDate.now(ZoneOffset.UTC) + "." + extension;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body((OutputStream out) -> {
				try {
					body.writeTo(out);
				}
				catch (IOException | RuntimeException ex) {
					// the status line is gone; the client sees a cut file, the log says why
					log.warn("Export " + filename + " stopped: " + ex);
					throw ex;
				}
				finally {
					running.release();
				}
			});
	}

	/** The criteria of the request; parameters that are not understood or unknown codes are a 400. */
	private SearchCriteria criteria(HttpServletRequest request) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> params.put(name, Arrays.asList(values)));
		SearchCriteria.Parsed parsed = SearchCriteria.parse(params);
		List<SearchCriteria.SearchError> errors = new ArrayList<>(parsed.errors());
		search.check(parsed.criteria())
			.stream()
			.filter(notice -> notice.messageKey().equals("search.notice.unknown"))
			.forEach(errors::add);
		if (!errors.isEmpty()) {
			throw new InvalidSearchParameters(errors);
		}
		return parsed.criteria();
	}

	/** The {@code limit} parameter: the first rows only (1 to {@link RecommendationExport#MAX_ROWS}); all when absent. */
	private static int limit(HttpServletRequest request) {
		String value = request.getParameter("limit");
		if (value == null || value.isBlank()) {
			return RecommendationExport.MAX_ROWS;
		}
		String stripped = value.strip();
		if (stripped.matches("\\d{1,7}")) {
			int limit = Integer.parseInt(stripped);
			if (limit >= 1 && limit <= RecommendationExport.MAX_ROWS) {
				return limit;
			}
		}
		throw new InvalidSearchParameters(List.of(new SearchCriteria.SearchError("limit",
				stripped.length() > 40 ? stripped.substring(0, 40) + "…" : stripped, "export.error.limit")));
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	/** The search's messages say what the page ignored; an export ignores nothing, so it has its own wording. */
	private String reason(SearchCriteria.SearchError error, Locale locale) {
		Object[] args = { error.parameter(), error.value() };
		String own = "export.error." + error.messageKey().substring(error.messageKey().lastIndexOf('.') + 1);
		String fallback = messages.getMessage(error.messageKey(), args, error.messageKey(), locale);
		return messages.getMessage(own, args, fallback, locale);
	}

	/** A page for browsers, problem details (RFC 9457) for everything else. */
	@ExceptionHandler(InvalidSearchParameters.class)
	Object invalid(InvalidSearchParameters ex, HttpServletRequest request, Locale locale) {
		List<String> reasons = ex.errors()
			.stream()
			.map(e -> reason(e, locale))
			.toList();
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
			ModelAndView page = new ModelAndView("exports/invalid", HttpStatus.BAD_REQUEST);
			page.addObject("reasons", reasons);
			return page;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join(" ", reasons));
		problem.setTitle(messages.getMessage("export.invalid.title", null, "Invalid parameters", locale));
		problem.setProperty("errors", ex.errors()
			.stream()
			.map(e -> Map.of("parameter", e.parameter(), "value", Objects.toString(e.value(), ""), "code", e.messageKey()))
			.toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
