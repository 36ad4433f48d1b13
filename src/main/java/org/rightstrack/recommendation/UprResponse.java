package org.rightstrack.recommendation;

/** The state under review's response to a UPR recommendation (UPR Info's "Accepted" is supported). */
public enum UprResponse {
	SUPPORTED, NOTED, PENDING
}
