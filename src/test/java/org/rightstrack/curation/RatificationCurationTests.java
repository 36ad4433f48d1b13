package org.rightstrack.curation;

import org.junit.jupiter.api.Test;
import org.rightstrack.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
@WithMockUser(roles = "CURATOR")
class RatificationCurationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long treaty(String code) {
		return jdbc.sql("select id from treaty where code = ?").param(code).query(Long.class).single();
	}

	@Test
	void tableListsEveryInstrumentWithOneFormPerRow() throws Exception {
		mvc.perform(get("/curation/ratifications/idn"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rat-" + treaty("OP-CAT") + "\"")))
			.andExpect(content().string(containsString("form=\"rat-" + treaty("CAT") + "\"")))
			.andExpect(content().string(containsString("hx-post=\"/curation/ratifications/IDN/" + treaty("CAT") + "\"")));
	}

	@Test
	void rowIsSavedInPlaceWithHtmxAndStaleRowIsRefused() throws Exception {
		long opcat = treaty("OP-CAT");
		assertThat(jdbc.sql("select count(*) from ratification r join country c on c.id = r.country_id where c.alpha3 = 'LAO' and treaty_id = ?")
			.param(opcat).query(Long.class).single()).isZero();
		mvc.perform(post("/curation/ratifications/LAO/" + opcat).with(csrf()).header("HX-Request", "true")
				.param("signedOn", "2024-01-10").param("consentOn", "").param("consentType", "").param("version", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<tr id=\"row-" + opcat + "\"")))
			.andExpect(content().string(containsString("Saved.")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(post("/curation/ratifications/LAO/" + opcat).with(csrf()).header("HX-Request", "true")
				.param("signedOn", "2024-01-10").param("consentOn", "2025-02-01").param("consentType", "RATIFICATION")
				.param("acceptsInquiryProcedure", "true").param("version", "0"))
			.andExpect(content().string(containsString("Saved.")));
		assertThat(jdbc.sql("select count(*) from ratification r join country c on c.id = r.country_id where c.alpha3 = 'LAO' and treaty_id = ? and consent_type = 'RATIFICATION' and r.version = 1 and accepts_inquiry_procedure")
			.param(opcat).query(Long.class).single()).isOne();
		mvc.perform(post("/curation/ratifications/LAO/" + opcat).with(csrf()).header("HX-Request", "true")
				.param("signedOn", "2024-01-11").param("consentOn", "2025-02-01").param("consentType", "RATIFICATION").param("version", "0"))
			.andExpect(content().string(containsString("Someone else saved this record")))
			.andExpect(content().string(containsString("value=\"2024-01-11\"")));
	}

	@Test
	void invalidRowShowsMessagesNextToItsFields() throws Exception {
		long cat = treaty("CAT");
		mvc.perform(post("/curation/ratifications/IDN/" + cat).with(csrf()).header("HX-Request", "true")
				.param("signedOn", "2030-01-01").param("consentOn", "2020-01-01").param("consentType", "").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give both the date and how consent was given.")))
			.andExpect(content().string(containsString("The signature cannot come after the ratification.")))
			.andExpect(content().string(containsString("aria-describedby=\"rat-" + cat + "-consentType-error\"")));
	}

	@Test
	void withoutJavaScriptTheWholeTableComesBack() throws Exception {
		long crpd = treaty("CRPD");
		mvc.perform(post("/curation/ratifications/IDN/" + crpd).with(csrf()).param("signedOn", "").param("consentOn", "2011-11-30")
				.param("consentType", "RATIFICATION").param("version", "999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("Someone else saved this record")));
	}

}
