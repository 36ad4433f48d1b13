package org.rightstrack.recommendation;

/** The five-level scale on which implementation of a recommendation is assessed. */
public enum ImplementationStatus {
	NOT_STARTED, STARTED, PARTIALLY_IMPLEMENTED, LARGELY_IMPLEMENTED, FULLY_IMPLEMENTED
}
