package org.rightstrack.followup;

public enum EvidenceKind {
	LINK, FILE
}
