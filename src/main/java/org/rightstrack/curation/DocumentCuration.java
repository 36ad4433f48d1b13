package org.rightstrack.curation;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.rightstrack.country.Country;
import org.rightstrack.mechanism.Mechanism;
import org.rightstrack.recommendation.Document;
import org.rightstrack.recommendation.DocumentType;
import org.rightstrack.recommendation.Recommendation;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Creating, editing, publishing and archiving a document through JPA, so that each change is kept in history
 * (Envers) with the curator who made it. Moving a document to another country or mechanism moves
 * its recommendations too (they carry both so that searches need no join), each with its own
 * history entry.
 */
@Service
class DocumentCuration {

	private final EntityManager entityManager;

	DocumentCuration(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	private Document load(long id, int version) {
		Document document = entityManager.find(Document.class, id);
		if (document == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (document.getVersion() != version) {
			throw new RecommendationCuration.StaleException();
		}
		return document;
	}

	/** @return the new document's id */
	@Transactional
	long create(RecordCurationController.DocumentForm form) {
		Document document = new Document(entityManager.getReference(Mechanism.class, form.getMechanismId()),
				entityManager.getReference(Country.class, form.getCountryId()), form.getTitle(), DocumentType.valueOf(form.getType()));
		copy(form, document);
		try {
			entityManager.persist(document); // written at once (identity key)
		}
		catch (PersistenceException e) {
			throw Curation.translate(e);
		}
		Curation.flush(entityManager);
		return document.getId();
	}

	@Transactional
	void update(long id, RecordCurationController.DocumentForm form) {
		Document document = load(id, form.getVersion());
		boolean moved = !form.getCountryId().equals(document.getCountry().getId())
				|| !form.getMechanismId().equals(document.getMechanism().getId());
		copy(form, document);
		document.touch();
		if (moved) {
			List<Recommendation> recommendations = entityManager
				.createQuery("select r from Recommendation r where r.document.id = :id", Recommendation.class)
				.setParameter("id", id)
				.getResultList();
			recommendations.forEach(Recommendation::alignWithDocument);
		}
		Curation.flush(entityManager);
	}

	private void copy(RecordCurationController.DocumentForm form, Document document) {
		document.setSymbol(Curation.blankToNull(form.getSymbol()));
		document.setTitle(form.getTitle());
		document.setType(DocumentType.valueOf(form.getType()));
		document.setMechanism(entityManager.getReference(Mechanism.class, form.getMechanismId()));
		document.setCountry(entityManager.getReference(Country.class, form.getCountryId()));
		document.setSession(form.getSession());
		document.setSessionLabel(Curation.blankToNull(form.getSessionLabel()));
		document.setUprCycle(form.getUprCycle());
		document.setPublishedOn(form.getPublishedOn());
		document.setUrl(Curation.blankToNull(form.getUrl()));
		document.setPublished(form.isPublished());
	}

	@Transactional
	void setPublished(long id, int version, boolean published) {
		Document document = load(id, version);
		document.setPublished(published);
		document.touch();
		Curation.flush(entityManager);
	}

	@Transactional
	void setArchived(long id, int version, boolean archived) {
		Document document = load(id, version);
		document.setArchived(archived);
		document.touch();
		Curation.flush(entityManager);
	}

}
