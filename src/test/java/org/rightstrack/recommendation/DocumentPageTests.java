package org.rightstrack.recommendation;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rightstrack.DemoDataTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoDataTest
class DocumentPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void paragraphsAreOrderedAsReadersNumberThem() {
		List<String> sorted = List.of("6.10", "12 (b)", "6.2", "4 (a)", "12 (a)", "6.100", "", "12", "6.9").stream()
			.sorted(ParagraphOrder.INSTANCE)
			.toList();
		assertThat(sorted).containsExactly("4 (a)", "6.2", "6.9", "6.10", "6.100", "12", "12 (a)", "12 (b)", "");
	}

	@Test
	@Transactional
	void documentShowsItsDetailsAndPublishedRecommendationsInParagraphOrder() throws Exception {
		long mechanism = jdbc.sql("SELECT id FROM mechanism WHERE code = 'UPR'").query(Long.class).single();
		long country = jdbc.sql("SELECT id FROM country WHERE alpha3 = 'KHM'").query(Long.class).single();
		long document = jdbc.sql("""
				INSERT INTO document (mechanism_id, country_id, symbol, title, type, session, session_label, upr_cycle,
				                      published_on, url, published)
				VALUES (?, ?, 'A/HRC/BROWSE/TEST', 'Report of the Working Group (browse test)', 'UPR_WORKING_GROUP_REPORT',
				        46, '46th session', 4, DATE '2024-07-01', 'https://documents.un.org/A/HRC/BROWSE/TEST', true)
				RETURNING id""").params(mechanism, country).query(Long.class).single();
		for (String paragraph : List.of("110.10", "110.2", "110.1")) {
			jdbc.sql("""
					INSERT INTO recommendation (document_id, country_id, mechanism_id, paragraph, text, upr_response)
					VALUES (?, ?, ?, ?, ?, 'SUPPORTED')""")
				.params(document, country, mechanism, paragraph, "browse-doc-token " + paragraph).update();
		}
		jdbc.sql("""
				INSERT INTO recommendation (document_id, country_id, mechanism_id, paragraph, text, published)
				VALUES (?, ?, ?, '110.3', 'browse-doc-token unpublished', false)""").params(document, country, mechanism).update();
		String html = mvc.perform(get("/documents/" + document)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("A/HRC/BROWSE/TEST", "Report of the Working Group (browse test)", "UPR Working Group report",
				"46th session", "1 July 2024", "href=\"https://documents.un.org/A/HRC/BROWSE/TEST\"", "href=\"/mechanisms/UPR\"",
				"href=\"/countries/KHM\"", "Recommendations in this document (3)", "supported");
		var order = Pattern.compile("browse-doc-token (\\S+)<").matcher(html).results().map(m -> m.group(1)).toList();
		assertThat(order).containsExactly("110.1", "110.2", "110.10");
	}

	@Test
	@Transactional
	void unpublishedOrArchivedDocumentIsNotFound() throws Exception {
		long mechanism = jdbc.sql("SELECT id FROM mechanism WHERE code = 'CRC'").query(Long.class).single();
		long country = jdbc.sql("SELECT id FROM country WHERE alpha3 = 'LAO'").query(Long.class).single();
		long unpublished = jdbc.sql("""
				INSERT INTO document (mechanism_id, country_id, title, type, published) VALUES (?, ?, 'Draft', 'OTHER', false)
				RETURNING id""").params(mechanism, country).query(Long.class).single();
		long archived = jdbc.sql("""
				INSERT INTO document (mechanism_id, country_id, title, type, archived) VALUES (?, ?, 'Old', 'OTHER', true)
				RETURNING id""").params(mechanism, country).query(Long.class).single();
		mvc.perform(get("/documents/" + unpublished)).andExpect(status().isNotFound());
		mvc.perform(get("/documents/" + archived)).andExpect(status().isNotFound());
		mvc.perform(get("/documents/99999999")).andExpect(status().isNotFound());
		mvc.perform(get("/documents/not-a-number")).andExpect(status().isBadRequest());
	}

	@Test
	@Transactional
	void onlyWebAddressesAreLinkedAsTheOfficialText() throws Exception {
		long mechanism = jdbc.sql("SELECT id FROM mechanism WHERE code = 'CRC'").query(Long.class).single();
		long country = jdbc.sql("SELECT id FROM country WHERE alpha3 = 'LAO'").query(Long.class).single();
		long document = jdbc.sql("""
				INSERT INTO document (mechanism_id, country_id, title, type, url) VALUES (?, ?, 'Scripted', 'OTHER', 'javascript:alert(1)')
				RETURNING id""").params(mechanism, country).query(Long.class).single();
		String html = mvc.perform(get("/documents/" + document)).andReturn().getResponse().getContentAsString();
		assertThat(html).doesNotContain("javascript:alert").doesNotContain("Open the official text");
	}

}
