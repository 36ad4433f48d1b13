package org.rightstrack.curation;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstrack.IntegrationTest;
import org.rightstrack.account.CurrentUser;
import org.rightstrack.account.Role;
import org.rightstrack.account.TestAccounts;
import org.rightstrack.importing.ImportService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing from the browser, through the pages a curator uses: upload, dry-run report, aliases,
 * confirmation, the background import with its progress, the queue, cancellation, failure, the
 * downloadable report and the list of past imports. Every test imports rows carrying a token of its
 * own, so it counts only what it made.
 */
@IntegrationTest
class ImportCurationTests {

	static final String HEADER = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n";

	@Autowired
	WebApplicationContext context;

	/** Every request of this MockMvc is the curator's. */
	MockMvc mvc;

	CurrentUser curator;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void signInAsACurator() {
		curator = TestAccounts.with(jdbc).create(Role.CURATOR);
		mvc = MockMvcBuilders.webAppContextSetup(context)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.defaultRequest(get("/").with(TestAccounts.as(curator)))
			.build();
	}

	@Autowired
	DataSource dataSource;

	@Autowired
	ImportService imports;

	static String token() {
		return "TK" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	static MockMultipartFile uprInfo(String name, String... rows) {
		return new MockMultipartFile("files", name, "text/csv", (HEADER + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
	}

	/** Uploads the file as UPR Info and returns the id of its dry run. */
	long upload(MockMultipartFile file) throws Exception {
		MvcResult result = mvc.perform(multipart("/curation/imports").file(file).param("format", "upr-info").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return idOf(result);
	}

	static long idOf(MvcResult result) {
		String url = result.getResponse().getRedirectedUrl();
		assertThat(url).matches("/curation/imports/\\d+(#.*)?");
		return Long.parseLong(url.replaceAll("\\D*(\\d+).*", "$1"));
	}

	String jobStatus(long id) {
		return jdbc.sql("select status from import_job where id = ?").param(id).query(String.class).single();
	}

	String awaitFinished(long id) {
		await().atMost(Duration.ofSeconds(60)).until(() -> !jobStatus(id).equals("QUEUED") && !jobStatus(id).equals("RUNNING"));
		return jobStatus(id);
	}

	long confirm(long dryRun) throws Exception {
		return idOf(mvc.perform(post("/curation/imports/{id}/confirm", dryRun).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn());
	}

	int recommendations(String token) {
		return jdbc.sql("select count(*) from recommendation where text like ?").param("%" + token + "%").query(Integer.class).single();
	}

	long countryId(String alpha3) {
		return jdbc.sql("select id from country where alpha3 = ?").param(alpha3).query(Long.class).single();
	}

	int documents(String alpha3, int session) {
		return jdbc.sql("select count(*) from document d join country c on c.id = d.country_id where c.alpha3 = ? and d.session = ?")
			.params(alpha3, session).query(Integer.class).single();
	}

	@Test
	void theImportPageOffersEveryFormatAndTheOptions() throws Exception {
		mvc.perform(get("/curation/imports"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("enctype=\"multipart/form-data\""),
					containsString("value=\"upr-info\""), containsString("value=\"uhri-json\""), containsString("value=\"uhri-xlsx\""),
					containsString("value=\"untc\""), containsString("value=\"treaty-status\""), containsString("value=\"rightstrack\""),
					containsString("value=\"x-MacRoman\""), containsString("value=\"CR\""))));
		mvc.perform(get("/curation")).andExpect(content().string(containsString("href=\"/curation/imports\"")));
	}

	@Test
	void anUploadWithoutFormatOrFileIsRefusedWithMessages() throws Exception {
		mvc.perform(multipart("/curation/imports").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Choose the format of the file."),
					containsString("Choose a file to upload."))));
	}

	@Test
	void theDryRunReportsRejectedRowsAndUnmappedValuesAndWritesNothing() throws Exception {
		String t = token();
		long id = upload(uprInfo("upr-" + t + ".csv",
				"Indonesia,Asia,ASEAN,Ratify the Optional Protocol " + t + " one,France,WEOG,,Accepted,5,Justice,13",
				"Atlantis" + t + ",Asia,,Protect journalists " + t + " two,France,WEOG,,Accepted,4,Justice,13",
				"Viet Nam,Asia,ASEAN,Abolish the death penalty " + t + " three,France,WEOG,,Perhaps,4,Justice,13",
				"Viet Nam,Asia,ASEAN,Train judges " + t + " four,France,WEOG,,Accepted,4,\"Justice,Basket weaving " + t + "\",13"));

		assertThat(awaitFinished(id)).isEqualTo("REJECTED");
		mvc.perform(get("/curation/imports/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Dry run " + id), containsString("upr-" + t + ".csv"),
					containsString("Rejected rows (3)"), containsString("Atlantis" + t), containsString("Basket weaving " + t),
					containsString("Unknown UPR response"), containsString("Unmapped values (2)"),
					containsString("action=\"/curation/imports/" + id + "/aliases\""), containsString("name=\"kind\" value=\"countries\""),
					containsString("name=\"kind\" value=\"themes\""), not(containsString("/confirm\"")),
					containsString("/curation/imports/" + id + "/report.csv"))));
		assertThat(recommendations(t)).isZero();
		mvc.perform(get("/api/v1/imports/{id}", id))
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.dryRun").value(true))
			.andExpect(jsonPath("$.createdBy").value(curator.email()))
			.andExpect(jsonPath("$.createdByAccountId").value(curator.id()))
			.andExpect(jsonPath("$.report.rejections[0].line").value(3))
			.andExpect(jsonPath("$.report.rejections[0].field").value("To"));
	}

