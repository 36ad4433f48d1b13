package org.rightstrack.importing;

/**
 * A problem that rejects a whole file (empty, binary, missing column, broken quoting): a message
 * key of the importing bundle and its arguments.
 */
class ImportException extends RuntimeException {

	private final String code;

	private final transient Object[] arguments;

	private final long line;

	ImportException(long line, String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments;
		this.line = line;
	}

	ImportException(String code, Object... arguments) {
		this(0, code, arguments);
	}

	String code() {
		return code;
	}

	Object[] arguments() {
		return arguments;
	}

	long line() {
		return line;
	}

}
