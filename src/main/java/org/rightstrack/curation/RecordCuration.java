package org.rightstrack.curation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.rightstrack.country.Country;
import org.rightstrack.mechanism.CountryVisit;
import org.rightstrack.mechanism.MandateType;
import org.rightstrack.mechanism.Mechanism;
import org.rightstrack.mechanism.MechanismKind;
import org.rightstrack.mechanism.VisitStatus;
import org.rightstrack.treaty.StateReport;
import org.rightstrack.treaty.Treaty;
import org.rightstrack.vocabulary.AffectedGroup;
import org.rightstrack.vocabulary.Theme;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Creating, editing and archiving mechanisms, country visits, state reports, themes and affected
 * groups through JPA, so that each change is kept in history (Envers) with the curator who made it.
 * A save of a record at another version than the curator's form is refused
 * ({@link RecommendationCuration.StaleException}).
 */
@Service
class RecordCuration {

	private final EntityManager entityManager;

	RecordCuration(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The entity saved for a table of the record forms. */
	private static Class<?> type(String table) {
		return switch (table) {
			case "mechanism" -> Mechanism.class;
			case "country_visit" -> CountryVisit.class;
			case "state_report" -> StateReport.class;
			case "theme" -> Theme.class;
			case "affected_group" -> AffectedGroup.class;
			default -> throw new IllegalArgumentException(table);
		};
	}

	private static int version(Object entity) {
		return switch (entity) {
			case Mechanism m -> m.getVersion();
			case CountryVisit v -> v.getVersion();
			case StateReport s -> s.getVersion();
			case Theme t -> t.getVersion();
			case AffectedGroup g -> g.getVersion();
			default -> throw new IllegalArgumentException(entity.getClass().getName());
		};
	}

	private static int formVersion(Object form) {
		return switch (form) {
			case RecordCurationController.MechanismForm m -> m.getVersion();
			case RecordCurationController.VisitForm v -> v.getVersion();
			case RecordCurationController.StateReportForm s -> s.getVersion();
			case RecordCurationController.ThemeForm t -> t.getVersion();
			case RecordCurationController.GroupForm g -> g.getVersion();
			default -> throw new IllegalArgumentException(form.getClass().getName());
		};
	}

	private Object load(String table, long id, int version) {
		Object entity = entityManager.find(type(table), id);
		if (entity == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (version(entity) != version) {
			throw new RecommendationCuration.StaleException();
		}
		return entity;
	}

	/** @return the new record's id */
	@Transactional
	long create(Object form) {
		Object entity = switch (form) {
			case RecordCurationController.MechanismForm m -> new Mechanism(m.getCode(), m.getName(), MechanismKind.valueOf(m.getKind()));
			case RecordCurationController.VisitForm v -> new CountryVisit(entityManager.getReference(Mechanism.class, v.getMechanismId()),
					entityManager.getReference(Country.class, v.getCountryId()), VisitStatus.valueOf(v.getStatus()));
			case RecordCurationController.StateReportForm s -> new StateReport(entityManager.getReference(Country.class, s.getCountryId()),
					entityManager.getReference(Treaty.class, s.getTreatyId()), s.getCycle(), s.getDueOn());
			case RecordCurationController.ThemeForm t -> new Theme(t.getCode(), t.getName(), null);
			case RecordCurationController.GroupForm g -> new AffectedGroup(g.getCode(), g.getName());
			default -> throw new IllegalArgumentException(form.getClass().getName());
		};
		copy(form, entity);
		try {
			entityManager.persist(entity); // written at once (identity key)
		}
		catch (PersistenceException e) {
			throw Curation.translate(e);
		}
		Curation.flush(entityManager);
		return (Long) entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
	}

	@Transactional
	void update(String table, long id, Object form) {
		Object entity = load(table, id, formVersion(form));
		copy(form, entity);
		Curation.flushMovingVersion(entityManager, entity, formVersion(form));
	}

	@Transactional
	void setArchived(String table, long id, int version, boolean archived) {
		switch (load(table, id, version)) {
			case Mechanism m -> m.setArchived(archived);
			case CountryVisit v -> v.setArchived(archived);
			case StateReport s -> s.setArchived(archived);
			case Theme t -> t.setArchived(archived);
			case AffectedGroup g -> g.setArchived(archived);
			default -> throw new IllegalArgumentException(table);
		}
		Curation.flush(entityManager);
	}

	private void copy(Object form, Object entity) {
		switch (form) {
			case RecordCurationController.MechanismForm f -> {
				Mechanism m = (Mechanism) entity;
				m.setCode(f.getCode());
				m.setName(f.getName());
				m.setKind(MechanismKind.valueOf(f.getKind()));
				m.setTreaty(reference(Treaty.class, f.getTreatyId()));
				m.setMandateType(f.getMandateType() == null || f.getMandateType().isEmpty() ? null : MandateType.valueOf(f.getMandateType()));
				m.setMandateCountry(reference(Country.class, f.getMandateCountryId()));
				m.setEstablishedYear(f.getEstablishedYear());
			}
			case RecordCurationController.VisitForm f -> {
				CountryVisit v = (CountryVisit) entity;
				v.setMechanism(reference(Mechanism.class, f.getMechanismId()));
				v.setCountry(reference(Country.class, f.getCountryId()));
				v.setStatus(VisitStatus.valueOf(f.getStatus()));
				v.setRequestedOn(f.getRequestedOn());
				v.setStartDate(f.getStartDate());
				v.setEndDate(f.getEndDate());
				v.setReportDocumentId(f.getReportDocumentId());
				v.setNotes(f.getNotes() == null || f.getNotes().isEmpty() ? null : f.getNotes());
			}
			case RecordCurationController.StateReportForm f -> {
				StateReport s = (StateReport) entity;
				s.setCountry(reference(Country.class, f.getCountryId()));
				s.setTreaty(reference(Treaty.class, f.getTreatyId()));
				s.setCycle(f.getCycle());
				s.setDueOn(f.getDueOn());
				s.setSubmittedOn(f.getSubmittedOn());
				s.setSymbol(f.getSymbol() == null || f.getSymbol().isEmpty() ? null : f.getSymbol());
			}
			case RecordCurationController.ThemeForm f -> {
				Theme t = (Theme) entity;
				t.setCode(f.getCode());
				t.setName(f.getName());
				t.setParent(reference(Theme.class, f.getParentId()));
			}
			case RecordCurationController.GroupForm f -> {
				AffectedGroup g = (AffectedGroup) entity;
				g.setCode(f.getCode());
				g.setName(f.getName());
			}
			default -> throw new IllegalArgumentException(form.getClass().getName());
		}
	}

	private <T> T reference(Class<T> type, Long id) {
		return id == null ? null : entityManager.getReference(type, id);
	}

}
