package org.rightstrack.mechanism;

public enum VisitStatus {
	REQUESTED, ACCEPTED, COMPLETED, DECLINED, POSTPONED
}
