package org.rightstrack.treaty;

public enum TreatyKind {
	CORE, OPTIONAL_PROTOCOL, REGIONAL, OTHER
}
