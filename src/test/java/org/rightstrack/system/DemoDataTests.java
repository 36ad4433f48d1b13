package org.rightstrack.system;

import org.junit.jupiter.api.Test;
import org.rightstrack.DemoDataTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoDataTest
class DemoDataTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void demoDataCoversEveryAseanStateAndIsLabelledIllustrative() {
		assertThat(count("SELECT count(*) FROM recommendation")).isGreaterThanOrEqualTo(100);
		assertThat(count("""
				SELECT count(DISTINCT c.alpha3) FROM recommendation r JOIN country c ON c.id = r.country_id
				JOIN country_group_member m ON m.country_id = c.id JOIN country_group g ON g.id = m.country_group_id
				WHERE g.code = 'ASEAN'""")).isEqualTo(10);
		assertThat(count("SELECT count(*) FROM document WHERE title NOT LIKE '%(illustrative)'")).isZero();
		assertThat(count("SELECT count(DISTINCT m.kind) FROM recommendation r JOIN mechanism m ON m.id = r.mechanism_id"))
			.isGreaterThanOrEqualTo(3);
		assertThat(count("SELECT count(*) FROM recommendation_theme")).isPositive();
		assertThat(count("SELECT count(*) FROM follow_up_action_recommendation")).isPositive();
		assertThat(count("SELECT count(*) FROM assessment")).isPositive();
		assertThat(count("SELECT count(*) FROM country_visit")).isPositive();
		assertThat(count("SELECT count(*) FROM state_report")).isPositive();
	}

	@Test
	void implementationStatusFollowsTheLatestGovernmentAssessment() {
		assertThat(count("""
				SELECT count(*) FROM recommendation r WHERE r.implementation_status IS DISTINCT FROM (
				  SELECT a.status FROM assessment a WHERE a.recommendation_id = r.id AND a.assessor_type = 'GOVERNMENT'
				  ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1)""")).isZero();
		assertThat(count("SELECT count(*) FROM recommendation WHERE implementation_status IS NOT NULL")).isPositive();
	}

	@Test
	void homeAndCountryPagesShowTheDemoDataAsIllustrative() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("illustrative demo data set")));
		mvc.perform(get("/countries/IDN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Recommendations by mechanism")))
			.andExpect(content().string(containsString("Universal Periodic Review")));
	}

}
