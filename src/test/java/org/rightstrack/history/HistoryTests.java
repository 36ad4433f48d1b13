package org.rightstrack.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rightstrack.IntegrationTest;
import org.rightstrack.account.CurrentUser;
import org.rightstrack.account.Role;
import org.rightstrack.account.TestAccounts;
import org.rightstrack.recommendation.Recommendation;
import org.rightstrack.treaty.Ratification;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Envers records changes made through JPA with the signed-in account; the history page shows them. */
@IntegrationTest
class HistoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	History history;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	long recommendation(String text, boolean published) {
		String symbol = "HIST/C/IDN/" + UUID.randomUUID();
		long document = jdbc.sql("""
				INSERT INTO document (mechanism_id, country_id, symbol, title, type, published_on)
				VALUES ((SELECT id FROM mechanism WHERE code = 'CAT'), (SELECT id FROM country WHERE alpha3 = 'IDN'), ?,
				        'Concluding observations', 'CONCLUDING_OBSERVATIONS', date '2024-05-01') RETURNING id""")
			.param(symbol).query(Long.class).single();
		return jdbc.sql("""
				INSERT INTO recommendation (document_id, country_id, mechanism_id, paragraph, text, published_on, published)
				SELECT id, country_id, mechanism_id, '12', ?, published_on, ? FROM document WHERE id = ? RETURNING id""")
			.params(text, published, document).query(Long.class).single();
	}

	void signIn(CurrentUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	void editText(long id, String text) {
		transactions.executeWithoutResult(status -> entityManager.find(Recommendation.class, id).setText(text));
	}

	@Test
	void aJpaChangeIsRecordedWithTheSignedInAccount() {
		String token = UUID.randomUUID().toString();
		long id = recommendation("Ratify OPCAT " + token, true);
		CurrentUser curator = TestAccounts.with(jdbc).create(Role.CURATOR);
		signIn(curator);
		editText(id, "Ratify the Optional Protocol " + token);
		List<Object[]> revisions = transactions.execute(status -> {
			@SuppressWarnings("unchecked")
			List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
				.forRevisionsOfEntity(Recommendation.class, false, true)
				.add(org.hibernate.envers.query.AuditEntity.id().eq(id))
				.getResultList();
			return rows;
		});
		assertThat(revisions).hasSize(1);
		Revision revision = (Revision) revisions.get(0)[1];
		assertThat(revision.getAccountId()).isEqualTo(curator.id());
		assertThat(revision.getAccountEmail()).isEqualTo(curator.email());
		assertThat(revision.getRevisedAt()).isNotNull();
		assertThat(revisions.get(0)[2]).isEqualTo(RevisionType.MOD);
		assertThat(jdbc.sql("SELECT text FROM recommendation_aud WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("Ratify the Optional Protocol " + token);
	}

	@Test
	void historyPageShowsWhoChangedWhatFieldByField() throws Exception {
		String token = UUID.randomUUID().toString().substring(0, 8);
		long id = recommendation("First wording " + token, true);
		CurrentUser curator = TestAccounts.with(jdbc).create(Role.CURATOR);
		signIn(curator);
		editText(id, "Second wording " + token);
		editText(id, "Third wording " + token);
		SecurityContextHolder.clearContext();
		List<History.Entry> entries = history.entries(History.Kind.recommendation, id);
		assertThat(entries).hasSize(2);
		// Inserted with SQL: the first recorded revision is a snapshot, the earlier values unknown.
		assertThat(entries.get(0).snapshot()).isTrue();
		assertThat(entries.get(1).snapshot()).isFalse();
		assertThat(entries.get(1).changes()).extracting(History.Change::field).contains("text");
		History.Change change = entries.get(1).changes().stream().filter(c -> c.field().equals("text")).findFirst().orElseThrow();
		assertThat(change.before()).isEqualTo("Second wording " + token);
		assertThat(change.after()).isEqualTo("Third wording " + token);
		// Anyone reads the history of a published recommendation; the e-mail only curators see.
		mvc.perform(get("/history/recommendation/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Second wording " + token)))
			.andExpect(content().string(containsString("Third wording " + token)))
			.andExpect(content().string(containsString(curator.name())))
			.andExpect(content().string(containsString("the values before this change are not known")))
			.andExpect(content().string(not(containsString(curator.email()))));
		mvc.perform(get("/history/recommendation/{id}", id).with(TestAccounts.as(curator)))
			.andExpect(content().string(containsString(curator.email())));
	}

	@Test
	void unpublishedItemsHistoryIsForCurators() throws Exception {
		long id = recommendation("Unpublished " + UUID.randomUUID(), false);
		mvc.perform(get("/history/recommendation/{id}", id)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/history/recommendation/{id}", id).with(TestAccounts.as(TestAccounts.with(jdbc).create(Role.CSO, "IDN"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/history/recommendation/{id}", id).with(TestAccounts.as(TestAccounts.with(jdbc).create(Role.CURATOR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No change has been recorded")));
	}

	@Test
	void unknownKindsAndItemsAre404() throws Exception {
		mvc.perform(get("/history/recommendation/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
		mvc.perform(get("/history/country/1")).andExpect(status().isNotFound());
		mvc.perform(get("/history/treaty/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
		mvc.perform(get("/history/action/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
	}

	@Test
	void ratificationChangesAreRecordedToo() throws Exception {
		long id = jdbc.sql("SELECT id FROM ratification ORDER BY id LIMIT 1").query(Long.class).optional().orElse(-1L);
		if (id < 0) {
			return;
		}
		CurrentUser curator = TestAccounts.with(jdbc).create(Role.CURATOR);
		signIn(curator);
		String note = "Reservation " + UUID.randomUUID();
		transactions.executeWithoutResult(status -> entityManager.find(Ratification.class, id).setReservations(note));
		SecurityContextHolder.clearContext();
		mvc.perform(get("/history/ratification/{id}", id)).andExpect(status().isOk()).andExpect(content().string(containsString(note)));
	}

	@Test
	void scriptPayloadsInChangedTextAreEscaped() throws Exception {
		String token = UUID.randomUUID().toString().substring(0, 8);
		long id = recommendation("Plain " + token, true);
		signIn(TestAccounts.with(jdbc).create(Role.CURATOR));
		editText(id, "<script>alert(1)</script>\" onmouseover=\"x javascript:alert(1) " + token);
		SecurityContextHolder.clearContext();
		mvc.perform(get("/history/recommendation/{id}", id))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x javascript:alert(1) " + token)))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

}
