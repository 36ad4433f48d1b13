package org.rightstrack.importing;

/** Thrown at the next row or step of an import that a curator cancelled; its transaction rolls back. */
class ImportCancelledException extends RuntimeException {

	ImportCancelledException() {
		super("cancelled", null, false, false);
	}

}
