package org.rightstrack.followup;

public enum ActionStatus {
	PLANNED, IN_PROGRESS, COMPLETED, CANCELLED
}
