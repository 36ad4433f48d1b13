package org.rightstrack.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.jsoup.parser.Parser;
import org.rightstrack.system.Names;

import org.springframework.stereotype.Component;

/**
 * UPR Info's database export: {@code To, To-Rgrp, To-Org, Text, From, From-Rgrp, From-Org, Response,
 * Action, Issue, Session}, usually MacRoman with bare-CR line endings. One UPR document per state
 * under review and session; the stable key is state + session + recommending state + normalised text.
 */
@Component
class UprInfoReader implements FormatReader {

	/** Longest recommendation text accepted; longer cells are rejected rather than stored. */
	static final int MAX_TEXT = 20_000;

	@Override
	public ImportFormat format() {
		return ImportFormat.UPR_INFO;
	}

	@Override
	public void read(Path file, ImportContext context) throws IOException {
		String name = file.getFileName().toString();
		DecodedText decoded = DecodedText.decode(Files.readAllBytes(file), context.options, DecodedText.MAC_ROMAN);
		CsvRows csv = CsvRows.parse(decoded.text());
		context.report.file(name, decoded.encoding(), decoded.lineEnding(), csv.rows().size());
		int[] c = csv.require("To", "Text", "From", "Response", "Action", "Issue", "Session");
		Vocabulary vocabulary = context.vocabulary;
		long upr = vocabulary.mechanism("UPR").orElseThrow().id();
		ImportReport report = context.report;
		context.progress.addTotal(csv.rows().size());
		for (CsvRows.Row row : csv.rows()) {
			context.progress.row(0);
			report.rowRead();
			long line = row.line();
			int rejectedBefore = report.getRejected();
			String to = clean(row.get(c[0]));
			String text = row.get(c[1]) == null ? "" : row.get(c[1]).strip();
			String from = clean(row.get(c[2]));
			String response = clean(row.get(c[3]));
			String action = clean(row.get(c[4]));
			String issues = row.get(c[5]);
			String session = clean(row.get(c[6]));
			if (row.values().size() < csv.header().size()) {
				report.reject(name, line, null, null, "import.row.tooFewColumns", row.values().size(), csv.header().size());
				continue;
			}
			var country = vocabulary.country(to);
			if (to.isEmpty()) {
				report.reject(name, line, "To", null, "import.value.missing");
			}
			else if (country.isEmpty()) {
				report.unmapped(name, line, "To", "country", to);
			}
			if (text.isEmpty()) {
				report.reject(name, line, "Text", null, "import.value.missing");
			}
			else if (text.length() > MAX_TEXT) {
				report.reject(name, line, "Text", text, "import.value.tooLong", text.length(), MAX_TEXT);
			}
			List<Long> recommending = new ArrayList<>();
			String fromKey = "";
			if (!from.isEmpty() && !isUnknown(from)) {
				var state = vocabulary.country(from);
				if (state.isEmpty()) {
					report.unmapped(name, line, "From", "country", from);
				}
				else {
					recommending.add(state.get().id());
					fromKey = state.get().alpha3();
				}
			}
			else {
				report.warn(name, line, "From", from, "import.upr.unknownRecommendingState");
			}
			String uprResponse = switch (response.toLowerCase(Locale.ROOT)) {
				case "accepted", "supported" -> "SUPPORTED";
				case "noted", "rejected" -> "NOTED";
				case "", "pending" -> "PENDING";
				default -> {
					report.reject(name, line, "Response", response, "import.value.unknownResponse");
					yield null;
				}
			};
			Integer actionCategory = null;
			if (!action.isEmpty()) {
				actionCategory = parseInt(action);
				if (actionCategory == null || actionCategory < 1 || actionCategory > 5) {
					report.reject(name, line, "Action", action, "import.value.badActionCategory");
				}
			}
			List<Long> themes = new ArrayList<>();
			if (issues != null) {
				for (String issue : issues.split(",")) {
					String label = clean(issue);
					if (label.isEmpty()) {
						continue;
					}
					vocabulary.theme(label).ifPresentOrElse(themes::add,
							() -> report.unmapped(name, line, "Issue", "theme", label));
				}
			}
			Integer sessionNumber = parseInt(session);
			if (sessionNumber == null || sessionNumber < 1 || sessionNumber > 200) {
				report.reject(name, line, "Session", session, "import.value.badSession");
			}
			if (report.getRejected() > rejectedBefore) {
				continue;
			}
			String key = country.get().alpha3() + "|" + sessionNumber + "|" + fromKey + "|" + Names.normalise(text);
			if (!context.firstOccurrence(key, name, line)) {
				continue;
			}
			RecommendationRow r = new RecommendationRow();
			r.file = name;
			r.line = line;
			r.externalId = "upr-info:" + hash(key);
			r.countryId = country.get().id();
			r.mechanismId = upr;
			r.session = sessionNumber;
			r.uprCycle = RecommendationRow.uprCycle(sessionNumber);
			r.documentType = "UPR_WORKING_GROUP_REPORT";
			r.documentTitle = "Universal Periodic Review: " + country.get().name() + ", session " + sessionNumber;
			r.text = text.replace("\r\n", "\n").replace('\r', '\n');
			r.uprResponse = uprResponse;
			r.actionCategory = actionCategory;
			r.recommendingStates = RecommendationRow.ids(recommending);
			r.themes = RecommendationRow.ids(themes);
			context.recommendations.add(r);
		}
	}

	private static boolean isUnknown(String from) {
		return Names.normalise(from).equals("unknown");
	}

	static String clean(String value) {
		if (value == null) {
			return "";
		}
		return (value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, false) : value).strip();
	}

	static Integer parseInt(String value) {
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static String hash(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
