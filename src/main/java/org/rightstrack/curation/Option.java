package org.rightstrack.curation;

/** One choice in a select box of a curation form. */
record Option(String value, String label) {

	static Option of(Object value, String label) {
		return new Option(String.valueOf(value), label);
	}

}
