package org.rightstrack.mechanism;

/** Whether a special procedure covers a theme everywhere or one country. */
public enum MandateType {
	THEMATIC, COUNTRY
}
