package org.rightstrack.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What an import did or would do: per-file encoding and line ending, counts of created, updated,
 * unchanged and rejected rows, every rejected row with its line, field, value and reason, duplicates
 * within the files (each reported once), warnings, and unmapped values with their counts so that a
 * curator knows which aliases to add. Serialised as JSON into the import job.
 */
public final class ImportReport {

	/** Rows listed in full; beyond this only the counts grow. */
	static final int MAX_LISTED = 1000;

	private final BiFunction<String, Object[], String> messages;

	private final String format;

	private final boolean dryRun;

	private final List<FileSummary> files = new ArrayList<>();

	private final List<Problem> rejections = new ArrayList<>();

	private final List<Problem> duplicates = new ArrayList<>();

	private final List<Problem> warnings = new ArrayList<>();

	private final Map<String, Map<String, Integer>> unmapped = new LinkedHashMap<>();

	private final Set<String> rejectedRows = new HashSet<>();

	private int duplicateCount;

	private int warningCount;

	private int rowsRead;

	private int created;

	private int updated;

	private int unchanged;

	private int documentsCreated;

	private String outcome;

	private long durationMillis;

	ImportReport(ImportFormat format, boolean dryRun, BiFunction<String, Object[], String> messages) {
		this.format = format.option();
		this.dryRun = dryRun;
		this.messages = messages;
	}

	public record FileSummary(String name, String encoding, String lineEnding, int rows) {
	}

	public record Problem(String file, long line, String field, String value, String reason) {
	}

	public record Unmapped(String kind, String value, int count) {
	}

	/** A finished report as read back from the import job (the JSON written by {@link ImportJobs}). */
	@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
	public record Summary(String format, boolean dryRun, List<FileSummary> files, int rowsRead, int created, int updated,
			int unchanged, int rejected, int duplicateCount, int warningCount, int documentsCreated, long durationMillis,
			String outcome, List<Problem> rejections, List<Problem> duplicates, List<Problem> warnings,
			List<Unmapped> unmapped) {

		public Summary {
			files = files == null ? List.of() : files;
			rejections = rejections == null ? List.of() : rejections;
			duplicates = duplicates == null ? List.of() : duplicates;
			warnings = warnings == null ? List.of() : warnings;
			unmapped = unmapped == null ? List.of() : unmapped;
		}

	}

	void file(String name, String encoding, LineEnding lineEnding, int rows) {
		files.add(new FileSummary(name, encoding, lineEnding == null ? "none" : lineEnding.name(), rows));
	}

	void reject(String file, long line, String field, String value, String code, Object... arguments) {
		rejectedRows.add(file + ":" + line);
		if (rejections.size() < MAX_LISTED) {
			rejections.add(new Problem(file, line, field, shorten(value), messages.apply(code, arguments)));
		}
	}

	/** A value that no table or alias maps: a rejection that also counts towards the unmapped list. */
	void unmapped(String file, long line, String field, String kind, String value) {
		unmapped.computeIfAbsent(kind, k -> new LinkedHashMap<>()).merge(shorten(value), 1, Integer::sum);
		reject(file, line, field, value, "import.unmapped", messages.apply("import.kind." + kind, new Object[0]), shorten(value));
	}

	void duplicate(String file, long line, long firstLine, String firstFile) {
		duplicateCount++;
		if (duplicates.size() < MAX_LISTED) {
			duplicates.add(new Problem(file, line, null, null, messages.apply("import.duplicate", new Object[] { firstFile, firstLine })));
		}
	}

	void warn(String file, long line, String field, String value, String code, Object... arguments) {
		warningCount++;
		if (warnings.size() < MAX_LISTED) {
			warnings.add(new Problem(file, line, field, shorten(value), messages.apply(code, arguments)));
		}
	}

	void rowRead() {
		rowsRead++;
	}

	void counts(int created, int updated, int unchanged) {
		this.created = created;
		this.updated = updated;
		this.unchanged = unchanged;
	}

	void documentsCreated(int count) {
		this.documentsCreated = count;
	}

