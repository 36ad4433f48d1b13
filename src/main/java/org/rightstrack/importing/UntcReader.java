package org.rightstrack.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * A UN Treaty Collection status table ({@code 4-9-b.csv} is chapter IV, treaty 9-b = OPCAT):
 * {@code Participant, Signature, Ratification/Accession(a)/Succession(d)} with varying header
 * wording, dates like {@code 24 Jan 1983 a} and footnote marks after names. Tables of treaties we
 * do not track (amendments) are skipped with a warning.
 */
@Component
class UntcReader implements FormatReader {

	private static final Pattern FILE_NAME = Pattern.compile("(?i)4-(\\d+(?:-[a-z])?)\\.csv");

	private static final Pattern DATE = Pattern.compile("(\\d{1,2} [A-Za-z]{3} \\d{4})\\s*([a-zA-Z]{0,2})?");

	private static final DateTimeFormatter UNTC_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	/** Footnote marks after a participant's name: digits, asterisks, superscripts. */
	private static final Pattern FOOTNOTES = Pattern.compile("[\\s\\d,*\u00B9\u00B2\u00B3\u2070-\u2079]+$");

	/** Regional integration organisations that are parties to some treaties but are not states. */
	private static final java.util.Set<String> ORGANISATIONS = java.util.Set.of("european union", "european community");

	@Override
	public ImportFormat format() {
		return ImportFormat.UNTC;
	}

	@Override
	public void read(Path file, ImportContext context) throws IOException {
		String name = file.getFileName().toString();
		Matcher fileName = FILE_NAME.matcher(name);
		if (!fileName.matches()) {
			throw new ImportException("import.untc.fileName", name);
		}
		String reference = "IV-" + fileName.group(1);
		DecodedText decoded = DecodedText.decode(Files.readAllBytes(file), context.options, DecodedText.WINDOWS_1252);
		CsvRows csv = CsvRows.parse(decoded.text());
		context.report.file(name, decoded.encoding(), decoded.lineEnding(), csv.rows().size());
		var treaty = context.vocabulary.treaty(reference);
		if (treaty.isEmpty()) {
			context.report.warn(name, 0, null, reference, "import.untc.untrackedTreaty", reference);
			return;
		}
		int participant = csv.require("Participant")[0];
		int signature = -1;
		int consent = -1;
		for (int i = 0; i < csv.header().size(); i++) {
			String header = csv.header().get(i).toLowerCase(Locale.ROOT);
			if (i == participant) {
				continue;
			}
			if (header.startsWith("signature") && !header.contains("ratification")) {
				signature = i;
			}
			else if (header.contains("ratification") || header.contains("accession") || header.contains("acceptance")
					|| header.contains("succession") || header.contains("approval")) {
				consent = i;
			}
		}
		if (consent < 0) {
			throw new ImportException(1, "import.file.missingColumn", "Ratification, Accession(a), Succession(d)",
					String.join(", ", csv.header()));
		}
		ImportReport report = context.report;
		context.progress.addTotal(csv.rows().size());
		for (CsvRows.Row row : csv.rows()) {
			context.progress.row(0);
			report.rowRead();
			long line = row.line();
			String participantName = FOOTNOTES.matcher(UprInfoReader.clean(row.get(participant))).replaceAll("");
			var country = context.vocabulary.country(participantName);
			if (country.isEmpty() && ORGANISATIONS.contains(org.rightstrack.system.Names.normalise(participantName))) {
				report.warn(name, line, "Participant", participantName, "import.untc.notAState");
				continue;
			}
			if (country.isEmpty()) {
				report.unmapped(name, line, "Participant", "country", participantName);
				continue;
			}
			LocalDate signedOn = null;
			String signatureValue = signature >= 0 ? UprInfoReader.clean(row.get(signature)) : "";
			if (!signatureValue.isEmpty()) {
				Matcher m = DATE.matcher(signatureValue);
				signedOn = m.matches() ? date(m.group(1)) : null;
				if (signedOn == null) {
					report.reject(name, line, csv.header().get(signature), signatureValue, "import.value.badDate");
					continue;
				}
			}
			String consentValue = UprInfoReader.clean(row.get(consent));
			LocalDate consentOn = null;
			String consentType = null;
			if (!consentValue.isEmpty()) {
				Matcher m = DATE.matcher(consentValue);
				consentOn = m.matches() ? date(m.group(1)) : null;
				if (consentOn == null) {
					report.reject(name, line, csv.header().get(consent), consentValue, "import.value.badDate");
					continue;
				}
				// Acceptance (A), approval (AA) and formal confirmation (c) have the legal effect of ratification.
				consentType = switch (m.group(2) == null ? "" : m.group(2)) {
					case "a" -> "ACCESSION";
					case "d" -> "SUCCESSION";
					default -> "RATIFICATION";
				};
			}
			if (signedOn == null && consentOn == null) {
				continue;
			}
			if (!context.firstOccurrence(reference + "|" + country.get().alpha3(), name, line)) {
				continue;
			}
			context.ratifications.add(new RatificationRow(name, line, country.get().id(), treaty.get(), signedOn,
					consentOn, consentType, false));
		}
	}

	static LocalDate date(String value) {
		try {
			return LocalDate.parse(value, UNTC_DATE);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
