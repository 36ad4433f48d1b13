package org.rightstrack.curation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.rightstrack.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
@WithMockUser(roles = "CURATOR")
class DocumentImportTests {

	static final String TEXT = """
			CEDAW/C/TST/CO/1

			Trafficking and exploitation of prostitution

			1. The Committee notes the efforts made by the State party to combat trafficking in persons.

			2. The Committee recommends that the State party:
			(a) Strengthen cooperation with countries of destination to prevent trafficking in persons;
			(b) Ensure that victims of trafficking have access to shelters.

			3. The Committee requests the State party to provide, within two years, written information on the steps taken to implement the recommendations contained in paragraph 2 (b) above.
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long id(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void pastedTextIsSplitAndProposedForReviewWithoutSavingAnything() throws Exception {
		long documents = id("select count(*) from document");
		mvc.perform(get("/curation/documents/import")).andExpect(status().isOk()).andExpect(content().string(containsString("name=\"text\"")));
		mvc.perform(multipart("/curation/documents/import").with(csrf()).param("symbol", "CEDAW/C/TST/CO/1").param("title", "Concluding observations")
				.param("mechanismId", String.valueOf(id("select id from mechanism where code = 'CEDAW'")))
				.param("countryId", String.valueOf(id("select id from country where alpha3 = 'THA'")))
				.param("type", "CONCLUDING_OBSERVATIONS").param("publishedOn", "2024-05-31").param("text", TEXT))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("4 paragraphs and sub-paragraphs found, 2 proposed as recommendations.")))
			.andExpect(content().string(containsString("Save paragraph 2 (b) as a recommendation")))
			.andExpect(content().string(containsString("theme Trafficking in persons, because of &#39;trafficking in persons&#39;")))
			.andExpect(content().string(containsString("value=\"2026-05-31\"")))
			.andExpect(content().string(containsString("› Trafficking in persons</label>")));
		assertThat(id("select count(*) from document")).isEqualTo(documents);
	}

	@Test
	void missingDocumentFieldsAndTextAreReportedNextToTheFields() throws Exception {
		mvc.perform(multipart("/curation/documents/import").with(csrf()).param("title", "").param("text", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-describedby=\"title-error\"")))
			.andExpect(content().string(containsString("aria-describedby=\"mechanismId-error\"")))
			.andExpect(content().string(containsString("Paste the text or upload the document.")));
	}

	@Test
	void reviewedProposalsAreSavedWithTheCuratorsCorrections() throws Exception {
		long theme = id("select id from theme where code = 'trafficking'");
		long shelters = id("select id from theme where code = 'gender-based-violence'");
		mvc.perform(post("/curation/documents/import/save").with(csrf()).param("symbol", "CEDAW/C/TST/CO/2").param("title", "Concluding observations")
				.param("mechanismId", String.valueOf(id("select id from mechanism where code = 'CEDAW'")))
				.param("countryId", String.valueOf(id("select id from country where alpha3 = 'THA'")))
				.param("type", "CONCLUDING_OBSERVATIONS").param("publishedOn", "2024-05-31").param("published", "true")
				// proposal 0: paragraph 1, not proposed, left out
				.param("proposals[0].include", "false").param("proposals[0].proposedInclude", "false").param("proposals[0].paragraph", "1")
				.param("proposals[0].text", "The Committee notes...").param("proposals[0].proposedText", "The Committee notes...")
				// proposal 1: kept as proposed
				.param("proposals[1].include", "true").param("proposals[1].proposedInclude", "true").param("proposals[1].paragraph", "2 (a)")
				.param("proposals[1].text", "Strengthen cooperation.").param("proposals[1].proposedText", "Strengthen cooperation.")
				.param("proposals[1].themeIds", String.valueOf(theme)).param("proposals[1].suggestedThemeIds", String.valueOf(theme))
				// proposal 2: the curator adds a theme by its name and keeps the follow-up flag
				.param("proposals[2].include", "true").param("proposals[2].proposedInclude", "true").param("proposals[2].paragraph", "2 (b)")
				.param("proposals[2].text", "Ensure shelters.").param("proposals[2].proposedText", "Ensure shelters.")
				.param("proposals[2].themeIds", String.valueOf(theme)).param("proposals[2].suggestedThemeIds", String.valueOf(theme))
				.param("proposals[2].addTheme", "Gender-based violence")
				.param("proposals[2].followUp", "true").param("proposals[2].proposedFollowUp", "true").param("proposals[2].followUpDeadline", "2026-05-31"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/curation/recommendations?document=*"))
			.andExpect(flash().attribute("message", "2 recommendations saved; you changed 1 of the 3 proposals."));
		long document = id("select id from document where symbol = 'CEDAW/C/TST/CO/2'");
		assertThat(id("select count(*) from recommendation where document_id = " + document)).isEqualTo(2);
		assertThat(id("select count(*) from recommendation where document_id = " + document
				+ " and paragraph = '2 (b)' and follow_up and follow_up_deadline = date '2026-05-31'")).isOne();
		assertThat(id("select count(*) from recommendation_theme rt join recommendation r on r.id = rt.recommendation_id where r.document_id = "
				+ document + " and rt.theme_id = " + shelters)).isOne();
	}

	@Test
	void anUnknownVocabularyEntryIsRefusedAndNothingIsSaved() throws Exception {
		mvc.perform(post("/curation/documents/import/save").with(csrf()).param("symbol", "CEDAW/C/TST/CO/3").param("title", "CO")
				.param("mechanismId", String.valueOf(id("select id from mechanism where code = 'CEDAW'")))
				.param("countryId", String.valueOf(id("select id from country where alpha3 = 'THA'")))
				.param("type", "CONCLUDING_OBSERVATIONS").param("publishedOn", "2024-05-31")
				.param("proposals[0].include", "true").param("proposals[0].proposedInclude", "true").param("proposals[0].paragraph", "1")
				.param("proposals[0].text", "Adopt a law.").param("proposals[0].proposedText", "Adopt a law.")
				.param("proposals[0].addTheme", "No such theme"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not in the list: choose one of the suggestions.")))
			.andExpect(content().string(not(containsString("recommendations saved"))));
		assertThat(id("select count(*) from document where symbol = 'CEDAW/C/TST/CO/3'")).isZero();
	}

	@Test
	void uploadedHtmlDocxAndPdfAreReadWithTika() throws Exception {
		String html = "<html><body><p>1. The Committee recommends that the State party ratify the Optional Protocol to the Convention against Torture.</p>"
				+ "<p>2. The Committee urges the State party to abolish the death penalty.</p></body></html>";
		assertProposed(new MockMultipartFile("file", "co.html", "text/html", html.getBytes(StandardCharsets.UTF_8)));

		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("1. The Committee recommends that the State party ratify the Optional Protocol to the Convention against Torture.");
			document.createParagraph().createRun().setText("2. The Committee urges the State party to abolish the death penalty.");
			document.write(docx);
		}
		assertProposed(new MockMultipartFile("file", "co.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.toByteArray()));

		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
				stream.beginText();
				stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
				stream.setLeading(14);
				stream.newLineAtOffset(50, 700);
				stream.showText("1. The Committee recommends that the State party ratify the Optional Protocol");
				stream.newLine();
				stream.showText("to the Convention against Torture.");
				stream.newLine();
				stream.showText("2. The Committee urges the State party to abolish the death penalty.");
				stream.endText();
			}
			document.save(pdf);
		}
		assertProposed(new MockMultipartFile("file", "co.pdf", "application/pdf", pdf.toByteArray()));
	}

	private void assertProposed(MockMultipartFile file) throws Exception {
		mvc.perform(multipart("/curation/documents/import").file(file).with(csrf()).param("title", "Concluding observations")
				.param("mechanismId", String.valueOf(id("select id from mechanism where code = 'CAT'")))
				.param("countryId", String.valueOf(id("select id from country where alpha3 = 'THA'")))
				.param("type", "CONCLUDING_OBSERVATIONS").param("publishedOn", "2024-05-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 paragraphs and sub-paragraphs found, 2 proposed as recommendations.")))
			.andExpect(content().string(containsString("theme Death penalty")));
	}

}
