package org.rightstrack.curation;

import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What every curation form does the same way: refuse stale saves, archive and restore. */
final class Curation {

	/** The tables a curator can archive; the name is never taken from a request. */
	private static final Set<String> ARCHIVABLE = Set.of("treaty", "mechanism", "document", "recommendation", "country_visit",
			"state_report", "theme", "affected_group");

	private Curation() {
	}

	/**
	 * Someone saved the record after this form was opened: the save is refused and the form shown
	 * again with the curator's input, so nothing typed is lost.
	 */
	static String conflict(BindingResult result, Model model, Supplier<String> form) {
		result.reject("curation.conflict");
		model.addAttribute("conflict", true);
		return form.get();
	}

	static void setArchived(JdbcClient jdbc, String table, long id, int version, boolean archived, RedirectAttributes redirect) {
		if (!ARCHIVABLE.contains(table)) {
			throw new IllegalArgumentException(table);
		}
		String touch = table.equals("document") || table.equals("recommendation") ? ", updated_at = now()" : "";
		int updated = jdbc.sql("update " + table + " set archived = ?, version = version + 1" + touch + " where id = ? and version = ?")
			.params(archived, id, version)
			.update();
		redirect.addFlashAttribute(updated == 1 ? (archived ? "archived" : "restored") : "stale", true);
	}

	/**
	 * Writes the pending JPA changes now, so that a version changed since the record was loaded is
	 * refused here ({@link RecommendationCuration.StaleException}) and the SQL that follows sees them;
	 * then forgets the loaded entities, so that nothing stale is written over what that SQL changes.
	 */
	static void flush(EntityManager entityManager) {
		try {
			entityManager.flush();
			entityManager.clear();
		}
		catch (OptimisticLockException | StaleStateException | OptimisticLockingFailureException e) {
			entityManager.clear();
			throw new RecommendationCuration.StaleException();
		}
		catch (PersistenceException e) {
			throw translate(e);
		}
	}

	/** A broken constraint as Spring's exceptions (a duplicate key apart), as the forms expect; others as they are. */
	static RuntimeException translate(PersistenceException e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation) {
				return "23505".equals(violation.getSQLState()) ? new DuplicateKeyException(violation.getMessage(), violation)
						: new DataIntegrityViolationException(violation.getMessage(), violation);
			}
		}
		return e;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
