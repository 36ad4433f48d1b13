package org.rightstrack.system;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A GET under /api/v1 that no endpoint answers is a problem-details 404 (see {@link ApiProblems})
 * rather than the HTML error page. Any real endpoint's pattern is more specific and wins.
 */
@RestController
@Hidden
class ApiNotFound {

	@GetMapping("/api/v1/**")
	void notFound() {
		throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No API resource at this address");
	}

}
