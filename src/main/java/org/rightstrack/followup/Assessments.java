package org.rightstrack.followup;

import org.rightstrack.account.CurrentUser;
import org.rightstrack.recommendation.Recommendation;
import org.rightstrack.recommendation.RecommendationRepository;
import org.rightstrack.system.ImplementationStatusSql;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/**
 * Recording, editing and moderating assessments. After every change the recommendation's summary
 * (implementation_status from the government, civil_society_status from NHRIs and CSOs) is
 * derived again from the approved assessments.
 */
@Service
class Assessments {

	/** Someone saved the assessment after the form was opened. */
	static class StaleException extends RuntimeException {

		StaleException() {
			super("stale version", null, false, false);
		}

	}

	private final AssessmentRepository assessments;

	private final RecommendationRepository recommendations;

	private final EvidenceRepository evidence;

	private final EvidenceIntake intake;

	private final JdbcClient jdbc;

	Assessments(AssessmentRepository assessments, RecommendationRepository recommendations, EvidenceRepository evidence,
			EvidenceIntake intake, JdbcClient jdbc) {
		this.assessments = assessments;
		this.recommendations = recommendations;
		this.evidence = evidence;
		this.intake = intake;
		this.jdbc = jdbc;
	}

	/** A published recommendation the account may assess: 404 when not public, 403 when out of scope. */
	@Transactional(readOnly = true)
	Recommendation assessable(CurrentUser user, long recommendationId) {
		Recommendation recommendation = recommendations.findById(recommendationId)
			.filter(r -> r.isPublished() && !r.isArchived() && r.getDocument().isPublished() && !r.getDocument().isArchived())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		FollowUpAccess.require(FollowUpAccess.mayAssess(user, recommendation.getCountry().getAlpha3()));
		return recommendation;
	}

	/** The account's own assessment: 404 when absent or archived, 403 when someone else's. */
	@Transactional(readOnly = true)
	Assessment own(CurrentUser user, long id) {
		Assessment assessment = editable(user, id);
		assessment.getRecommendation().getDocument().getSymbol();
		return assessment;
	}

	@Transactional
	Assessment record(CurrentUser user, long recommendationId, AssessmentForm form) {
		Recommendation recommendation = assessable(user, recommendationId);
		Assessment assessment = new Assessment(recommendation, FollowUpAccess.assessorType(user.role()), user.organisation(),
				form.getStatus(), form.getAssessedOn());
		assessment.setJustification(ActionForm.clean(form.getJustification()));
		assessment.setModerationStatus(moderation(user, assessment.getAssessorType()));
		assessment.changedBy(user.id());
		Assessment saved = assessments.saveAndFlush(assessment);
		refresh(recommendationId);
		return saved;
	}

	@Transactional
	Assessment update(CurrentUser user, long id, AssessmentForm form) {
		Assessment assessment = editable(user, id);
		if (assessment.getVersion() != form.getVersion()) {
			throw new StaleException();
		}
		assessment.setStatus(form.getStatus());
		assessment.setAssessedOn(form.getAssessedOn());
		assessment.setJustification(ActionForm.clean(form.getJustification()));
		// A changed contribution of an NHRI or CSO is checked again, unless the organisation is trusted.
		assessment.setModerationStatus(moderation(user, assessment.getAssessorType()));
		assessment.changedBy(user.id());
		assessments.saveAndFlush(assessment);
		refresh(assessment.getRecommendation().getId());
		return assessment;
	}

	@Transactional
	boolean addEvidence(CurrentUser user, long id, EvidenceForm form, Errors errors) {
		Assessment assessment = editable(user, id);
		return intake.check(form, null, assessment, errors).map(added -> {
			added.setCreatedBy(user.id());
			evidence.save(added);
			ModerationStatus status = moderation(user, assessment.getAssessorType());
			if (status != assessment.getModerationStatus()) {
				// New evidence from an untrusted organisation is public only after a curator has seen it.
				assessment.setModerationStatus(status);
				assessment.changedBy(user.id());
				assessments.saveAndFlush(assessment);
				refresh(assessment.getRecommendation().getId());
			}
			return true;
		}).orElse(false);
	}

	/** A curator approves or rejects a pending contribution. */
	@Transactional
	Assessment moderate(CurrentUser user, long id, int version, ModerationStatus decision) {
		FollowUpAccess.require(user != null && user.isCurator());
		Assessment assessment = assessments.findById(id)
			.filter(a -> !a.isArchived())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (assessment.getVersion() != version) {
			throw new StaleException();
		}
		assessment.setModerationStatus(decision);
		assessment.changedBy(user.id());
		assessments.saveAndFlush(assessment);
		refresh(assessment.getRecommendation().getId());
		return assessment;
	}

	private Assessment editable(CurrentUser user, long id) {
		Assessment assessment = assessments.findById(id)
			.filter(a -> !a.isArchived())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		FollowUpAccess.require(FollowUpAccess.mayEditAssessment(user, assessment));
		return assessment;
	}

	/** Government and OHCHR assessments are published at once; NHRI and CSO ones after moderation, unless trusted. */
	static ModerationStatus moderation(CurrentUser user, AssessorType type) {
		boolean civilSociety = type == AssessorType.NHRI || type == AssessorType.CSO;
		return civilSociety && !user.trusted() ? ModerationStatus.PENDING : ModerationStatus.APPROVED;
	}

	private void refresh(long recommendationId) {
		jdbc.sql(ImplementationStatusSql.REFRESH_ONE).param(recommendationId).update();
	}

}
