package org.rightstrack.generator;

import java.time.LocalDate;

/** An outcome document to generate, with the number of recommendations it will hold. */
record PlannedDocument(Mechanism mechanism, Country country, String symbol, String title, String type, Integer session,
		String sessionLabel, Integer uprCycle, LocalDate publishedOn, int size) {

	PlannedDocument withSize(int newSize) {
		return new PlannedDocument(mechanism, country, symbol, title, type, session, sessionLabel, uprCycle, publishedOn, newSize);
	}

}
