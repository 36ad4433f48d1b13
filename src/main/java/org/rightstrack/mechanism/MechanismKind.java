package org.rightstrack.mechanism;

public enum MechanismKind {
	TREATY_BODY, SPECIAL_PROCEDURE, UPR, REGIONAL, OTHER
}
