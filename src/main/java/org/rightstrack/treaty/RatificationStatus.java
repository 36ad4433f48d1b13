package org.rightstrack.treaty;

/** A state's standing towards a treaty: bound by it, signed only, or neither. */
public enum RatificationStatus {

	PARTY, SIGNATORY, NO_ACTION;

	static RatificationStatus of(java.time.LocalDate signedOn, java.time.LocalDate consentOn) {
		if (consentOn != null) {
			return PARTY;
		}
		return signedOn != null ? SIGNATORY : NO_ACTION;
	}

}
