package org.rightstrack.country;

/** The five United Nations regional groups. */
public enum RegionalGroup {
	AFRICA, ASIA_PACIFIC, EASTERN_EUROPE, GRULAC, WEOG
}
