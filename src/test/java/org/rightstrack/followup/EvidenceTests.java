package org.rightstrack.followup;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstrack.IntegrationTest;
import org.rightstrack.account.CurrentUser;
import org.rightstrack.account.Role;
import org.rightstrack.account.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class EvidenceTests {

	static final byte[] PDF = read("src/test/resources/followup/evidence.pdf");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	FollowUpFixtures fixtures;

	CurrentUser focalPoint;

	long action;

	static byte[] read(String path) {
		try {
			return Files.readAllBytes(Path.of(path));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@BeforeEach
	void setUp() {
		fixtures = new FollowUpFixtures(jdbc);
		focalPoint = TestAccounts.with(jdbc).create(Role.FOCAL_POINT, "NPL");
		action = fixtures.action("NPL", "Evidence action", true, null, "IN_PROGRESS");
	}

	ResultActions upload(String title, String name, String declaredType, byte[] content) throws Exception {
		return mvc.perform(multipart("/actions/" + action + "/evidence").file(new MockMultipartFile("file", name, declaredType, content))
			.param("title", title).with(TestAccounts.as(focalPoint)).with(csrf()));
	}

	long evidence(String title) {
		return fixtures.id("select id from evidence where title = ?", title);
	}

	long evidenceCount() {
		return fixtures.count("select count(*) from evidence where follow_up_action_id = ?", action);
	}

	@Test
	void aPdfNamedPngIsStoredAndServedAsAPdf() throws Exception {
		upload("Decree " + fixtures.token, "decree.png", "image/png", PDF).andExpect(redirectedUrl("/actions/" + action + "/edit#evidence"));
		long id = evidence("Decree " + fixtures.token);
		assertThat(fixtures.string("select content_type || ' ' || file_name || ' ' || size_bytes from evidence where id = ?", id))
			.isEqualTo("application/pdf decree.pdf " + PDF.length);
		byte[] served = mvc.perform(get("/evidence/" + id))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"decree.pdf\"; filename*=UTF-8''decree.pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(served).isEqualTo(PDF);
	}

	@Test
	void theDownloadKeepsANonAsciiNameInRfc5987Form() throws Exception {
		upload("Rapport " + fixtures.token, "Rapport annuel – été \"2025\".pdf", "application/pdf", PDF);
		mvc.perform(get("/evidence/" + evidence("Rapport " + fixtures.token)))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"Rapport annuel _ _t_ 2025.pdf\"; filename*=UTF-8''Rapport%20annuel%20%E2%80%93%20%C3%A9t%C3%A9%202025.pdf"));
	}

	@Test
	void officeDocumentsAreRecognisedFromTheirContent() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("Progress report");
			document.write(out);
		}
		upload("Report " + fixtures.token, "report.bin", "application/octet-stream", out.toByteArray())
			.andExpect(redirectedUrl("/actions/" + action + "/edit#evidence"));
		assertThat(fixtures.string("select content_type || ' ' || file_name from evidence where title = ?", "Report " + fixtures.token))
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document report.docx");
	}

	@Test
	void programsAndWebPagesNamedPdfAreRefused() throws Exception {
		byte[] exe = new byte[512];
		System.arraycopy("MZ".getBytes(StandardCharsets.US_ASCII), 0, exe, 0, 2);
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, exe, 78, stub.length);
		upload("Program", "report.pdf", "application/pdf", exe)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is not accepted")));
		upload("Page", "report.pdf", "application/pdf",
				"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This kind of file (text/html) is not accepted")));
		upload("Svg", "chart.png", "image/png",
				"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8))
			.andExpect(content().string(containsString("is not accepted")));
		assertThat(evidenceCount()).isZero();
	}

	@Test
	void filesOverTwentyMegabytesAreRefusedWithAFieldMessage() throws Exception {
		byte[] large = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
		upload("Large", "large.pdf", "application/pdf", large)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is larger than 20 MB.")))
			.andExpect(content().string(containsString("aria-describedby=\"evidence-file-error evidence-file-help\"")))
			.andExpect(content().string(containsString("id=\"evidence-title\"")))
			.andExpect(content().string(containsString("is-invalid")));
		assertThat(evidenceCount()).isZero();
	}

	@Test
	void linksMustBeWebLinks() throws Exception {
		for (String url : new String[] { "javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>",
				"file:///etc/passwd", "//example.org/x", "https:///nohost" }) {
			mvc.perform(post("/actions/" + action + "/evidence").param("title", "Bad link").param("url", url)
				.with(TestAccounts.as(focalPoint)).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Only web links starting with http:// or https:// are accepted.")));
		}
		assertThat(evidenceCount()).isZero();
		mvc.perform(post("/actions/" + action + "/evidence").param("title", "Gazette " + fixtures.token)
			.param("url", "https://peraturan.go.id/id/perpres-no-60-tahun-2023").with(TestAccounts.as(focalPoint)).with(csrf()))
			.andExpect(redirectedUrl("/actions/" + action + "/edit#evidence"));
		mvc.perform(get("/actions/" + action)).andExpect(content().string(containsString(
				"href=\"https://peraturan.go.id/id/perpres-no-60-tahun-2023\" rel=\"noopener noreferrer nofollow\"")));
		// a link is not a download
		mvc.perform(get("/evidence/" + evidence("Gazette " + fixtures.token))).andExpect(status().isNotFound());
	}

	@Test
	void evidenceOfDraftsArchivedItemsAndPendingAssessmentsIsNotPublic() throws Exception {
		long draft = fixtures.action("NPL", "Draft action", false, null, "PLANNED");
		long draftFile = fixtures.fileEvidence(draft, null, "draft.pdf", PDF);
		mvc.perform(get("/evidence/" + draftFile)).andExpect(status().isNotFound());
		mvc.perform(get("/evidence/" + draftFile).with(TestAccounts.as(TestAccounts.with(jdbc).create(Role.CSO, "NPL"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/evidence/" + draftFile).with(TestAccounts.as(focalPoint))).andExpect(status().isOk());

		long recommendation = fixtures.recommendation("NPL", "Evidence recommendation");
		CurrentUser cso = TestAccounts.with(jdbc).create(Role.CSO, "NPL");
		long pending = fixtures.assessment(recommendation, "CSO", "STARTED", "PENDING", cso.id(), LocalDate.of(2025, 3, 1));
		long pendingFile = fixtures.fileEvidence(null, pending, "shadow.pdf", PDF);
		mvc.perform(get("/evidence/" + pendingFile)).andExpect(status().isNotFound());
		mvc.perform(get("/evidence/" + pendingFile).with(TestAccounts.as(cso))).andExpect(status().isOk());
		mvc.perform(get("/evidence/" + pendingFile).with(TestAccounts.as(TestAccounts.with(jdbc).create(Role.CURATOR)))).andExpect(status().isOk());
		jdbc.sql("update assessment set moderation_status = 'APPROVED' where id = ?").param(pending).update();
		mvc.perform(get("/evidence/" + pendingFile)).andExpect(status().isOk());

		long published = fixtures.fileEvidence(action, null, "public.pdf", PDF);
		mvc.perform(get("/evidence/" + published)).andExpect(status().isOk());
		mvc.perform(post("/evidence/" + published + "/archive").with(TestAccounts.as(TestAccounts.with(jdbc).create(Role.FOCAL_POINT, "MNG")))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/evidence/" + published + "/archive").with(TestAccounts.as(focalPoint)).with(csrf()))
			.andExpect(redirectedUrl("/actions/" + action + "/edit#evidence"));
		mvc.perform(get("/evidence/" + published)).andExpect(status().isNotFound());
		assertThat(fixtures.count("select count(*) from evidence where id = ? and archived", published)).isEqualTo(1);
	}

}
