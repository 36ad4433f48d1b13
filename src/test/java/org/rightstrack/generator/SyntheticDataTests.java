package org.rightstrack.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.rightstrack.mechanism.MechanismKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@GeneratorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticDataTests {

	private static final int N = 2_000;

	@Autowired
	private SyntheticData generator;

	@Autowired
	private GenerateCommand command;

	@Autowired
	private JdbcClient jdbc;

	private GenerationResult result;

	@BeforeAll
	void generate() {
		result = generator.generate(new GenerationOptions(N, 42, GenerationOptions.IndexMode.KEEP));
	}

	private long count(String sql) {
		return jdbc.sql(sql).param("first", result.firstRecommendationId()).param("last", result.lastRecommendationId())
			.query(Long.class).single();
	}

	private static final String MINE = " r.id BETWEEN :first AND :last ";

	@Test
	void generatesExactlyTheRequestedNumberOfRecommendationsMarkedAsGenerated() {
		assertThat(result.recommendations()).isEqualTo(N);
		assertThat(result.lastRecommendationId() - result.firstRecommendationId() + 1).isEqualTo(N);
		assertThat(count("SELECT count(*) FROM recommendation r WHERE" + MINE)).isEqualTo(N);
		assertThat(count("SELECT count(*) FROM recommendation r WHERE" + MINE + "AND r.external_id = 'gen:' || r.id")).isEqualTo(N);
		assertThat(count("SELECT count(DISTINCT r.document_id) FROM recommendation r WHERE" + MINE)).isEqualTo(result.documents());
		assertThat(count("""
				SELECT count(*) FROM document d WHERE d.id IN (SELECT document_id FROM recommendation r WHERE""" + MINE + """
				) AND d.symbol LIKE '%/G' || d.id AND d.title LIKE '%(synthetic data)'""")).isEqualTo(result.documents());
	}

	@Test
	void linkCountsMatchTheReportAndEveryRecommendationHasOneToThreeThemes() {
		assertThat(count("SELECT count(*) FROM recommendation_theme x JOIN recommendation r ON r.id = x.recommendation_id WHERE" + MINE))
			.isEqualTo(result.themeLinks());
		assertThat(count("SELECT count(*) FROM recommendation_affected_group x JOIN recommendation r ON r.id = x.recommendation_id WHERE" + MINE))
			.isEqualTo(result.affectedGroupLinks());
		assertThat(count("SELECT count(*) FROM recommendation_sdg_target x JOIN recommendation r ON r.id = x.recommendation_id WHERE" + MINE))
			.isEqualTo(result.sdgLinks());
		assertThat(count("SELECT count(*) FROM recommendation_recommending_state x JOIN recommendation r ON r.id = x.recommendation_id WHERE" + MINE))
			.isEqualTo(result.recommendingStates());
		assertThat(count("SELECT count(*) FROM assessment a JOIN recommendation r ON r.id = a.recommendation_id WHERE" + MINE))
			.isEqualTo(result.assessments());
		assertThat(count("SELECT count(*) FROM follow_up_action_recommendation x JOIN recommendation r ON r.id = x.recommendation_id WHERE" + MINE))
			.isEqualTo(result.followUpLinks());
		assertThat(count("""
				SELECT count(*) FROM recommendation r WHERE""" + MINE + """
				AND (SELECT count(*) FROM recommendation_theme t WHERE t.recommendation_id = r.id) NOT BETWEEN 1 AND 3"""))
			.isZero();
		assertThat(result.affectedGroupLinks()).isGreaterThan(N / 3);
		assertThat(result.sdgLinks()).isGreaterThan(N / 3);
		assertThat(result.followUpActions()).isPositive();
		assertThat(result.assessments()).isGreaterThan(N / 10);
	}

	@Test
	void recommendationsAgreeWithTheirDocumentsAndUprOnesHaveStatesAndResponses() {
		assertThat(count("""
				SELECT count(*) FROM recommendation r JOIN document d ON d.id = r.document_id WHERE""" + MINE + """
				AND (d.country_id <> r.country_id OR d.mechanism_id <> r.mechanism_id OR d.published_on <> r.published_on)"""))
			.isZero();
		assertThat(count("""
				SELECT count(*) FROM recommendation r JOIN mechanism m ON m.id = r.mechanism_id WHERE""" + MINE + """
				AND m.kind = 'UPR' AND (r.upr_response IS NULL OR r.upr_action_category IS NULL
				  OR NOT EXISTS (SELECT 1 FROM recommendation_recommending_state s WHERE s.recommendation_id = r.id)
				  OR EXISTS (SELECT 1 FROM recommendation_recommending_state s WHERE s.recommendation_id = r.id AND s.country_id = r.country_id))"""))
			.isZero();
		assertThat(count("""
				SELECT count(*) FROM recommendation r JOIN mechanism m ON m.id = r.mechanism_id WHERE""" + MINE + """
				AND m.kind <> 'UPR' AND (r.upr_response IS NOT NULL OR r.upr_action_category IS NOT NULL
				  OR EXISTS (SELECT 1 FROM recommendation_recommending_state s WHERE s.recommendation_id = r.id))"""))
			.isZero();
		assertThat(count("SELECT count(*) FROM recommendation r WHERE" + MINE
				+ "AND (r.published_on < DATE '2008-01-01' OR r.published_on > DATE '2026-12-31')")).isZero();
		assertThat(count("""
				SELECT count(*) FROM follow_up_action_recommendation x JOIN follow_up_action f ON f.id = x.follow_up_action_id
				JOIN recommendation r ON r.id = x.recommendation_id WHERE""" + MINE + "AND f.country_id <> r.country_id")).isZero();
	}

	@Test
	void everyGeneratedRecommendationIsFoundByFullTextSearch() {
		assertThat(count("SELECT count(*) FROM recommendation r WHERE" + MINE + "AND (r.search_vector IS NULL OR r.search_vector = ''::tsvector)"))
			.isZero();
		assertThat(count("""
				SELECT count(*) FROM recommendation r WHERE""" + MINE + """
				AND r.search_vector @@ plainto_tsquery('english', array_to_string((regexp_split_to_array(r.text, '\\s+'))[1 : 3], ' '))"""))
			.isEqualTo(N);
	}

	@Test
	void searchCopiesOfTheLinksAgreeWithTheLinkTables() {
		Assumptions.assumeTrue(jdbc.sql("""
				SELECT count(*) FROM information_schema.columns WHERE table_name = 'recommendation' AND column_name = 'theme_ids'
				""").query(Long.class).single() > 0, "no search copies of the links on recommendation in this schema");
		assertThat(count("""
				SELECT count(*) FROM recommendation r WHERE""" + MINE + """
				AND (r.theme_ids IS DISTINCT FROM coalesce((SELECT array_agg(x.theme_id ORDER BY x.theme_id)
				       FROM recommendation_theme x WHERE x.recommendation_id = r.id), '{}')
				  OR r.affected_group_ids IS DISTINCT FROM coalesce((SELECT array_agg(x.affected_group_id ORDER BY x.affected_group_id)
				       FROM recommendation_affected_group x WHERE x.recommendation_id = r.id), '{}')
				  OR r.sdg_goals IS DISTINCT FROM coalesce((SELECT array_agg(DISTINCT t.goal_number ORDER BY t.goal_number)
				       FROM recommendation_sdg_target x JOIN sdg_target t ON t.id = x.sdg_target_id WHERE x.recommendation_id = r.id), '{}')
				  OR r.recommending_state_ids IS DISTINCT FROM coalesce((SELECT array_agg(x.country_id ORDER BY x.country_id)
				       FROM recommendation_recommending_state x WHERE x.recommendation_id = r.id), '{}')
				  OR r.has_actions IS DISTINCT FROM EXISTS (SELECT 1 FROM follow_up_action_recommendation x
				       JOIN follow_up_action a ON a.id = x.follow_up_action_id
				       WHERE x.recommendation_id = r.id AND a.published AND NOT a.archived))""")).isZero();
		assertThat(count("SELECT count(*) FROM recommendation r WHERE" + MINE + "AND r.has_actions")).isPositive();
		// The vector covers the theme labels too: a theme's name finds its recommendations.
		assertThat(count("""
				SELECT count(*) FROM recommendation r JOIN recommendation_theme x ON x.recommendation_id = r.id
				JOIN theme t ON t.id = x.theme_id WHERE""" + MINE + """
				AND t.code = 'national-action-plan' AND NOT r.search_vector @@ plainto_tsquery('english', t.name)""")).isZero();
	}

	@Test
	void statusSummariesAgreeWithTheLatestApprovedAssessments() {
		String expected = """
				SELECT count(*) FROM recommendation r WHERE""" + MINE + """
				AND (r.implementation_status IS DISTINCT FROM (SELECT a.status FROM assessment a
				       WHERE a.recommendation_id = r.id AND a.assessor_type = 'GOVERNMENT' AND a.moderation_status = 'APPROVED'
				         AND NOT a.archived ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1)
				  OR r.civil_society_status IS DISTINCT FROM (SELECT a.status FROM assessment a
				       WHERE a.recommendation_id = r.id AND a.assessor_type IN ('NHRI', 'CSO') AND a.moderation_status = 'APPROVED'
				         AND NOT a.archived ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1))""";
		assertThat(count(expected)).isZero();
		assertThat(count("SELECT count(*) FROM recommendation r WHERE" + MINE + "AND r.implementation_status IS NOT NULL")).isPositive();
		assertThat(count("SELECT count(*) FROM recommendation r WHERE" + MINE + "AND r.civil_society_status IS NOT NULL")).isPositive();
		assertThat(count("""
				SELECT count(*) FROM assessment a JOIN recommendation r ON r.id = a.recommendation_id WHERE""" + MINE + """
				AND (a.assessed_on < r.published_on OR a.assessed_on > DATE '2026-11-30')""")).isZero();
	}

	@Test
	void aSecondRunAddsRowsWithoutTouchingEarlierOnesAndTheSameSeedGivesTheSameTexts() {
		long before = jdbc.sql("SELECT count(*) FROM recommendation").query(Long.class).single();
		GenerationResult again = generator.generate(new GenerationOptions(300, 42, GenerationOptions.IndexMode.AUTO));
		GenerationResult twice = generator.generate(new GenerationOptions(300, 42, GenerationOptions.IndexMode.AUTO));
		assertThat(again.indexesRebuilt()).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM recommendation").query(Long.class).single()).isEqualTo(before + 600);
		assertThat(count("SELECT count(*) FROM recommendation r WHERE" + MINE)).isEqualTo(N);
		assertThat(texts(again)).isEqualTo(texts(twice)).hasSize(300);
		assertThat(documentTitles(again)).isEqualTo(documentTitles(twice));
	}

	private List<String> documentTitles(GenerationResult r) {
		return jdbc.sql("SELECT d.title FROM document d WHERE d.id IN (SELECT document_id FROM recommendation WHERE id BETWEEN :first AND :last) ORDER BY d.id")
			.param("first", r.firstRecommendationId()).param("last", r.lastRecommendationId()).query(String.class).list();
	}

	private List<String> texts(GenerationResult r) {
		return jdbc.sql("SELECT text FROM recommendation WHERE id BETWEEN :first AND :last ORDER BY id")
			.param("first", r.firstRecommendationId()).param("last", r.lastRecommendationId()).query(String.class).list();
	}

	@Test
	void plannedDocumentsCoverEveryMemberStateAndTheMechanismsInRealisticShares() {
		List<PlannedDocument> documents = SyntheticData.plan(SyntheticData.World.load(jdbc), new SplittableRandom(1), 1_000_000);
		Map<MechanismKind, Long> byKind = new HashMap<>();
		Set<Long> countries = new HashSet<>();
		Set<Integer> cycles = new HashSet<>();
		long total = 0;
		for (PlannedDocument d : documents) {
			byKind.merge(d.mechanism().kind(), (long) d.size(), Long::sum);
			countries.add(d.country().id());
			total += d.size();
			if (d.uprCycle() != null) {
				cycles.add(d.uprCycle());
			}
			assertThat(d.publishedOn().getYear()).isBetween(2008, 2026);
		}
		assertThat(total).isEqualTo(1_000_000);
		long members = jdbc.sql("SELECT count(*) FROM country WHERE un_status = 'MEMBER'").query(Long.class).single();
		assertThat(countries.size()).isGreaterThanOrEqualTo((int) members);
		assertThat(share(byKind, MechanismKind.UPR, total)).isBetween(0.55, 0.8);
		assertThat(share(byKind, MechanismKind.TREATY_BODY, total)).isBetween(0.15, 0.4);
		assertThat(share(byKind, MechanismKind.SPECIAL_PROCEDURE, total)).isBetween(0.02, 0.12);
		assertThat(byKind).containsKey(MechanismKind.REGIONAL);
		assertThat(cycles).contains(1, 2, 3, 4);
	}

	private static double share(Map<MechanismKind, Long> byKind, MechanismKind kind, long total) {
		return byKind.getOrDefault(kind, 0L) / (double) total;
	}

	@Test
	void textLengthsFollowTheRealDistribution() {
		RecommendationTexts texts = new RecommendationTexts();
		SplittableRandom random = new SplittableRandom(3);
		List<Integer> upr = new ArrayList<>();
		List<Integer> treatyBodies = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			upr.add(texts.compose(random, MechanismKind.UPR, "UPR").text().length());
			treatyBodies.add(texts.compose(random, MechanismKind.TREATY_BODY, "CEDAW").text().length());
		}
		Collections.sort(upr);
		Collections.sort(treatyBodies);
		// UPR Info sessions 1-20: 10th percentile 64, median 129, 90th percentile 238 characters.
		assertThat(upr.get(2_000)).isBetween(40, 95);
		assertThat(upr.get(10_000)).isBetween(100, 165);
		assertThat(upr.get(18_000)).isBetween(190, 300);
		assertThat(treatyBodies.get(10_000)).isBetween(250, 500);
	}

	@Test
	void rebuildingRestoresEveryIndexAndForeignKey() {
		List<String> before = schema();
		GenerationResult rebuilt = generator.generate(new GenerationOptions(200, 5, GenerationOptions.IndexMode.REBUILD));
		assertThat(rebuilt.indexesRebuilt()).isTrue();
		assertThat(schema()).isEqualTo(before).anyMatch(s -> s.contains("FOREIGN KEY")).anyMatch(s -> s.contains("gin"));
		assertThat(jdbc.sql("SELECT count(*) FROM recommendation WHERE id BETWEEN :first AND :last")
			.param("first", rebuilt.firstRecommendationId()).param("last", rebuilt.lastRecommendationId()).query(Long.class).single())
			.isEqualTo(200);
	}

	private List<String> schema() {
		return jdbc.sql("""
				SELECT indexrelid::regclass::text || ' ' || pg_get_indexdef(indexrelid) FROM pg_index
				WHERE indrelid IN ('recommendation'::regclass, 'recommendation_theme'::regclass, 'assessment'::regclass)
				UNION ALL
				SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
				WHERE conrelid IN ('recommendation'::regclass, 'recommendation_theme'::regclass, 'assessment'::regclass)
				ORDER BY 1""").query(String.class).list();
	}

	@Test
	void commandRejectsBadArguments() {
		assertThat(command.run(List.of())).isEqualTo(2);
		assertThat(command.run(List.of("--recommendations=0"))).isEqualTo(2);
		assertThat(command.run(List.of("--recommendations=ten"))).isEqualTo(2);
		assertThat(command.run(List.of("--recommendations=10", "--indexes=sometimes"))).isEqualTo(2);
		assertThat(command.run(List.of("--recommendations=10", "--colour=blue"))).isEqualTo(2);
	}

	@Test
	void commandGeneratesAndIgnoresSpringProperties() {
		long before = jdbc.sql("SELECT count(*) FROM recommendation").query(Long.class).single();
		assertThat(command.run(List.of("--recommendations=25", "--seed=9", "--spring.main.banner-mode=off"))).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM recommendation").query(Long.class).single()).isEqualTo(before + 25);
	}

}
