package org.rightstrack.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The per-treaty status tables {@code hr_status_<treaty>.csv}: {@code iso2, member, state party,
 * year ratification or accession, signatory, no action, status, note}. Only the year of consent is
 * known: an existing date in that year is kept, otherwise 1 January of the year is stored (and
 * reported as a warning).
 */
@Component
class TreatyStatusReader implements FormatReader {

	private static final Pattern FILE_NAME = Pattern.compile("(?i)hr_status_([a-z0-9_]+)\\.csv");

	static final Map<String, String> TREATIES = Map.ofEntries(Map.entry("cat", "CAT"), Map.entry("cedaw", "CEDAW"),
			Map.entry("cped", "CPED"), Map.entry("crc", "CRC"), Map.entry("crpd", "CRPD"), Map.entry("iccpr", "ICCPR"),
			Map.entry("iccpr_op1", "ICCPR-OP1"), Map.entry("iccpr_op2", "ICCPR-OP2"), Map.entry("icerd", "ICERD"),
			Map.entry("icescr", "ICESCR"), Map.entry("icescr_op", "ICESCR-OP"), Map.entry("icmw", "ICMW"),
			Map.entry("op_cedaw", "CEDAW-OP"), Map.entry("op_crc_ac", "CRC-OP-AC"), Map.entry("op_crc_ic", "CRC-OP-IC"),
			Map.entry("op_crc_sc", "CRC-OP-SC"), Map.entry("op_crpd", "CRPD-OP"), Map.entry("opcat", "OP-CAT"));

	@Override
	public ImportFormat format() {
		return ImportFormat.TREATY_STATUS;
	}

	@Override
	public void read(Path file, ImportContext context) throws IOException {
		String name = file.getFileName().toString();
		Matcher fileName = FILE_NAME.matcher(name);
		String code = fileName.matches() ? TREATIES.get(fileName.group(1).toLowerCase(java.util.Locale.ROOT)) : null;
		var treaty = code == null ? java.util.Optional.<Long>empty() : context.vocabulary.treaty(code);
		if (treaty.isEmpty()) {
			throw new ImportException("import.treatyStatus.fileName", name);
		}
		DecodedText decoded = DecodedText.decode(Files.readAllBytes(file), context.options, DecodedText.WINDOWS_1252);
		CsvRows csv = CsvRows.parse(decoded.text());
		context.report.file(name, decoded.encoding(), decoded.lineEnding(), csv.rows().size());
		int[] c = csv.require("iso2", "member", "state party", "year ratification or accession", "signatory");
		ImportReport report = context.report;
		context.progress.addTotal(csv.rows().size());
		for (CsvRows.Row row : csv.rows()) {
			context.progress.row(0);
			report.rowRead();
			long line = row.line();
			String iso2 = UprInfoReader.clean(row.get(c[0]));
			String member = UprInfoReader.clean(row.get(c[1]));
			var country = context.vocabulary.country(iso2).or(() -> context.vocabulary.country(member));
			if (country.isEmpty()) {
				report.unmapped(name, line, "iso2", "country", iso2 + " " + member);
				continue;
			}
			boolean party = "1".equals(UprInfoReader.clean(row.get(c[2])));
			boolean signatory = "1".equals(UprInfoReader.clean(row.get(c[4])));
			LocalDate consentOn = null;
			if (party) {
				Integer year = UprInfoReader.parseInt(UprInfoReader.clean(row.get(c[3])));
				if (year == null || year < 1945 || year > 2100) {
					report.reject(name, line, "year ratification or accession", row.get(c[3]), "import.value.badYear");
					continue;
				}
				consentOn = LocalDate.of(year, 1, 1);
			}
			else if (!signatory) {
				continue;
			}
			if (!context.firstOccurrence(code + "|" + country.get().alpha3(), name, line)) {
				continue;
			}
			context.ratifications.add(new RatificationRow(name, line, country.get().id(), treaty.get(), null, consentOn,
					consentOn == null ? null : "RATIFICATION", true));
		}
	}

}
