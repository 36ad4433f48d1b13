package org.rightstrack.system;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.rightstrack.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The generations results are kept under, and the check that no change is in flight (V43, V96, V97). */
@IntegrationTest
class DataGenerationsTests {

	@Autowired
	DataGenerations generations;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aChangeToRecommendationsIsInFlightUntilItsTransactionEnds() throws Exception {
		DataGenerations.Generations before = generations.read();
		assertThat(generations.settled()).isTrue();
		try (Connection writer = dataSource.getConnection()) {
			writer.setAutoCommit(false);
			// a statement that changes no row still counts (statement triggers): the test needs no data
			try (var statement = writer.prepareStatement("UPDATE recommendation SET paragraph = paragraph WHERE id = -1")) {
				statement.executeUpdate();
			}
			// the generation moved at once (a sequence), but the change is not visible yet: nothing may be kept as settled
			assertThat(generations.read().search()).isGreaterThan(before.search());
			assertThat(generations.settled()).isFalse();
			writer.rollback();
		}
		assertThat(generations.settled()).isTrue();
	}

	@Test
	void aChangeToReferenceDataMovesTheReferenceGenerationOnlyWhenCommitted() throws Exception {
		DataGenerations.Generations before = generations.read();
		try (Connection writer = dataSource.getConnection()) {
			writer.setAutoCommit(false);
			try (var statement = writer.prepareStatement("UPDATE theme SET name = name WHERE code = 'torture'")) {
				statement.executeUpdate();
			}
			assertThat(generations.read().reference()).as("not before it commits").isEqualTo(before.reference());
			writer.commit();
		}
		assertThat(generations.read().reference()).isGreaterThan(before.reference());
	}

}
