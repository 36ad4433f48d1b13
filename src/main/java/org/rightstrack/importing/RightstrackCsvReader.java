package org.rightstrack.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.rightstrack.recommendation.RightstrackCsv;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Rightstrack CSV ({@link RightstrackCsv#COLUMNS}), as the search export writes it: rows are
 * matched on {@code id}, then {@code external_id}, and updated in place; rows with neither are
 * created. Lists in a cell are separated by {@code ;}; reading columns (names, counts, URL) and the
 * derived implementation statuses are ignored.
 */
@Component
class RightstrackCsvReader implements FormatReader {

	static final List<String> IMPORTED = List.of("id", "external_id", "country", "mechanism", "document_symbol",
			"document_title", "document_type", "session", "upr_cycle", "paragraph", "text", "published_on",
			"recommending_states", "upr_response", "upr_action_category", "follow_up", "follow_up_deadline", "themes",
			"affected_groups", "sdg_targets", "published");

	private static final Set<String> DOCUMENT_TYPES = Set.of("CONCLUDING_OBSERVATIONS", "UPR_WORKING_GROUP_REPORT",
			"UPR_ADDENDUM", "VISIT_REPORT", "FOLLOW_UP_LETTER", "COMMUNICATION", "REGIONAL_REPORT", "OTHER");

	private static final Set<String> RESPONSES = Set.of("SUPPORTED", "NOTED", "PENDING");

	private final JdbcClient jdbc;

	RightstrackCsvReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public ImportFormat format() {
		return ImportFormat.RIGHTSTRACK;
	}

	@Override
	public void read(Path file, ImportContext context) throws IOException {
		String name = file.getFileName().toString();
		DecodedText decoded = DecodedText.decode(Files.readAllBytes(file), context.options, DecodedText.WINDOWS_1252);
		CsvRows csv = CsvRows.parse(decoded.text());
		context.report.file(name, decoded.encoding(), decoded.lineEnding(), csv.rows().size());
		int[] c = csv.require(IMPORTED.toArray(String[]::new));
		Set<Long> existingIds = new HashSet<>(jdbc.sql("SELECT id FROM recommendation").query(Long.class).list());
		ImportReport report = context.report;
		Vocabulary vocabulary = context.vocabulary;
		context.progress.addTotal(csv.rows().size());
		for (CsvRows.Row row : csv.rows()) {
			context.progress.row(0);
			report.rowRead();
			long line = row.line();
			int rejectedBefore = report.getRejected();
			Field f = new Field(name, line, row, c, report);
			RecommendationRow r = new RecommendationRow();
			r.file = name;
			r.line = line;
			r.id = f.number(0, "id") == null ? null : f.number(0, "id").longValue();
			if (r.id != null && !existingIds.contains(r.id)) {
				report.reject(name, line, "id", String.valueOf(r.id), "import.rightstrack.notFound", r.id);
			}
			r.externalId = f.text(1);
			String country = f.text(2);
			var countryRef = country == null ? null : vocabulary.country(country).orElse(null);
			if (country == null) {
				report.reject(name, line, "country", null, "import.value.missing");
			}
			else if (countryRef == null) {
				report.unmapped(name, line, "country", "country", country);
			}
			String mechanism = f.text(3);
			var mechanismRef = mechanism == null ? null : vocabulary.mechanism(mechanism).orElse(null);
			if (mechanism == null) {
				report.reject(name, line, "mechanism", null, "import.value.missing");
			}
			else if (mechanismRef == null) {
				report.unmapped(name, line, "mechanism", "mechanism", mechanism);
			}
			r.documentSymbol = f.text(4);
			r.documentTitle = f.text(5);
			r.documentType = f.choice(6, "document_type", DOCUMENT_TYPES, "OTHER");
			r.session = f.number(7, "session");
			r.uprCycle = f.number(8, "upr_cycle");
			r.paragraph = f.text(9);
			r.text = f.text(10);
			if (r.text == null) {
				report.reject(name, line, "text", null, "import.value.missing");
			}
			else if (r.text.length() > UprInfoReader.MAX_TEXT) {
				report.reject(name, line, "text", r.text, "import.value.tooLong", r.text.length(), UprInfoReader.MAX_TEXT);
			}
			r.publishedOn = f.date(11, "published_on");
			List<Long> states = new ArrayList<>();
			for (String state : f.list(12)) {
				vocabulary.country(state).ifPresentOrElse(s -> states.add(s.id()),
						() -> report.unmapped(name, line, "recommending_states", "country", state));
			}
			r.uprResponse = f.choice(13, "upr_response", RESPONSES, null);
			r.actionCategory = f.number(14, "upr_action_category");
			if (r.actionCategory != null && (r.actionCategory < 1 || r.actionCategory > 5)) {
				report.reject(name, line, "upr_action_category", String.valueOf(r.actionCategory), "import.value.badActionCategory");
			}
			r.followUp = Boolean.TRUE.equals(f.bool(15, "follow_up", false));
			r.followUpDeadline = f.date(16, "follow_up_deadline");
			List<Long> themes = new ArrayList<>();
			for (String theme : f.list(17)) {
				vocabulary.theme(theme).ifPresentOrElse(themes::add, () -> report.unmapped(name, line, "themes", "theme", theme));
			}
			List<Long> groups = new ArrayList<>();
			for (String group : f.list(18)) {
				vocabulary.affectedGroup(group).ifPresentOrElse(groups::add,
						() -> report.unmapped(name, line, "affected_groups", "affectedGroup", group));
			}
			List<Long> sdgs = new ArrayList<>();
			for (String sdg : f.list(19)) {
				vocabulary.sdgTarget(sdg).ifPresentOrElse(sdgs::add, () -> report.unmapped(name, line, "sdg_targets", "sdg", sdg));
			}
			r.published = f.bool(20, "published", true);
			if (report.getRejected() > rejectedBefore) {
				continue;
			}
			String key = r.id != null ? "id:" + r.id : r.externalId != null ? "external:" + r.externalId : null;
			if (key != null && !context.firstOccurrence(key, name, line)) {
				continue;
			}
			r.countryId = countryRef.id();
			r.mechanismId = mechanismRef.id();
			if (r.documentTitle == null) {
				r.documentTitle = r.documentSymbol != null ? r.documentSymbol : mechanismRef.code() + ": " + countryRef.name();
			}
			if (r.uprCycle == null && r.session != null && "UPR".equals(mechanismRef.kind())) {
				r.uprCycle = RecommendationRow.uprCycle(r.session);
			}
			r.recommendingStates = RecommendationRow.ids(states);
			r.themes = RecommendationRow.ids(themes);
			r.affectedGroups = RecommendationRow.ids(groups);
			r.sdgTargets = RecommendationRow.ids(sdgs);
			context.recommendations.add(r);
		}
	}

	/** Reads the typed cells of one row, rejecting what does not parse. */
	private record Field(String file, long line, CsvRows.Row row, int[] columns, ImportReport report) {

		String text(int index) {
			String value = row.get(columns[index]);
			return value == null || value.isBlank() ? null : value.strip();
		}

		List<String> list(int index) {
			String value = text(index);
			List<String> values = new ArrayList<>();
			if (value != null) {
				for (String item : value.split(RightstrackCsv.LIST_SEPARATOR)) {
					if (!item.isBlank()) {
						values.add(item.strip());
					}
				}
			}
			return values;
		}

		Integer number(int index, String field) {
			String value = text(index);
			if (value == null) {
				return null;
			}
			Integer number = UprInfoReader.parseInt(value);
			if (number == null) {
				report.reject(file, line, field, value, "import.value.badNumber");
			}
			return number;
		}

		LocalDate date(int index, String field) {
			String value = text(index);
			if (value == null) {
				return null;
			}
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				report.reject(file, line, field, value, "import.value.badIsoDate");
				return null;
			}
		}

		Boolean bool(int index, String field, boolean otherwise) {
			String value = text(index);
			if (value == null) {
				return otherwise;
			}
			return switch (value.toLowerCase(Locale.ROOT)) {
				case "true", "yes", "1" -> true;
				case "false", "no", "0" -> false;
				default -> {
					report.reject(file, line, field, value, "import.value.badBoolean");
					yield otherwise;
				}
			};
		}

		String choice(int index, String field, Set<String> allowed, String otherwise) {
			String value = text(index);
			if (value == null) {
				return otherwise;
			}
			String upper = value.toUpperCase(Locale.ROOT);
			if (!allowed.contains(upper)) {
				report.reject(file, line, field, value, "import.value.badEnum", String.join(", ", new java.util.TreeSet<>(allowed)));
				return otherwise;
			}
			return upper;
		}

	}

}
