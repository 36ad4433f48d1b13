package org.rightstrack.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * One annotation of the Universal Human Rights Index, as both its JSON and XLSX exports give it,
 * and its conversion into a {@link RecommendationRow}: HTML text to plain text with the paragraph
 * number taken out, names resolved, the annotation id as the stable key.
 */
record UhriRecord(String annotationId, String type, String body, List<String> countries, List<String> themes,
		List<String> affectedPersons, List<String> sdgs, String symbol, String publicationDate, String text,
		String uprCycle, List<String> uprPositions, List<String> uprRecommendingCountries, List<String> uprSessions) {

	static final int MAX_TEXT = 50_000;

	private static final Pattern PARAGRAPH = Pattern.compile("^(\\d{1,4}(?:\\.\\d{1,4})*)\\.?\\s+(?=\\S)");

	private static final Pattern LEADING_NUMBER = Pattern.compile("^\\D*(\\d+)");

	record PlainText(String paragraph, String text) {
	}

	/** The plain text of an HTML fragment (paragraphs and line breaks kept as line breaks), its paragraph number apart. */
	static PlainText plainText(String html) {
		if (html == null) {
			return new PlainText(null, "");
		}
		Document document = Jsoup.parseBodyFragment(html);
		document.outputSettings(new Document.OutputSettings().prettyPrint(false));
		document.select("br").before("\\n");
		document.select("p, li, div, tr, h1, h2, h3, h4").before("\\n\\n");
		String marked = document.body().html();
		String cleaned = Jsoup.clean(marked, "", Safelist.none(), new Document.OutputSettings().prettyPrint(false));
		String text = Parser.unescapeEntities(cleaned, false).replace("\\n", "\n").replace('\u00A0', ' ');
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\n")) {
			String collapsed = line.replaceAll("[ \\t]+", " ").strip();
			if (collapsed.isEmpty()) {
				if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
					out.append('\n');
				}
				continue;
			}
			if (out.length() > 0 && !out.toString().endsWith("\n")) {
				out.append('\n');
			}
			out.append(collapsed);
		}
		String plain = out.toString().strip();
		Matcher m = PARAGRAPH.matcher(plain);
		if (m.find()) {
			return new PlainText(m.group(1), plain.substring(m.end()).strip());
		}
		return new PlainText(null, plain);
	}

	static LocalDate isoDate(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		try {
			return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(v);
		}
	}

	/** A day number of Excel's 1900 date system (days since 30 December 1899). */
	static LocalDate excelDate(double serial) {
		return LocalDate.of(1899, 12, 30).plusDays((long) Math.floor(serial));
	}

	static Integer leadingNumber(String value) {
		if (value == null) {
			return null;
		}
		Matcher m = LEADING_NUMBER.matcher(value);
		return m.find() ? Integer.valueOf(m.group(1)) : null;
	}

	/** Converts the record, adding rejections, warnings and duplicates to the report; null when not imported. */
	RecommendationRow toRow(String file, long line, ImportContext context) {
		ImportReport report = context.report;
		Vocabulary vocabulary = context.vocabulary;
		int rejectedBefore = report.getRejected();
		if (annotationId == null || annotationId.isBlank()) {
			report.reject(file, line, "AnnotationId", null, "import.value.missing");
		}
		Vocabulary.MechanismRef mechanism = null;
		if (body == null || body.isBlank()) {
			report.reject(file, line, "Body", null, "import.value.missing");
		}
		else {
			mechanism = vocabulary.mechanism(body).orElse(null);
			if (mechanism == null) {
				report.unmapped(file, line, "Body", "mechanism", body);
			}
		}
		Vocabulary.CountryRef country = null;
		if (countries.isEmpty()) {
			report.reject(file, line, "Countries", null, "import.value.missing");
		}
		else {
			country = vocabulary.country(countries.get(0)).orElse(null);
			if (country == null) {
				report.unmapped(file, line, "Countries", "country", countries.get(0));
			}
			else if (countries.size() > 1) {
				report.warn(file, line, "Countries", String.join("; ", countries), "import.uhri.severalCountries", country.name());
			}
		}
		LocalDate published = null;
		try {
			published = isoDate(publicationDate);
		}
		catch (IllegalArgumentException ex) {
			report.reject(file, line, "PublicationDate", publicationDate, "import.value.badIsoDate");
		}
		PlainText plain = plainText(text);
		if (plain.text().isEmpty()) {
			report.reject(file, line, "Text", null, "import.value.missing");
		}
		else if (plain.text().length() > MAX_TEXT) {
			report.reject(file, line, "Text", plain.text(), "import.value.tooLong", plain.text().length(), MAX_TEXT);
		}
		List<Long> themeIds = new ArrayList<>();
		for (String theme : themes) {
			vocabulary.theme(theme).ifPresentOrElse(themeIds::add, () -> report.unmapped(file, line, "Themes", "theme", theme));
		}
		List<Long> groupIds = new ArrayList<>();
		for (String group : affectedPersons) {
			vocabulary.affectedGroup(group).ifPresentOrElse(groupIds::add,
					() -> report.unmapped(file, line, "AffectedPersons", "affectedGroup", group));
		}
		List<Long> sdgIds = new ArrayList<>();
		for (String sdg : sdgs) {
			vocabulary.sdgTarget(sdg).ifPresentOrElse(sdgIds::add, () -> report.unmapped(file, line, "Sdgs", "sdg", sdg));
		}
		List<Long> recommendingIds = new ArrayList<>();
		for (String state : uprRecommendingCountries) {
			vocabulary.country(state).ifPresentOrElse(c -> recommendingIds.add(c.id()),
					() -> report.unmapped(file, line, "UprRecommendingCountry", "country", state));
		}
		String response = null;
		if (!uprPositions.isEmpty()) {
			String position = uprPositions.get(0) == null ? "" : uprPositions.get(0).strip().toLowerCase(java.util.Locale.ROOT);
			response = switch (position) {
				case "supported", "accepted" -> "SUPPORTED";
				case "noted", "rejected" -> "NOTED";
				case "", "pending" -> "PENDING";
				default -> {
					report.reject(file, line, "UprPositions", uprPositions.get(0), "import.value.unknownResponse");
					yield null;
				}
			};
		}
		Integer session = uprSessions.isEmpty() ? null : leadingNumber(uprSessions.get(0));
		Integer cycle = leadingNumber(uprCycle);
		if (cycle == null && session != null && mechanism != null && "UPR".equals(mechanism.kind())) {
			cycle = RecommendationRow.uprCycle(session);
		}
		if (cycle != null && (cycle < 1 || cycle > 9)) {
			report.reject(file, line, "UprCycle", uprCycle, "import.value.badNumber");
		}
		if (report.getRejected() > rejectedBefore) {
			return null;
		}
		if (!context.firstOccurrence("uhri:" + annotationId.strip(), file, line)) {
			return null;
		}
		RecommendationRow r = new RecommendationRow();
		r.file = file;
		r.line = line;
		r.externalId = "uhri:" + annotationId.strip();
		r.countryId = country.id();
		r.mechanismId = mechanism.id();
		r.documentSymbol = symbol == null || symbol.isBlank() ? null : symbol.strip();
		r.documentType = switch (mechanism.kind()) {
			case "UPR" -> "UPR_WORKING_GROUP_REPORT";
			case "TREATY_BODY" -> "CONCLUDING_OBSERVATIONS";
			case "SPECIAL_PROCEDURE" -> "VISIT_REPORT";
			case "REGIONAL" -> "REGIONAL_REPORT";
			default -> "OTHER";
		};
		r.documentTitle = r.documentSymbol != null ? r.documentSymbol : mechanism.code() + ": " + country.name();
		r.session = session;
		r.uprCycle = cycle;
		r.documentPublishedOn = published;
		r.publishedOn = published;
		r.paragraph = plain.paragraph();
		r.text = plain.text();
		r.uprResponse = response;
		r.recommendingStates = RecommendationRow.ids(recommendingIds);
		r.themes = RecommendationRow.ids(themeIds);
		r.affectedGroups = RecommendationRow.ids(groupIds);
		r.sdgTargets = RecommendationRow.ids(sdgIds);
		return r;
	}

}