	@Test
	void addingAnAliasRunsTheDryRunAgainWhichMapsItAndTheConfirmedImportWritesTheRows() throws Exception {
		String t = token();
		long first = upload(uprInfo("alias-" + t + ".csv",
				"Atlantis" + t + ",Asia,,Protect journalists " + t + " one,France,WEOG,,Accepted,4,Justice,14",
				"Indonesia,Asia,ASEAN,Train judges " + t + " two,Atlantis" + t + ",WEOG,,Noted,3,Justice,14"));
		assertThat(awaitFinished(first)).isEqualTo("REJECTED");

		long second = idOf(mvc.perform(post("/curation/imports/{id}/aliases", first).with(csrf())
				.param("kind", "countries").param("alias", "Atlantis" + t).param("target", String.valueOf(countryId("IDN"))))
			.andExpect(status().is3xxRedirection()).andReturn());
		assertThat(second).isNotEqualTo(first);
		assertThat(awaitFinished(second)).isEqualTo("SUCCEEDED");
		mvc.perform(get("/curation/imports/{id}", second))
			.andExpect(content().string(allOf(containsString("Succeeded"), containsString("action=\"/curation/imports/" + second + "/confirm\""),
					containsString("href=\"/curation/imports/" + first + "\""))));
		mvc.perform(get("/api/v1/imports/{id}", second)).andExpect(jsonPath("$.created").value(2)).andExpect(jsonPath("$.sourceJobId").value(first));
		assertThat(recommendations(t)).isZero();

		long real = confirm(second);
		assertThat(awaitFinished(real)).isEqualTo("SUCCEEDED");
		assertThat(recommendations(t)).isEqualTo(2);
		assertThat(jdbc.sql("""
				select count(*) from recommendation r join country c on c.id = r.country_id
				where r.text like ? and c.alpha3 = 'IDN'""").param("%" + t + " one%").query(Integer.class).single()).isOne();
		// Confirming the same dry run again leads to the import already made, not to a second one.
		assertThat(confirm(second)).isEqualTo(real);
		mvc.perform(get("/curation/imports/{id}", second)).andExpect(content().string(containsString("Confirmed: see import " + real)));
	}

	@Test
	void aThemeAliasIsAddedFromTheReport() throws Exception {
		String t = token();
		long first = upload(uprInfo("theme-" + t + ".csv",
				"Indonesia,Asia,ASEAN,Protect journalists " + t + ",France,WEOG,,Accepted,4,Press freedom " + t + ",15"));
		assertThat(awaitFinished(first)).isEqualTo("REJECTED");
		long theme = jdbc.sql("select id from theme where code = 'freedom-of-opinion-and-expression'").query(Long.class).optional()
			.orElseGet(() -> jdbc.sql("select min(id) from theme").query(Long.class).single());
		long second = idOf(mvc.perform(post("/curation/imports/{id}/aliases", first).with(csrf())
				.param("kind", "themes").param("alias", "Press freedom " + t).param("target", String.valueOf(theme)))
			.andReturn());
		assertThat(awaitFinished(second)).isEqualTo("SUCCEEDED");
		assertThat(jdbc.sql("select theme_id from theme_alias where alias = ?").param("Press freedom " + t).query(Long.class).single())
			.isEqualTo(theme);
	}

