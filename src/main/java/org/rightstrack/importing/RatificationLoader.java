package org.rightstrack.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Merges ratification rows into {@code ratification} (one row per country and treaty): inserts the
 * missing, updates the changed, leaves reservations, declarations and procedure acceptances alone.
 */
@Component
class RatificationLoader {

	private record Existing(long id, LocalDate signedOn, LocalDate consentOn, String consentType) {
	}

	private final JdbcTemplate jdbc;

	RatificationLoader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void load(List<RatificationRow> rows, ImportReport report, ImportProgress progress) {
		progress.phase("writing");
		Map<String, Existing> existing = new HashMap<>();
		jdbc.query("SELECT id, country_id, treaty_id, signed_on, consent_on, consent_type FROM ratification", rs -> {
			existing.put(rs.getLong(2) + ":" + rs.getLong(3), new Existing(rs.getLong(1), date(rs.getDate(4)),
					date(rs.getDate(5)), rs.getString(6)));
		});
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		int unchanged = 0;
		for (RatificationRow row : rows) {
			Existing old = existing.get(row.countryId() + ":" + row.treatyId());
			LocalDate signed = row.signedOn();
			LocalDate consent = row.consentOn();
			String type = row.consentType();
			if (row.yearOnly()) {
				if (old != null) {
					signed = signed != null ? signed : old.signedOn();
					if (consent == null || (old.consentOn() != null && old.consentOn().getYear() == consent.getYear())) {
						consent = old.consentOn();
						type = old.consentType();
					}
					else if (old.consentType() != null) {
						type = old.consentType();
					}
				}
				if (signed == null && consent == null) {
					report.warn(row.file(), row.line(), null, null, "import.ratification.signatureWithoutDate");
					continue;
				}
				if (old == null || !Objects.equals(old.consentOn(), consent)) {
					if (consent != null && consent.getDayOfYear() == 1 && (old == null || old.consentOn() == null
							|| old.consentOn().getYear() != consent.getYear())) {
						report.warn(row.file(), row.line(), null, String.valueOf(consent.getYear()), "import.ratification.yearOnly",
								consent.getYear());
					}
				}
			}
			if (old == null) {
				inserts.add(new Object[] { row.countryId(), row.treatyId(), signed, consent, type });
			}
			else if (Objects.equals(old.signedOn(), signed) && Objects.equals(old.consentOn(), consent)
					&& Objects.equals(old.consentType(), type)) {
				unchanged++;
			}
			else {
				updates.add(new Object[] { signed, consent, type, old.id() });
			}
		}
		jdbc.batchUpdate("INSERT INTO ratification (country_id, treaty_id, signed_on, consent_on, consent_type) VALUES (?, ?, ?, ?, ?)",
				inserts);
		jdbc.batchUpdate("""
				UPDATE ratification SET signed_on = ?, consent_on = ?, consent_type = ?, version = version + 1, updated_at = now()
				WHERE id = ?
				""", updates);
		report.counts(inserts.size(), updates.size(), unchanged);
	}

	private static LocalDate date(java.sql.Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
