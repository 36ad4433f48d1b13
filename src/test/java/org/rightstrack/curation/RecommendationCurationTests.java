package org.rightstrack.curation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstrack.IntegrationTest;
import org.rightstrack.recommendation.RecommendationRedirects;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
@WithMockUser(roles = "CURATOR")
class RecommendationCurationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RecommendationRedirects redirects;

	CurationFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new CurationFixtures(jdbc);
	}

	long theme(String code) {
		return fixtures.id("select id from theme where code = ?", code);
	}

	@Test
	void curatorEditsTextFollowUpAndVocabularies() throws Exception {
		long rec = fixtures.recommendation(fixtures.document(), "12", "Ratify OPCAT.");
		fixtures.theme(rec, "torture");
		mvc.perform(get("/curation/recommendations/" + rec)).andExpect(status().isOk()).andExpect(content().string(containsString("Ratify OPCAT.")));
		mvc.perform(post("/curation/recommendations/" + rec).with(csrf())
				.param("text", "Ratify the Optional Protocol to the Convention against Torture.").param("paragraph", "12 (a)")
				.param("followUp", "true").param("followUpDeadline", "2026-05-01").param("published", "true")
				.param("themeIds", String.valueOf(theme("acceptance-of-international-norms")))
				.param("themeIds", String.valueOf(theme("torture")))
				.param("groupIds", String.valueOf(fixtures.id("select id from affected_group where code = 'persons-deprived-of-liberty'")))
				.param("sdgTargetIds", String.valueOf(fixtures.id("select id from sdg_target where code = '16.3'")))
				.param("recommendingStateIds", String.valueOf(fixtures.id("select id from country where alpha3 = 'FRA'")))
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(fixtures.count("select count(*) from recommendation where id = ? and follow_up and follow_up_deadline = date '2026-05-01' and paragraph = '12 (a)'", rec)).isOne();
		assertThat(fixtures.count("select count(*) from recommendation_theme where recommendation_id = ?", rec)).isEqualTo(2);
		assertThat(fixtures.count("select count(*) from recommendation_affected_group where recommendation_id = ?", rec)).isOne();
		assertThat(fixtures.count("select count(*) from recommendation_sdg_target where recommendation_id = ?", rec)).isOne();
		assertThat(fixtures.count("select count(*) from recommendation_recommending_state where recommendation_id = ?", rec)).isOne();
	}

	@Test
	void invalidRecommendationShowsMessagesNextToTheFields() throws Exception {
		long rec = fixtures.recommendation(fixtures.document(), "13", "Adopt a law.");
		mvc.perform(post("/curation/recommendations/" + rec).with(csrf())
				.param("text", " ").param("uprActionCategory", "9").param("followUpDeadline", "2026-01-01").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-describedby=\"text-error\"")))
			.andExpect(content().string(containsString("id=\"uprActionCategory-error\"")))
			.andExpect(content().string(containsString("A deadline needs the follow-up flag.")));
		assertThat(jdbc.sql("select text from recommendation where id = ?").param(rec).query(String.class).single()).isEqualTo("Adopt a law.");
	}

	@Test
	void staleRecommendationSaveIsRefusedAndKeepsTheInput() throws Exception {
		long rec = fixtures.recommendation(fixtures.document(), "14", "Adopt a law.");
		jdbc.sql("update recommendation set version = version + 1 where id = ?").param(rec).update();
		mvc.perform(post("/curation/recommendations/" + rec).with(csrf()).param("text", "My better wording").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this record")))
			.andExpect(content().string(containsString("My better wording")));
		assertThat(jdbc.sql("select text from recommendation where id = ?").param(rec).query(String.class).single()).isEqualTo("Adopt a law.");
	}

	@Test
	void curatorUnpublishesAndPublishesARecommendation() throws Exception {
		long rec = fixtures.recommendation(fixtures.document(), "15", "Adopt a law.");
		mvc.perform(post("/curation/recommendations/" + rec + "/publish").with(csrf()).param("version", "0").param("published", "false"))
			.andExpect(redirectedUrl("/curation/recommendations/" + rec));
		assertThat(fixtures.count("select count(*) from recommendation where id = ? and not published", rec)).isOne();
		mvc.perform(post("/curation/recommendations/" + rec + "/publish").with(csrf()).param("version", "0").param("published", "true"));
		assertThat(fixtures.count("select count(*) from recommendation where id = ? and not published", rec)).as("stale: refused").isOne();
		mvc.perform(post("/curation/recommendations/" + rec + "/publish").with(csrf()).param("version", "1").param("published", "true"));
		assertThat(fixtures.count("select count(*) from recommendation where id = ? and published", rec)).isOne();
	}

	@Test
	void mergeMovesEveryActionAssessmentAndLinkAndRedirectsTheOldAddress() throws Exception {
		long document = fixtures.document();
		long kept = fixtures.recommendation(document, "20", "Establish a national preventive mechanism.");
		long duplicate = fixtures.recommendation(document, "20", "Establish a national preventive mechanism (duplicate).");
		fixtures.theme(kept, "torture");
		fixtures.theme(duplicate, "torture");
		fixtures.theme(duplicate, "conditions-of-detention");
		fixtures.group(duplicate, "persons-deprived-of-liberty");
		fixtures.target(duplicate, "16.3");
		fixtures.recommendingState(duplicate, "FRA");
		long shared = fixtures.action(kept, "National action plan");
		jdbc.sql("insert into follow_up_action_recommendation values (?, ?)").params(shared, duplicate).update();
		long own = fixtures.action(duplicate, "Draft NPM law");
		long assessment = fixtures.assessment(duplicate, "Ministry of Law", "STARTED");
		jdbc.sql("update recommendation set follow_up = true, follow_up_deadline = date '2026-01-01' where id = ?").param(duplicate).update();

		mvc.perform(get("/curation/recommendations/merge").param("keep", String.valueOf(kept)).param("duplicate", String.valueOf(duplicate)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("(duplicate)")));
		mvc.perform(post("/curation/recommendations/merge").with(csrf())
				.param("keep", String.valueOf(kept)).param("keepVersion", "0")
				.param("duplicate", String.valueOf(duplicate)).param("duplicateVersion", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(fixtures.count("select count(*) from recommendation where id = ? and archived", duplicate)).as("duplicate archived").isZero();

		// the duplicate's version had not moved: version 0 merges
		mvc.perform(post("/curation/recommendations/merge").with(csrf())
				.param("keep", String.valueOf(kept)).param("keepVersion", "0")
				.param("duplicate", String.valueOf(duplicate)).param("duplicateVersion", "0"))
			.andExpect(redirectedUrl("/curation/recommendations/" + kept));
		assertThat(fixtures.count("select count(*) from recommendation where id = ? and archived", duplicate)).isOne();
		assertThat(fixtures.count("select count(*) from follow_up_action_recommendation where recommendation_id = ?", kept)).isEqualTo(2);
		assertThat(fixtures.count("select count(*) from follow_up_action_recommendation where follow_up_action_id = ? and recommendation_id = ?", own, kept)).isOne();
		assertThat(fixtures.count("select count(*) from assessment where id = ? and recommendation_id = ?", assessment, kept)).isOne();
		assertThat(fixtures.count("select count(*) from recommendation_theme where recommendation_id = ?", kept)).isEqualTo(2);
		assertThat(fixtures.count("select count(*) from recommendation_affected_group where recommendation_id = ?", kept)).isOne();
		assertThat(fixtures.count("select count(*) from recommendation_sdg_target where recommendation_id = ?", kept)).isOne();
		assertThat(fixtures.count("select count(*) from recommendation_recommending_state where recommendation_id = ?", kept)).isOne();
		assertThat(fixtures.count("select count(*) from recommendation where id = ? and follow_up and follow_up_deadline = date '2026-01-01' and implementation_status = 'STARTED'", kept)).isOne();
		assertThat(redirects.target(duplicate)).contains(kept);
		assertThat(redirects.target(kept)).isEmpty();
		mvc.perform(get("/curation/recommendations/" + duplicate)).andExpect(content().string(containsString("It was merged into recommendation " + kept)));
	}

	@Test
	void mergingIntoARecommendationThatWasMergedAwayRepointsTheChain() {
		long document = fixtures.document();
		long a = fixtures.recommendation(document, "1", "A");
		long b = fixtures.recommendation(document, "2", "B");
		long c = fixtures.recommendation(document, "3", "C");
		redirects.record(a, b);
		redirects.record(b, c);
		assertThat(redirects.target(a)).contains(c);
		assertThat(redirects.target(b)).contains(c);
	}

	@Test
	void splitKeepsTheDocumentCopiesLinksAndAssignsActionsAndAssessmentsAsChosen() throws Exception {
		long document = fixtures.document();
		long rec = fixtures.recommendation(document, "30", "Criminalize torture and establish an independent complaints mechanism.");
		fixtures.theme(rec, "torture");
		fixtures.group(rec, "persons-deprived-of-liberty");
		fixtures.target(rec, "16.3");
		long stays = fixtures.action(rec, "Amend the Penal Code");
		long moves = fixtures.action(rec, "Set up the complaints body");
		long both = fixtures.action(rec, "Training of police");
		long copied = fixtures.assessment(rec, "Ministry of Law", "PARTIALLY_IMPLEMENTED");
		long moved = fixtures.assessment(rec, "Komnas HAM", "STARTED");

		mvc.perform(get("/curation/recommendations/" + rec + "/split")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Set up the complaints body")));
		mvc.perform(post("/curation/recommendations/" + rec + "/split").with(csrf()).param("version", "0")
				.param("firstText", "Criminalize torture.").param("firstParagraph", "30 (a)")
				.param("secondText", "Establish an independent complaints mechanism.").param("secondParagraph", "30 (b)")
				.param("action-" + stays, "FIRST").param("action-" + moves, "SECOND").param("action-" + both, "BOTH")
				.param("assessment-" + copied, "BOTH").param("assessment-" + moved, "SECOND"))
			.andExpect(redirectedUrl("/curation/recommendations/" + rec));
		long second = fixtures.count("select max(id) from recommendation where document_id = ?", document);
		assertThat(second).isNotEqualTo(rec);
		assertThat(jdbc.sql("select text from recommendation where id = ?").param(rec).query(String.class).single()).isEqualTo("Criminalize torture.");
		assertThat(fixtures.count("select count(*) from recommendation where id = ? and paragraph = '30 (b)' and text like 'Establish%'", second)).isOne();
		for (String table : RecommendationCuration.LINKS.keySet()) {
			assertThat(fixtures.count("select count(*) from " + table + " where recommendation_id = ?", second))
				.isEqualTo(fixtures.count("select count(*) from " + table + " where recommendation_id = ?", rec));
		}
		assertThat(fixtures.count("select count(*) from follow_up_action_recommendation where recommendation_id = ?", rec)).isEqualTo(2);
		assertThat(fixtures.count("select count(*) from follow_up_action_recommendation where recommendation_id = ?", second)).isEqualTo(2);
		assertThat(fixtures.count("select count(*) from follow_up_action_recommendation where follow_up_action_id = ? and recommendation_id = ?", moves, second)).isOne();
		assertThat(fixtures.count("select count(*) from assessment where recommendation_id = ?", rec)).isOne();
		assertThat(fixtures.count("select count(*) from assessment where recommendation_id = ?", second)).isEqualTo(2);
		assertThat(fixtures.count("select count(*) from recommendation where id = ? and implementation_status is not null", second)).isOne();
	}

	@Test
	void splitWithoutASecondTextIsRefused() throws Exception {
		long rec = fixtures.recommendation(fixtures.document(), "31", "Two asks.");
		mvc.perform(post("/curation/recommendations/" + rec + "/split").with(csrf()).param("version", "0")
				.param("firstText", "One ask.").param("secondText", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Both asks need a text.")));
		assertThat(fixtures.count("select count(*) from recommendation where document_id = (select document_id from recommendation where id = ?)", rec)).isOne();
	}

}
