package org.rightstrack.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the format readers share during one import: options, report, progress, names and the rows read. */
final class ImportContext {

	private record Seen(String file, long line) {
	}

	final ImportOptions options;

	final ImportReport report;

	final ImportProgress progress;

	final Vocabulary vocabulary;

	final List<RecommendationRow> recommendations = new ArrayList<>();

	final List<RatificationRow> ratifications = new ArrayList<>();

	private final Map<String, Seen> keys = new HashMap<>();

	ImportContext(ImportOptions options, ImportReport report, ImportProgress progress, Vocabulary vocabulary) {
		this.options = options;
		this.report = report;
		this.progress = progress;
		this.vocabulary = vocabulary;
	}

	/**
	 * True the first time a key is seen in this import; later rows with the same key are reported once
	 * each as duplicates of the first and skipped.
	 */
	boolean firstOccurrence(String key, String file, long line) {
		Seen first = keys.putIfAbsent(key, new Seen(file, line));
		if (first == null) {
			return true;
		}
		report.duplicate(file, line, first.line(), first.file());
		return false;
	}

}
