package org.rightstrack.search;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.rightstrack.recommendation.RecommendationRedirects;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The recommendations in JSON, with the same filters as the search page. Bad parameters are a 400
 * with RFC 9457 problem details that list each one; unknown codes too (the page only warns).
 */
@RestController
@RequestMapping(path = "/api/v1/recommendations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Recommendations", description = "Search and read recommendations; mirror them with `since`.")
class RecommendationApiController {

	private final RecommendationSearch search;

	private final RecommendationDetails details;

	private final RecommendationRedirects redirects;

	private final MessageSource messages;

	RecommendationApiController(RecommendationSearch search, RecommendationDetails details,
			RecommendationRedirects redirects, MessageSource messages) {
		this.search = search;
		this.details = details;
		this.redirects = redirects;
		this.messages = messages;
	}

	/** The response of a search: one page of recommendations, the paging and the facet counts. */
	record ApiPage(List<RecommendationHit> content, PageInfo page, Map<String, List<FacetCount>> facets) {
	}

	record PageInfo(int number, int size, long totalElements, int totalPages) {
	}

	@GetMapping
	@Operation(summary = "Search recommendations",
			description = "Full-text search (websearch syntax: \"phrase\", OR, -word; every form of a word) and filters. "
					+ "Repeat a parameter for several values of one filter (they are alternatives); different filters "
					+ "must all hold. Facet counts apply every filter but the facet's own. Only published recommendations.")
	@Parameters({ @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words to find"),
			@Parameter(name = "country", in = ParameterIn.QUERY, description = "ISO 3166 alpha-3 code of the country addressed (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string", example = "IDN"))),
			@Parameter(name = "group", in = ParameterIn.QUERY, description = "Country group code such as ASEAN (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "region", in = ParameterIn.QUERY, description = "UN regional group (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string", allowableValues = { "AFRICA", "ASIA_PACIFIC",
							"EASTERN_EUROPE", "GRULAC", "WEOG" }))),
			@Parameter(name = "kind", in = ParameterIn.QUERY, description = "Kind of mechanism (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string", allowableValues = { "TREATY_BODY",
							"SPECIAL_PROCEDURE", "UPR", "REGIONAL", "OTHER" }))),
			@Parameter(name = "mechanism", in = ParameterIn.QUERY, description = "Mechanism code such as CEDAW or UPR (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "treaty", in = ParameterIn.QUERY, description = "Treaty code such as CAT (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "document", in = ParameterIn.QUERY, description = "Document symbol (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "theme", in = ParameterIn.QUERY, description = "Theme code (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "affected", in = ParameterIn.QUERY, description = "Affected persons code (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "sdg", in = ParameterIn.QUERY, description = "SDG goal 1-17 (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "integer"))),
			@Parameter(name = "cycle", in = ParameterIn.QUERY, description = "UPR cycle (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "integer"))),
			@Parameter(name = "session", in = ParameterIn.QUERY, description = "Session number (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "integer"))),
			@Parameter(name = "response", in = ParameterIn.QUERY, description = "UPR response (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string", allowableValues = { "SUPPORTED", "NOTED", "PENDING" }))),
			@Parameter(name = "recommendingState", in = ParameterIn.QUERY, description = "Alpha-3 code of the recommending state (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "actionCategory", in = ParameterIn.QUERY, description = "UPR Info action category 1-5 (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "integer"))),
			@Parameter(name = "status", in = ParameterIn.QUERY, description = "Implementation status from the government's latest assessment (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string", allowableValues = { "NOT_STARTED", "STARTED",
							"PARTIALLY_IMPLEMENTED", "LARGELY_IMPLEMENTED", "FULLY_IMPLEMENTED" }))),
			@Parameter(name = "civilSocietyStatus", in = ParameterIn.QUERY, description = "Implementation status from the latest NHRI or CSO assessment (repeatable)",
					array = @ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "from", in = ParameterIn.QUERY, description = "From this year (2015) or date (2015-06-30)"),
			@Parameter(name = "to", in = ParameterIn.QUERY, description = "Up to this year or date"),
			@Parameter(name = "actions", in = ParameterIn.QUERY, description = "With (yes) or without (no) published follow-up actions"),
			@Parameter(name = "since", in = ParameterIn.QUERY, description = "Changed at or after this ISO 8601 timestamp (2025-01-31T00:00:00Z)"),
			@Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 0", schema = @Schema(type = "integer", defaultValue = "0")),
			@Parameter(name = "size", in = ParameterIn.QUERY, description = "Page size, 1-100", schema = @Schema(type = "integer", defaultValue = "20")),
			@Parameter(name = "sort", in = ParameterIn.QUERY, description = "Order",
					schema = @Schema(type = "string", allowableValues = { "relevance", "newest", "oldest", "country" })) })
	@ApiResponse(responseCode = "200", description = "A page of recommendations")
	@ApiResponse(responseCode = "400", description = "A parameter is not understood (problem details)",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json"))
	ApiPage list(@Parameter(hidden = true) HttpServletRequest http,
			@Parameter(description = "Include the facet counts") @RequestParam(defaultValue = "true") boolean facets,
			Locale locale) {
		SearchRequest request = SearchRequest.parse(http.getParameterMap(), true);
		if (!request.errors().isEmpty()) {
			throw badRequest(request.errors(), locale);
		}
		SearchResult result = facets
				? search.searchWithFacets(request.criteria(), request.page(), request.size(), request.sort())
				: search.search(request.criteria(), request.page(), request.size(), request.sort());
		List<SearchCriteria.SearchError> unknown = result.notices()
			.stream()
			.filter(n -> n.messageKey().equals("search.notice.unknown"))
			.toList();
		if (!unknown.isEmpty()) {
			throw badRequest(unknown, locale);
		}
		return new ApiPage(result.content(),
				new PageInfo(result.page(), result.size(), result.totalElements(), result.totalPages()), result.facets());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One recommendation",
			description = "With its document, themes, affected persons, SDG targets, published follow-up actions, approved "
					+ "assessments (latest per kind of assessor and all of them) and related recommendations. A recommendation "
					+ "merged into another answers 301 with the other's URL.")
	@ApiResponse(responseCode = "200", description = "The recommendation")
	@ApiResponse(responseCode = "301", description = "Merged into another recommendation: see Location")
	@ApiResponse(responseCode = "404", description = "No such published recommendation (problem details)",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json"))
	ResponseEntity<RecommendationDetails.Detail> show(@PathVariable String id) {
		long number;
		try {
			number = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The id must be a number.");
			problem.setTitle("Invalid recommendation id");
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
		}
		var target = redirects.target(number);
		if (target.isPresent()) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create("/api/v1/recommendations/" + target.get()))
				.build();
		}
		return details.find(number, false).map(ResponseEntity::ok).orElseThrow(() -> {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"No published recommendation has the id " + number + ".");
			problem.setTitle("Recommendation not found");
			return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
		});
	}

	/** Answers with the problem details here, whatever advice other modules install. */
	@ExceptionHandler(ErrorResponseException.class)
	ResponseEntity<ProblemDetail> problem(ErrorResponseException ex) {
		return ResponseEntity.status(ex.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ex.getBody());
	}

	private ErrorResponseException badRequest(List<SearchCriteria.SearchError> errors, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some search parameters are not understood: see errors.");
		problem.setTitle("Invalid search parameters");
		List<Map<String, String>> list = new ArrayList<>();
		for (SearchCriteria.SearchError error : errors) {
			Map<String, String> item = new LinkedHashMap<>();
			item.put("parameter", error.parameter());
			item.put("value", error.value());
			Object[] args = { error.parameter(), error.value() };
			item.put("message", messages.getMessage(error.messageKey() + ".api", args,
					messages.getMessage(error.messageKey(), args, error.messageKey(), locale), locale));
			list.add(item);
		}
		problem.setProperty("errors", list);
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

}
