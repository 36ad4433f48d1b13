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

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

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
			assertThat(generations.state()).isEqualTo(DataGenerations.State.WRITERS_IN_FLIGHT);
			writer.rollback();
		}
		assertThat(generations.settled()).isTrue();
	}

	@Test
	void insideATransactionThatChangedDataNothingIsSettled() {
		var transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
		transaction.executeWithoutResult(status -> {
			assertThat(generations.state()).isEqualTo(DataGenerations.State.SETTLED);
			// a statement that changes no row changes nothing: still settled
			jdbc.sql("UPDATE recommendation SET paragraph = paragraph WHERE id = -1").update();
			assertThat(generations.state()).isEqualTo(DataGenerations.State.SETTLED);
			jdbc.sql("UPDATE theme SET name = name WHERE code = 'torture'").update();
			assertThat(generations.state()).isEqualTo(DataGenerations.State.OWN_CHANGES);
			status.setRollbackOnly();
		});
		assertThat(generations.state()).isEqualTo(DataGenerations.State.SETTLED);
	}

	@Test
	void whatAProfileShowsBesidesRecommendationsMovesTheBrowseGeneration() throws Exception {
		long before = generations.readWithBrowse().browse();
		for (String table : new String[] { "ratification", "state_report", "country_visit", "follow_up_action",
				"follow_up_action_recommendation", "document" }) {
			long at = generations.readWithBrowse().browse();
			jdbc.sql("DELETE FROM " + table + " WHERE false").update();
			assertThat(generations.readWithBrowse().browse()).as(table).isGreaterThan(at);
		}
		assertThat(generations.readWithBrowse().browse()).isGreaterThan(before);
		assertThat(generations.state()).isEqualTo(DataGenerations.State.SETTLED);
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
