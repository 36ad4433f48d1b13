package org.rightstrack.importing;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rightstrack.importing.ImportFixtures.fixture;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ImportingTest
@WithMockUser(roles = "CURATOR")
class ImportJobApiTests {

	@Autowired
	ImportService imports;

	@Autowired
	ImportCommand command;

	@Autowired
	MockMvc mvc;

	@Test
	void aSubmittedImportCanBePolledUntilItFinishesWithItsReport() throws Exception {
		long id = imports.submit(ImportOptions.of(ImportFormat.UPR_INFO, true), List.of(fixture("upr-info-macroman-cr.csv")),
				Locale.ENGLISH);

		await().pollInSameThread().untilAsserted(() -> mvc.perform(get("/api/v1/imports/{id}", id)).andExpect(jsonPath("$.status").value("SUCCEEDED")));

		mvc.perform(get("/api/v1/imports/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.format").value("upr-info"))
			.andExpect(jsonPath("$.fileNames[0]").value("upr-info-macroman-cr.csv"))
			.andExpect(jsonPath("$.dryRun").value(true))
			.andExpect(jsonPath("$.rowsDone").value(6))
			.andExpect(jsonPath("$.rowsTotal").value(6))
			.andExpect(jsonPath("$.created").value(5))
			.andExpect(jsonPath("$.encoding").value("MacRoman"))
			.andExpect(jsonPath("$.lineEnding").value("CR"))
			.andExpect(jsonPath("$.report.duplicates[0].line").value(6));
	}

	@Test
	void aRejectedImportKeepsItsRejectionsInTheJob() throws Exception {
		var result = imports.run(ImportOptions.of(ImportFormat.UPR_INFO, false), List.of(fixture("upr-info-bad-values.csv")),
				Locale.ENGLISH);

		mvc.perform(get("/api/v1/imports/{id}", result.jobId()))
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.rejected").value(1))
			.andExpect(jsonPath("$.report.rejections[0].line").value(2));
	}

	@Test
	void anUnknownImportIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/imports/{id}", 987654321)).andExpect(status().isNotFound());
	}

	@Test
	void theCommandExitsZeroOnSuccessAndNonZeroOnRejectionOrMisuse() {
		assertThat(command.run(List.of("--format=upr-info", "--dry-run", fixture("upr-info-macroman-cr.csv").toString()))).isZero();
		assertThat(command.run(List.of("--format=upr-info", "--encoding=MacRoman", "--line-ending=CR",
				fixture("upr-info-bad-values.csv").toString()))).isEqualTo(1);
		assertThat(command.run(List.of("--format=nonsense", fixture("empty.csv").toString()))).isEqualTo(2);
		assertThat(command.run(List.of("--format=untc"))).isEqualTo(2);
	}

}
