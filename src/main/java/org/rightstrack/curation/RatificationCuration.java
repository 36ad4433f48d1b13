package org.rightstrack.curation;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.rightstrack.country.Country;
import org.rightstrack.treaty.Ratification;
import org.rightstrack.treaty.Treaty;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves one row of a country's ratification table through JPA, so that each change (and a removal)
 * is kept in history (Envers) with the curator who made it.
 */
@Service
class RatificationCuration {

	private final EntityManager entityManager;

	RatificationCuration(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Creates, changes or (when the row is emptied) removes the country's record for the treaty.
	 *
	 * @return false when the record is not at the version the curator saw (or was created meanwhile)
	 */
	@Transactional
	boolean save(long countryId, long treatyId, RatificationCurationController.RatificationForm form) {
		boolean empty = form.getSignedOn() == null && form.getConsentOn() == null;
		Optional<Ratification> existing = entityManager
			.createQuery("select r from Ratification r where r.country.id = :country and r.treaty.id = :treaty", Ratification.class)
			.setParameter("country", countryId)
			.setParameter("treaty", treatyId)
			.getResultStream()
			.findFirst();
		if (form.getVersion() == null) {
			if (existing.isPresent()) {
				return false;
			}
			if (!empty) {
				Ratification ratification = new Ratification(entityManager.getReference(Country.class, countryId),
						entityManager.getReference(Treaty.class, treatyId));
				copy(form, ratification);
				entityManager.persist(ratification);
			}
		}
		else {
			if (existing.isEmpty() || existing.get().getVersion() != form.getVersion()) {
				return false;
			}
			if (empty) {
				entityManager.remove(existing.get());
			}
			else {
				copy(form, existing.get());
			}
		}
		try {
			Curation.flush(entityManager);
		}
		catch (RecommendationCuration.StaleException e) {
			return false;
		}
		return true;
	}

	private static void copy(RatificationCurationController.RatificationForm form, Ratification ratification) {
		ratification.setSignedOn(form.getSignedOn());
		ratification.setConsent(form.getConsentOn(), form.getConsentType());
		ratification.setReservations(Curation.blankToNull(form.getReservations()));
		ratification.setDeclarations(Curation.blankToNull(form.getDeclarations()));
		ratification.setAcceptsIndividualComplaints(form.isAcceptsIndividualComplaints());
		ratification.setAcceptsInquiryProcedure(form.isAcceptsInquiryProcedure());
	}

}
