package org.rightstrack.curation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstrack.curation.ImportCurationController.ReportCsv.quote;

class ImportReportCsvTests {

	@Test
	void cellsAreQuotedWhenNeededAndFormulasAreDefused() {
		assertThat(quote("Atlantis")).isEqualTo("Atlantis");
		assertThat(quote(null)).isEmpty();
		assertThat(quote("Justice, Torture")).isEqualTo("\"Justice, Torture\"");
		assertThat(quote("the \"Paris Principles\"")).isEqualTo("\"the \"\"Paris Principles\"\"\"");
		assertThat(quote("line one\nline two")).isEqualTo("\"line one\nline two\"");
		assertThat(quote("=HYPERLINK(\"http://example.org\")")).isEqualTo("\"'=HYPERLINK(\"\"http://example.org\"\")\"");
		assertThat(quote("+1")).isEqualTo("\"'+1\"");
		assertThat(quote("-2")).isEqualTo("\"'-2\"");
		assertThat(quote("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
	}

}
