package org.rightstrack.importing;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstrack.importing.ImportFixtures.fixture;
import static org.rightstrack.importing.ImportFixtures.run;

@ImportingTest
class RatificationImportTests {

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void untcTableGivesDatesAndConsentKindsAndSkipsOrganisationsAndUntrackedTreaties() {
		var result = run(imports, ImportFormat.UNTC, false, fixture("untc/4-9-b.csv"), fixture("untc/4-2-a.csv"));

		assertThat(result.succeeded()).as(result.report().toText()).isTrue();
		assertThat(ratification("KHM", "OP-CAT")).isEqualTo("2005-09-14|2007-03-30|RATIFICATION");
		// Footnote marks after the names are not part of them.
		assertThat(ratification("PHL", "OP-CAT")).isEqualTo("|2012-04-17|ACCESSION");
		assertThat(ratification("CZE", "OP-CAT")).isEqualTo("|2006-07-10|SUCCESSION");
		assertThat(result.report().getWarnings()).extracting(ImportReport.Problem::reason)
			.anySatisfy(r -> assertThat(r).contains("Not a state"))
			.anySatisfy(r -> assertThat(r).contains("IV-2-a"));

		var again = run(imports, ImportFormat.UNTC, false, fixture("untc/4-9-b.csv"));
		assertThat(again.report().getCreated() + again.report().getUpdated()).isZero();
		assertThat(again.report().getUnchanged()).isEqualTo(3);
	}

	@Test
	void badDateRejectsTheTableAndWritesNothing() {
		String before = ratification("VNM", "CEDAW");

		var result = run(imports, ImportFormat.UNTC, false, fixture("untc-bad/4-8.csv"));

		assertThat(result.status()).isEqualTo("REJECTED");
		assertThat(result.report().getRejections()).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(2);
			assertThat(p.value()).isEqualTo("31st of February a");
			assertThat(p.reason()).contains("Not a date");
		});
		assertThat(ratification("VNM", "CEDAW")).isEqualTo(before);
	}

	@Test
	void treatyStatusTableKeepsAnExactDateInTheSameYearAndStoresTheYearOtherwise() {
		run(imports, ImportFormat.UNTC, false, fixture("untc/4-9-b.csv"));
		jdbc.sql("""
				DELETE FROM ratification WHERE country_id = (SELECT id FROM country WHERE alpha3 = 'TLS')
				  AND treaty_id = (SELECT id FROM treaty WHERE code = 'OP-CAT')
				""").update();

		var result = run(imports, ImportFormat.TREATY_STATUS, false, fixture("treaty-status/hr_status_opcat.csv"));

		assertThat(result.succeeded()).as(result.report().toText()).isTrue();
		assertThat(ratification("KHM", "OP-CAT")).isEqualTo("2005-09-14|2007-03-30|RATIFICATION");
		assertThat(ratification("PHL", "OP-CAT")).isEqualTo("|2012-04-17|ACCESSION");
		assertThat(result.report().getWarnings()).extracting(ImportReport.Problem::reason)
			.anySatisfy(r -> assertThat(r).contains("Signatory without a signature date"));
	}

	private String ratification(String alpha3, String treaty) {
		return jdbc.sql("""
				SELECT coalesce(r.signed_on::text, '') || '|' || coalesce(r.consent_on::text, '') || '|' || coalesce(r.consent_type, '')
				FROM ratification r JOIN country c ON c.id = r.country_id JOIN treaty t ON t.id = r.treaty_id
				WHERE c.alpha3 = ? AND t.code = ?
				""").params(alpha3, treaty).query(String.class).optional().orElse("none");
	}

}
