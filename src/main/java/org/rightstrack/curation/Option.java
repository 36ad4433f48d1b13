package org.rightstrack.curation;

/** One choice in a select box of a curation form; the label is a message key when {@code key} is true. */
record Option(String value, String label, boolean key) {

	static Option of(Object value, String label) {
		return new Option(String.valueOf(value), label, false);
	}

	/** A value of an enumeration, labelled by the message {@code curation.enum.Type.VALUE}. */
	static Option of(Enum<?> value) {
		return new Option(value.name(), "curation.enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), true);
	}

}
