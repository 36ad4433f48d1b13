package org.rightstrack.curation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.rightstrack.treaty.Treaty;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Creating, editing and archiving a treaty through JPA, so that each change is kept in history
 * (Envers) with the curator who made it.
 */
@Service
class TreatyCuration {

	private final EntityManager entityManager;

	TreatyCuration(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	private Treaty load(long id, int version) {
		Treaty treaty = entityManager.find(Treaty.class, id);
		if (treaty == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (treaty.getVersion() != version) {
			throw new RecommendationCuration.StaleException();
		}
		return treaty;
	}

	/** @return the new treaty's id */
	@Transactional
	long create(TreatyCurationController.TreatyForm form) {
		Treaty treaty = new Treaty(form.getCode().strip(), form.getShortName().strip(), form.getTitle().strip(), form.getKind());
		copy(form, treaty);
		try {
			entityManager.persist(treaty);
		}
		catch (PersistenceException e) {
			throw Curation.translate(e);
		}
		Curation.flush(entityManager);
		return treaty.getId();
	}

	@Transactional
	void update(long id, TreatyCurationController.TreatyForm form) {
		Treaty treaty = load(id, form.getVersion());
		copy(form, treaty);
		Curation.flushMovingVersion(entityManager, treaty, form.getVersion());
	}

	@Transactional
	void setArchived(long id, int version, boolean archived) {
		Treaty treaty = load(id, version);
		treaty.setArchived(archived);
		Curation.flush(entityManager);
	}

	private void copy(TreatyCurationController.TreatyForm form, Treaty treaty) {
		treaty.setCode(form.getCode().strip());
		treaty.setShortName(form.getShortName().strip());
		treaty.setTitle(form.getTitle().strip());
		treaty.setAdoptedOn(form.getAdoptedOn());
		treaty.setKind(form.getKind());
		treaty.setParent(form.getParentId() == null ? null : entityManager.getReference(Treaty.class, form.getParentId()));
		treaty.setUntcReference(Curation.blankToNull(form.getUntcReference()));
		treaty.setHasComplaintsProcedure(form.isHasComplaintsProcedure());
		treaty.setHasInquiryProcedure(form.isHasInquiryProcedure());
		treaty.setDisplayOrder(form.getDisplayOrder() == null ? 0 : form.getDisplayOrder());
	}

}
