package org.rightstrack.treaty;

/** How a state expressed its consent to be bound by a treaty. */
public enum ConsentType {
	RATIFICATION, ACCESSION, SUCCESSION
}