	void outcome(String code, Object... arguments) {
		this.outcome = messages.apply(code, arguments);
	}

	String message(String code, Object... arguments) {
		return messages.apply(code, arguments);
	}

	public boolean hasRejections() {
		return !rejectedRows.isEmpty();
	}

	static String shorten(String value) {
		if (value == null) {
			return null;
		}
		return value.length() <= 120 ? value : value.substring(0, 117) + "...";
	}

	public String getFormat() {
		return format;
	}

	public boolean isDryRun() {
		return dryRun;
	}

	public List<FileSummary> getFiles() {
		return files;
	}

	public int getRowsRead() {
		return rowsRead;
	}

	public int getCreated() {
		return created;
	}

	public int getUpdated() {
		return updated;
	}

	public int getUnchanged() {
		return unchanged;
	}

	public int getRejected() {
		return rejectedRows.size();
	}

	public int getDuplicateCount() {
		return duplicateCount;
	}

	public int getWarningCount() {
		return warningCount;
	}

	public int getDocumentsCreated() {
		return documentsCreated;
	}

	public long getDurationMillis() {
		return durationMillis;
	}

	void durationMillis(long millis) {
		this.durationMillis = millis;
	}

	public String getOutcome() {
		return outcome;
	}

	public List<Problem> getRejections() {
		return rejections;
	}

	public List<Problem> getDuplicates() {
		return duplicates;
	}

	public List<Problem> getWarnings() {
		return warnings;
	}

	public List<Unmapped> getUnmapped() {
		List<Unmapped> list = new ArrayList<>();
		unmapped.forEach((kind, values) -> values.forEach((value, count) -> list.add(new Unmapped(kind, value, count))));
		list.sort(Comparator.comparing(Unmapped::count).reversed().thenComparing(Unmapped::kind).thenComparing(Unmapped::value));
		return list;
	}

	/** The report as the console prints it. */
	public String toText() {
		StringBuilder out = new StringBuilder();
		out.append(messages.apply("import.report.title", new Object[] { format, dryRun ? messages.apply("import.report.dryRun", new Object[0]) : "" }))
			.append('\n');
		for (FileSummary file : files) {
			out.append("  ").append(messages.apply("import.report.file",
					new Object[] { file.name(), file.encoding(), file.lineEnding(), file.rows() })).append('\n');
		}
		out.append("  ").append(messages.apply("import.report.counts",
				new Object[] { rowsRead, created, updated, unchanged, getRejected(), duplicateCount, documentsCreated }))
			.append('\n');
		appendProblems(out, "import.report.rejections", rejections, getRejected());
		appendProblems(out, "import.report.duplicates", duplicates, duplicateCount);
		appendProblems(out, "import.report.warnings", warnings, warningCount);
		List<Unmapped> unmappedValues = getUnmapped();
		if (!unmappedValues.isEmpty()) {
			out.append(messages.apply("import.report.unmapped", new Object[0])).append('\n');
			for (Unmapped u : unmappedValues) {
				out.append("  ").append(u.kind()).append(" \"").append(u.value()).append("\": ").append(u.count()).append('\n');
			}
		}
		out.append(messages.apply("import.report.duration", new Object[] { String.format(java.util.Locale.ROOT, "%.1f", durationMillis / 1000.0) }))
			.append('\n');
		if (outcome != null) {
			out.append(outcome).append('\n');
		}
		return out.toString();
	}

	private void appendProblems(StringBuilder out, String titleCode, List<Problem> problems, int total) {
		if (total == 0) {
			return;
		}
		out.append(messages.apply(titleCode, new Object[] { total })).append('\n');
		for (Problem p : problems) {
			out.append("  ").append(p.file()).append(':').append(p.line());
			if (p.field() != null) {
				out.append(" [").append(p.field()).append(']');
			}
			if (p.value() != null) {
				out.append(" \"").append(p.value()).append('"');
			}
			out.append(": ").append(p.reason()).append('\n');
		}
		if (total > problems.size()) {
			out.append("  ").append(messages.apply("import.report.more", new Object[] { total - problems.size() })).append('\n');
		}
	}

}
