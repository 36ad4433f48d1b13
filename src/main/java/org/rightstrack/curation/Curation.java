package org.rightstrack.curation;

import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What every curation form does the same way: refuse stale saves, translate broken constraints. */
final class Curation {

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

	/**
	 * As {@link #flush}, but the loaded entity's version moves on even when the curator saved it
	 * unchanged (as the forms' SQL did), so that a form opened before this save is refused.
	 */
	static void flushMovingVersion(EntityManager entityManager, Object entity, int version) {
		if (!entityManager.unwrap(org.hibernate.Session.class).isDirty()) {
			String name = entityManager.getMetamodel().entity(entity.getClass()).getName();
			int updated = entityManager.createQuery("update " + name + " e set e.version = e.version + 1 where e.id = :id and e.version = :version")
				.setParameter("id", entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity))
				.setParameter("version", version)
				.executeUpdate();
			if (updated == 0) {
				entityManager.clear();
				throw new RecommendationCuration.StaleException();
			}
		}
		flush(entityManager);
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
