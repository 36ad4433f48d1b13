package org.rightstrack.followup;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.rightstrack.account.CurrentUser;
import org.rightstrack.country.Country;
import org.rightstrack.country.CountryRepository;
import org.rightstrack.recommendation.Recommendation;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/**
 * Creating and changing follow-up actions, through JPA so that the history (Envers) records each
 * change with its author. Every method checks the account's country scope itself.
 */
@Service
class FollowUpActions {

	/** Someone saved the action after the form was opened. */
	static class StaleException extends RuntimeException {

		StaleException() {
			super("stale version", null, false, false);
		}

	}

	/** A recommendation that cannot be addressed: not published, or archived. */
	static class UnpublishedRecommendationException extends RuntimeException {

		UnpublishedRecommendationException() {
			super("recommendation not published", null, false, false);
		}

	}

	private final FollowUpActionRepository actions;

	private final EvidenceRepository evidence;

	private final CountryRepository countries;

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	private final EvidenceIntake intake;

	FollowUpActions(FollowUpActionRepository actions, EvidenceRepository evidence, CountryRepository countries, JdbcClient jdbc,
			EntityManager entityManager, EvidenceIntake intake) {
		this.intake = intake;
		this.actions = actions;
		this.evidence = evidence;
		this.countries = countries;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	/** The action, for reading or editing; 404 when there is none. */
	@Transactional(readOnly = true)
	FollowUpAction find(long id) {
		FollowUpAction action = actions.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		action.getCountry().getAlpha3();
		action.getRecommendations().size();
		return action;
	}

	/** The action for its edit page, with what the page shows loaded. */
	@Transactional(readOnly = true)
	FollowUpAction forEdit(CurrentUser user, long id) {
		FollowUpAction action = editable(user, id);
		action.getRecommendations().size();
		return action;
	}

	@Transactional
	FollowUpAction create(CurrentUser user, ActionForm form) {
		Country country = countries.findByAlpha3(form.getCountry() == null ? "" : form.getCountry().strip())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		FollowUpAccess.require(FollowUpAccess.mayEditActions(user, country.getAlpha3()));
		FollowUpAction action = new FollowUpAction(country, form.getTitle().strip());
		apply(action, form);
		action.changedBy(user.id());
		return actions.save(action);
	}

	@Transactional
	FollowUpAction update(CurrentUser user, long id, ActionForm form) {
		FollowUpAction action = editable(user, id);
		if (action.getVersion() != form.getVersion()) {
			throw new StaleException();
		}
		action.setTitle(form.getTitle().strip());
		apply(action, form);
		action.changedBy(user.id());
		return action;
	}

	@Transactional
	void setPublished(CurrentUser user, long id, int version, boolean published) {
		FollowUpAction action = editable(user, id);
		if (action.getVersion() != version) {
			throw new StaleException();
		}
		action.setPublished(published);
		action.changedBy(user.id());
	}

	@Transactional
	void setArchived(CurrentUser user, long id, int version, boolean archived) {
		FollowUpAction action = editable(user, id);
		if (action.getVersion() != version) {
			throw new StaleException();
		}
		action.setArchived(archived);
		action.changedBy(user.id());
	}

	/** Adds a link or a file to the action; false, with the reasons in {@code errors}, when it is refused. */
	@Transactional
	boolean addEvidence(CurrentUser user, long id, EvidenceForm form, Errors errors) {
		FollowUpAction action = editable(user, id);
		return intake.check(form, action, null, errors).map(added -> {
			added.setCreatedBy(user.id());
			evidence.save(added);
			return true;
		}).orElse(false);
	}

	/**
	 * Archives a piece of evidence of an action or of an assessment, for whoever may edit that
	 * action or assessment. Returns the URL of the page it belongs to.
	 */
	@Transactional
	String archiveEvidence(CurrentUser user, long evidenceId) {
		Evidence item = evidence.findById(evidenceId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String page;
		if (item.getFollowUpAction() != null) {
			page = "/actions/" + editable(user, item.getFollowUpAction().getId()).getId() + "/edit";
		}
		else {
			FollowUpAccess.require(FollowUpAccess.mayEditAssessment(user, item.getAssessment()));
			page = "/assessments/" + item.getAssessment().getId() + "/edit";
		}
		item.archive();
		return page;
	}

	/** The action if this account may change it: 404 when absent, 403 when out of scope. */
	FollowUpAction editable(CurrentUser user, long id) {
		FollowUpAction action = actions.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		FollowUpAccess.require(FollowUpAccess.mayEditActions(user, action.getCountry().getAlpha3()));
		return action;
	}

	private void apply(FollowUpAction action, ActionForm form) {
		action.setDescription(ActionForm.clean(form.getDescription()));
		action.setResponsibleInstitution(ActionForm.clean(form.getResponsibleInstitution()));
		action.setStartDate(form.getStartDate());
		action.setEndDate(form.getEndDate());
		action.setStatus(form.getStatus());
		action.setBudgetNote(ActionForm.clean(form.getBudgetNote()));
		List<Long> wanted = form.recommendations();
		checkRecommendations(action.getCountry().getId(), wanted,
				action.getRecommendations().stream().map(Recommendation::getId).toList());
		action.getRecommendations().removeIf(r -> !wanted.contains(r.getId()));
		List<Long> present = action.getRecommendations().stream().map(Recommendation::getId).toList();
		for (Long recommendation : wanted) {
			if (!present.contains(recommendation)) {
				action.getRecommendations().add(entityManager.getReference(Recommendation.class, recommendation));
			}
		}
	}

	/**
	 * Every addressed recommendation must belong to the action's country (else 403: someone edited
	 * the form) and, unless it was already addressed, be published.
	 */
	private void checkRecommendations(long countryId, List<Long> wanted, List<Long> already) {
		if (wanted.isEmpty()) {
			return;
		}
		record Row(long id, long countryId, boolean visible) {
		}
		List<Row> rows = jdbc.sql("""
				select r.id, r.country_id, (r.published and not r.archived and d.published and not d.archived) as visible
				from recommendation r join document d on d.id = r.document_id where r.id in (:ids)""")
			.param("ids", wanted)
			.query(Row.class)
			.list();
		FollowUpAccess.require(rows.size() == wanted.size() && rows.stream().allMatch(r -> r.countryId() == countryId));
		if (rows.stream().anyMatch(r -> !r.visible() && !already.contains(r.id()))) {
			throw new UnpublishedRecommendationException();
		}
	}

}
