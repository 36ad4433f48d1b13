package org.rightstrack.importing;

import java.time.LocalDate;

/**
 * A country's status for a treaty as a status table gives it. {@code yearOnly} marks a table that
 * knows only the year of consent (an existing date in that year is kept, otherwise 1 January of the
 * year is stored) and no signature date (an existing one is kept).
 */
record RatificationRow(String file, long line, long countryId, long treatyId, LocalDate signedOn, LocalDate consentOn,
		String consentType, boolean yearOnly) {
}
