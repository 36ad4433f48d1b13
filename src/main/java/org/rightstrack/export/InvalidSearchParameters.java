package org.rightstrack.export;

import java.util.List;

import org.rightstrack.search.SearchCriteria;

/** An export or feed asked with parameters the search does not understand: a 400, never a partial file. */
class InvalidSearchParameters extends RuntimeException {

	private final List<SearchCriteria.SearchError> errors;

	InvalidSearchParameters(List<SearchCriteria.SearchError> errors) {
		super("Invalid search parameters: " + errors);
		this.errors = List.copyOf(errors);
	}

	List<SearchCriteria.SearchError> errors() {
		return errors;
	}

}
