package org.rightstrack.followup;

public enum ModerationStatus {
	PENDING, APPROVED, REJECTED
}
