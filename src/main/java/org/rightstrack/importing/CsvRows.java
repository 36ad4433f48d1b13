package org.rightstrack.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The rows of a CSV file with the line each starts on (LF, CRLF and bare CR all end a line). A
 * broken file (unterminated quote) is an {@link ImportException} naming the line.
 */
final class CsvRows {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setAllowMissingColumnNames(true)
		.setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
		.setIgnoreEmptyLines(true)
		.get();

	record Row(long line, List<String> values) {

		String get(int index) {
			return index >= 0 && index < values.size() ? values.get(index) : null;
		}

	}

	private final List<String> header;

	private final List<Row> rows;

	private CsvRows(List<String> header, List<Row> rows) {
		this.header = header;
		this.rows = rows;
	}

	static CsvRows parse(String text) {
		int[] lineStarts = lineStarts(text);
		List<List<String>> records = new ArrayList<>();
		List<Long> lines = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
			for (CSVRecord record : parser) {
				records.add(record.toList());
				lines.add(lineOf(lineStarts, record.getCharacterPosition()));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			long line = lines.isEmpty() ? 1 : lines.get(lines.size() - 1) + 1;
			throw new ImportException(line, "import.file.brokenCsv", line, rootMessage(ex));
		}
		if (records.isEmpty()) {
			throw new ImportException("import.file.empty");
		}
		List<String> header = records.get(0).stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
		List<Row> rows = new ArrayList<>(records.size());
		for (int i = 1; i < records.size(); i++) {
			List<String> values = records.get(i);
			if (values.size() == 1 && values.get(0).isBlank()) {
				continue;
			}
			rows.add(new Row(lines.get(i), values));
		}
		return new CsvRows(header, rows);
	}

	private static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null) {
			t = t.getCause();
		}
		return t.getMessage();
	}

	private static int[] lineStarts(String text) {
		int[] starts = new int[1024];
		int count = 0;
		starts[count++] = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				i++;
			}
			if (c == '\r' || c == '\n') {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		return Arrays.copyOf(starts, count);
	}

	private static long lineOf(int[] lineStarts, long position) {
		int index = Arrays.binarySearch(lineStarts, (int) position);
		return (index >= 0 ? index : -index - 2) + 1;
	}

	List<String> header() {
		return header;
	}

	List<Row> rows() {
		return rows;
	}

	/** Column index by header name, ignoring case, spaces and punctuation; -1 when absent. */
	Map<String, Integer> columns() {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = header.size() - 1; i >= 0; i--) {
			columns.put(key(header.get(i)), i);
		}
		return columns;
	}

	static String key(String name) {
		return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "");
	}

	/** The index of each required column, or an {@link ImportException} naming the first missing one. */
	int[] require(String... names) {
		Map<String, Integer> columns = columns();
		int[] indexes = new int[names.length];
		for (int i = 0; i < names.length; i++) {
			Integer index = columns.get(key(names[i]));
			if (index == null) {
				throw new ImportException(1, "import.file.missingColumn", names[i], String.join(", ", header));
			}
			indexes[i] = index;
		}
		return indexes;
	}

	int optional(String... names) {
		Map<String, Integer> columns = columns();
		for (String name : names) {
			Integer index = columns.get(key(name));
			if (index != null) {
				return index;
			}
		}
		return -1;
	}

}
