package org.rightstrack.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.rightstrack.recommendation.RightstrackCsv;

/**
 * One recommendation as exported, with its vocabularies joined: the values of
 * {@link RightstrackCsv#COLUMNS}, in that order. Lists are sorted codes, as the importer reads them.
 */
record ExportRow(long id, String externalId, String country, String countryName, String mechanism,
		String mechanismName, String mechanismKind, String documentSymbol, String documentTitle, String documentType,
		Integer session, Integer uprCycle, String paragraph, String text, LocalDate publishedOn,
		List<String> recommendingStates, String uprResponse, Integer uprActionCategory, boolean followUp,
		LocalDate followUpDeadline, List<String> themes, List<String> themeNames, List<String> affectedGroups,
		List<String> affectedGroupNames, List<String> sdgTargets, String implementationStatus,
		String civilSocietyStatus, int actionsCount, boolean published, String url) {

	/** The cells as text, in column order; empty strings for missing values. */
	List<String> cells() {
		List<String> cells = new ArrayList<>(RightstrackCsv.COLUMNS.size());
		for (Object value : values()) {
			cells.add(text(value));
		}
		return cells;
	}

	/** The values in column order: strings, numbers, booleans, dates, or null. Lists are joined. */
	List<Object> values() {
		List<Object> values = new ArrayList<>(RightstrackCsv.COLUMNS.size());
		values.add(id);
		values.add(externalId);
		values.add(country);
		values.add(countryName);
		values.add(mechanism);
		values.add(mechanismName);
		values.add(mechanismKind);
		values.add(documentSymbol);
		values.add(documentTitle);
		values.add(documentType);
		values.add(session);
		values.add(uprCycle);
		values.add(paragraph);
		values.add(text);
		values.add(publishedOn);
		values.add(join(recommendingStates));
		values.add(uprResponse);
		values.add(uprActionCategory);
		values.add(followUp);
		values.add(followUpDeadline);
		values.add(join(themes));
		values.add(join(themeNames));
		values.add(join(affectedGroups));
		values.add(join(affectedGroupNames));
		values.add(join(sdgTargets));
		values.add(implementationStatus);
		values.add(civilSocietyStatus);
		values.add(actionsCount);
		values.add(published);
		values.add(url);
		return values;
	}

	private static String join(List<String> values) {
		return values.isEmpty() ? null : String.join(RightstrackCsv.LIST_SEPARATOR, values);
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

}