	@Test
	void anAliasWithoutItsTargetIsRefusedAndNothingRunsAgain() throws Exception {
		String t = token();
		long first = upload(uprInfo("noalias-" + t + ".csv",
				"Atlantis" + t + ",Asia,,Protect journalists " + t + ",France,WEOG,,Accepted,4,Justice,16"));
		awaitFinished(first);
		long before = jdbc.sql("select count(*) from import_job where source_job_id = ?").param(first).query(Long.class).single();
		mvc.perform(post("/curation/imports/{id}/aliases", first).with(csrf()).param("kind", "countries").param("alias", "Atlantis" + t))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from import_job where source_job_id = ?").param(first).query(Long.class).single())
			.isEqualTo(before);
	}

	/** Holds the lock every writing import takes, as another import would. */
	Connection holdWriteLock() throws Exception {
		Connection connection = dataSource.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("select pg_advisory_lock(" + ImportService.WRITE_LOCK + ")");
		}
		return connection;
	}

	static void release(Connection connection) throws Exception {
		try (Statement statement = connection.createStatement()) {
			statement.execute("select pg_advisory_unlock(" + ImportService.WRITE_LOCK + ")");
		}
		connection.close();
	}

	@Test
	void theConfirmedImportRunsInTheBackgroundWithItsProgressInTheFragmentAndTheApi() throws Exception {
		String t = token();
		long dryRun = upload(uprInfo("progress-" + t + ".csv",
				"Indonesia,Asia,ASEAN,Ratify the Optional Protocol " + t + " one,France,WEOG,,Accepted,5,Justice,17",
				"Indonesia,Asia,ASEAN,Adopt a plan " + t + " two,Brazil,GRULAC,,Noted,4,Justice,17"));
		assertThat(awaitFinished(dryRun)).isEqualTo("SUCCEEDED");
		Connection lock = holdWriteLock();
		long real;
		try {
			real = confirm(dryRun);
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/v1/imports/{id}", real))
				.andExpect(jsonPath("$.status").value("RUNNING")).andExpect(jsonPath("$.phase").value("waiting")));
			mvc.perform(get("/api/v1/imports/{id}", real))
				.andExpect(jsonPath("$.rowsDone").value(2))
				.andExpect(jsonPath("$.rowsTotal").value(2))
				.andExpect(jsonPath("$.percent").value(90))
				.andExpect(jsonPath("$.dryRun").value(false));
			mvc.perform(get("/curation/imports/{id}", real).header("HX-Request", "true"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(not(containsString("<html")), containsString("hx-trigger=\"every 1s\""),
						containsString("hx-get=\"/curation/imports/" + real + "\""), containsString("<progress"),
						containsString("aria-valuenow=\"90\""), containsString("2 of 2 rows read"),
						containsString("Waiting for another import to finish writing"),
						containsString("action=\"/curation/imports/" + real + "/cancel\""))));
			assertThat(recommendations(t)).isZero();
		}
		finally {
			release(lock);
		}
		assertThat(awaitFinished(real)).isEqualTo("SUCCEEDED");
		assertThat(recommendations(t)).isEqualTo(2);
		mvc.perform(get("/api/v1/imports/{id}", real)).andExpect(jsonPath("$.percent").value(100)).andExpect(jsonPath("$.created").value(2));
		mvc.perform(get("/curation/imports/{id}", real).header("HX-Request", "true"))
			.andExpect(content().string(allOf(not(containsString("hx-trigger")), containsString("aria-valuenow=\"100\""),
					containsString("hx-swap-oob=\"true\""), containsString("Import finished: Succeeded."))));
		// Written, the uploaded file is no longer kept.
		mvc.perform(post("/curation/imports/{id}/rerun", dryRun).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aSecondImportWaitsInTheQueueUntilTheFirstHasFinished() throws Exception {
		String t = token();
		long dryRun1 = upload(uprInfo("queue-a-" + t + ".csv", "Indonesia,Asia,ASEAN,First " + t + ",France,WEOG,,Accepted,5,Justice,18"));
		long dryRun2 = upload(uprInfo("queue-b-" + t + ".csv", "Indonesia,Asia,ASEAN,Second " + t + ",France,WEOG,,Accepted,5,Justice,18"));
		awaitFinished(dryRun1);
		awaitFinished(dryRun2);
		Connection lock = holdWriteLock();
		long first;
		long second;
		try {
			first = confirm(dryRun1);
			second = confirm(dryRun2);
			await().atMost(Duration.ofSeconds(30)).until(() -> jobStatus(first).equals("RUNNING"));
			Thread.sleep(300);
			assertThat(jobStatus(second)).isEqualTo("QUEUED");
			mvc.perform(get("/curation/imports/{id}", second))
				.andExpect(content().string(allOf(containsString("Queued, position 1"), containsString("hx-trigger=\"every 1s\""))));
			mvc.perform(get("/api/v1/imports/{id}", second)).andExpect(jsonPath("$.queuePosition").value(1));
			mvc.perform(get("/curation/imports")).andExpect(content().string(containsString("queue-b-" + t + ".csv")));
		}
		finally {
			release(lock);
		}
		assertThat(awaitFinished(first)).isEqualTo("SUCCEEDED");
		assertThat(awaitFinished(second)).isEqualTo("SUCCEEDED");
		OffsetDateTime firstFinished = jdbc.sql("select finished_at from import_job where id = ?").param(first).query(OffsetDateTime.class).single();
		OffsetDateTime secondStarted = jdbc.sql("select started_at from import_job where id = ?").param(second).query(OffsetDateTime.class).single();
		assertThat(secondStarted).isAfterOrEqualTo(firstFinished);
		assertThat(recommendations(t)).isEqualTo(2);
	}

	@Test
	void aQueuedImportCanBeCancelled() throws Exception {
		String t = token();
		long dryRun1 = upload(uprInfo("cq-a-" + t + ".csv", "Indonesia,Asia,ASEAN,First " + t + ",France,WEOG,,Accepted,5,Justice,19"));
		long dryRun2 = upload(uprInfo("cq-b-" + t + ".csv", "Indonesia,Asia,ASEAN,Second " + t + ",France,WEOG,,Accepted,5,Justice,19"));
		awaitFinished(dryRun1);
		awaitFinished(dryRun2);
		Connection lock = holdWriteLock();
		long first;
		long second;
		try {
			first = confirm(dryRun1);
			second = confirm(dryRun2);
			await().atMost(Duration.ofSeconds(30)).until(() -> jobStatus(first).equals("RUNNING"));
			mvc.perform(post("/curation/imports/{id}/cancel", second).with(csrf())).andExpect(status().is3xxRedirection());
			assertThat(jobStatus(second)).isEqualTo("CANCELLED");
			mvc.perform(post("/curation/imports/{id}/cancel", first).with(csrf())).andExpect(status().is3xxRedirection());
		}
		finally {
			release(lock);
		}
		assertThat(awaitFinished(first)).isEqualTo("CANCELLED");
		assertThat(recommendations(t)).isZero();
		mvc.perform(get("/curation/imports/{id}", second)).andExpect(content().string(containsString("Cancelled")));
	}

	@Test
	void cancellingWhileWritingRollsEverythingBack() throws Exception {
		String t = token();
		long dryRun = upload(uprInfo("cancel-" + t + ".csv",
				"Lao People's Democratic Republic,Asia,ASEAN,Ratify the Optional Protocol " + t + " one,France,WEOG,,Accepted,5,Justice,171",
				"Lao People's Democratic Republic,Asia,ASEAN,Adopt a plan " + t + " two,Brazil,GRULAC,,Noted,4,Justice,171"));
		assertThat(awaitFinished(dryRun)).isEqualTo("SUCCEEDED");
		// Each recommendation row of this import takes a second to insert: time to cancel it mid-write.
		trigger(t, "PERFORM pg_sleep(1); RETURN NEW;");
		try {
			long real = confirm(dryRun);
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/v1/imports/{id}", real))
				.andExpect(jsonPath("$.phase").value("writing")));
			mvc.perform(post("/curation/imports/{id}/cancel", real).with(csrf())).andExpect(status().is3xxRedirection());
			assertThat(awaitFinished(real)).isEqualTo("CANCELLED");
			mvc.perform(get("/curation/imports/{id}", real))
				.andExpect(content().string(containsString("the import was stopped and rolled back")));
		}
		finally {
			dropTrigger(t);
		}
		assertThat(recommendations(t)).isZero();
		assertThat(documents("LAO", 171)).isZero();
	}

	@Test
	void anImportThatFailsPartWayRollsBackAndShowsTheError() throws Exception {
		String t = token();
		long dryRun = upload(uprInfo("fail-" + t + ".csv",
				"Lao People's Democratic Republic,Asia,ASEAN,Ratify the Optional Protocol " + t + " one,France,WEOG,,Accepted,5,Justice,172",
				"Lao People's Democratic Republic,Asia,ASEAN,Adopt a plan " + t + " two,Brazil,GRULAC,,Noted,4,Justice,172"));
		assertThat(awaitFinished(dryRun)).isEqualTo("SUCCEEDED");
		// The documents are inserted first; then inserting a recommendation fails.
		trigger(t, "RAISE EXCEPTION 'disk full (test %)', NEW.id;");
		try {
			long real = confirm(dryRun);
			assertThat(awaitFinished(real)).isEqualTo("FAILED");
			mvc.perform(get("/curation/imports/{id}", real))
				.andExpect(content().string(allOf(containsString("Failed"), containsString("disk full (test"),
						containsString("Nothing was written"), containsString("/rerun\""))));
		}
		finally {
			dropTrigger(t);
		}
		assertThat(recommendations(t)).isZero();
		assertThat(documents("LAO", 172)).isZero();
	}

	void trigger(String token, String body) {
		jdbc.sql("CREATE FUNCTION test_" + token + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN " + body + " END $$").update();
		jdbc.sql("CREATE TRIGGER test_" + token + " BEFORE INSERT ON recommendation FOR EACH ROW WHEN (NEW.text LIKE '%" + token
				+ "%') EXECUTE FUNCTION test_" + token + "()").update();
	}

	void dropTrigger(String token) {
		jdbc.sql("DROP TRIGGER test_" + token + " ON recommendation").update();
		jdbc.sql("DROP FUNCTION test_" + token + "()").update();
	}

	@Test
	void anImportInterruptedByARestartIsMarkedFailedAndCanBeRunAgain() throws Exception {
		String t = token();
		long dryRun = upload(uprInfo("restart-" + t + ".csv", "Indonesia,Asia,ASEAN,Ratify the Optional Protocol " + t + ",France,WEOG,,Accepted,5,Justice,13"));
		assertThat(awaitFinished(dryRun)).isEqualTo("SUCCEEDED");
		// As the server leaves it when it stops mid-import: queued, with its files kept.
		long interrupted = jdbc.sql("""
				INSERT INTO import_job (format, file_names, dry_run, created_by, status, stored_files, source_job_id)
				SELECT format, file_names, false, created_by, 'QUEUED', stored_files, id FROM import_job WHERE id = ? RETURNING id""")
			.param(dryRun).query(Long.class).single();
		assertThat(imports.failInterrupted(java.util.Locale.ENGLISH)).isPositive();
		assertThat(jobStatus(interrupted)).isEqualTo("FAILED");
		mvc.perform(get("/curation/imports/{id}", interrupted))
			.andExpect(content().string(allOf(containsString("the application stopped while this import was queued or running"),
					containsString("action=\"/curation/imports/" + interrupted + "/rerun\""))));
		long again = idOf(mvc.perform(post("/curation/imports/{id}/rerun", interrupted).with(csrf())).andReturn());
		assertThat(awaitFinished(again)).isEqualTo("SUCCEEDED");
		assertThat(recommendations(t)).isZero();
		// The dry run can be confirmed again: the failed import does not count as its confirmation.
		long real = confirm(dryRun);
		assertThat(awaitFinished(real)).isEqualTo("SUCCEEDED");
		assertThat(recommendations(t)).isOne();
	}

	@Test
	void theReportDownloadsAsCsvWithTheSummaryAndTheRejectedRows() throws Exception {
		String t = token();
		long id = upload(uprInfo("report-" + t + ".csv",
				"Indonesia,Asia,ASEAN,Ratify the Optional Protocol " + t + ",France,WEOG,,Accepted,5,Justice,13",
				"Atlantis" + t + ",Asia,,Protect journalists " + t + ",France,WEOG,,Accepted,4,Justice,13",
				"Indonesia,Asia,ASEAN,Train judges " + t + ",France,WEOG,,Accepted,9,Justice,13"));
		awaitFinished(id);
		mvc.perform(get("/curation/imports/{id}/report.csv", id))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("import-" + id + "-report.csv")))
			.andExpect(content().string(allOf(containsString("Record,File,Line,Field,Value,Reason"),
					containsString("summary,,,Format,UPR Info database export (CSV),"), containsString("summary,,,Rejected,2,"),
					containsString("summary,,,By," + curator.email() + ","),
					containsString("rejected,report-" + t + ".csv,3,To,Atlantis" + t + ","),
					containsString("rejected,report-" + t + ".csv,4,Action,9,The action category must be a number from 1 to 5."),
					containsString("unmapped,,,country,Atlantis" + t + ",1 rows"))));
	}

	@Test
	void pastImportsShowWhoImportedWhatWhenAndTheResult() throws Exception {
		String t = token();
		long id = upload(uprInfo("past-" + t + ".csv", "Indonesia,Asia,ASEAN,Ratify the Optional Protocol " + t + ",France,WEOG,,Accepted,5,Justice,13"));
		awaitFinished(id);
		mvc.perform(get("/curation/imports"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("past-" + t + ".csv"), containsString("href=\"/curation/imports/" + id + "\""),
					containsString(curator.email()), containsString(curator.name()), containsString("UPR Info database export (CSV)"),
					containsString("1 created, 0 updated, 0 unchanged, 0 rejected"))));
	}

	@Test
	void theReportReadsInFrench() throws Exception {
		String t = token();
		long id = upload(uprInfo("fr-" + t + ".csv",
				"Atlantis" + t + ",Asia,,Protect journalists " + t + ",France,WEOG,,Accepted,4,Justice,13",
				"Indonesia,Asia,ASEAN,Train judges " + t + ",France,WEOG,,Accepted,4,Justice,13"));
		awaitFinished(id);
		mvc.perform(get("/curation/imports/{id}", id).param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Essai à blanc " + id), containsString("Lignes rejetées (1)"),
					containsString("Valeurs non reconnues (1)"), containsString("Ajouter l’alias et refaire l’essai"))));
		mvc.perform(get("/curation/imports").param("lang", "fr"))
			.andExpect(content().string(containsString("Téléverser et faire un essai à blanc")));
	}

	@Test
	void theChosenEncodingAndLineEndingAreUsedAndShown() throws Exception {
		String t = token();
		byte[] macRoman = (HEADER + "Indonesia,Asia,ASEAN,R\u00e9forme p\u00e9nale " + t + ",France,WEOG,,Accepted,4,Justice,13\n")
			.replace('\n', '\r').getBytes("x-MacRoman");
		MvcResult result = mvc.perform(multipart("/curation/imports").file(new MockMultipartFile("files", "mac-" + t + ".csv", "text/csv", macRoman))
				.param("format", "upr-info").param("encoding", "x-MacRoman").param("lineEnding", "CR").with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn();
		long id = idOf(result);
		assertThat(awaitFinished(id)).isEqualTo("SUCCEEDED");
		mvc.perform(get("/curation/imports/{id}", id))
			.andExpect(content().string(allOf(containsString("Encoding: x-MacRoman; line endings: CR"), containsString("x-MacRoman (option)"))));
		long real = confirm(id);
		assertThat(awaitFinished(real)).isEqualTo("SUCCEEDED");
		assertThat(jdbc.sql("select count(*) from recommendation where text = ?").param("R\u00e9forme p\u00e9nale " + t)
			.query(Integer.class).single()).isOne();
	}

}
