package org.rightstrack.followup;

import java.util.Arrays;

import jakarta.validation.Valid;

import org.rightstrack.account.CurrentUser;
import org.rightstrack.recommendation.ImplementationStatus;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Assessments of a recommendation by anyone with a role whose scope holds its country. Who
 * assesses (government, NHRI, CSO, OHCHR) and for which organisation comes from the account; only
 * the author edits an assessment.
 */
@Controller
class AssessmentController {

	private final Assessments assessments;

	private final FollowUpQueries queries;

	AssessmentController(Assessments assessments, FollowUpQueries queries) {
		this.assessments = assessments;
		this.queries = queries;
	}

	@GetMapping("/recommendations/{id}/assessments/new")
	String create(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		assessments.assessable(user, id);
		return form(model, user, id, null, new AssessmentForm());
	}

	@PostMapping("/recommendations/{id}/assessments")
	String create(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") AssessmentForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		assessments.assessable(user, id);
		if (result.hasErrors()) {
			return form(model, user, id, null, form);
		}
		Assessment saved = assessments.record(user, id, form);
		redirect.addFlashAttribute("created", true);
		return "redirect:/assessments/" + saved.getId() + "/edit";
	}

	@GetMapping("/assessments/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Assessment assessment = assessments.own(user, id);
		return form(model, user, assessment.getRecommendation().getId(), assessment, AssessmentForm.of(assessment));
	}

	@PostMapping("/assessments/{id}")
	String update(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") AssessmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Assessment current = assessments.own(user, id);
		long recommendation = current.getRecommendation().getId();
		if (result.hasErrors()) {
			return form(model, user, recommendation, current, form);
		}
		try {
			assessments.update(user, id, form);
		}
		catch (Assessments.StaleException | ObjectOptimisticLockingFailureException ex) {
			Assessment saved = assessments.own(user, id);
			result.reject("followup.assessment.conflict");
			model.addAttribute("conflict", AssessmentForm.of(saved));
			form.setVersion(saved.getVersion());
			return form(model, user, recommendation, saved, form);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/assessments/" + id + "/edit";
	}

	@PostMapping("/assessments/{id}/evidence")
	String addEvidence(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("evidence") EvidenceForm evidence, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!assessments.addEvidence(user, id, evidence, result)) {
			Assessment assessment = assessments.own(user, id);
			return form(model, user, assessment.getRecommendation().getId(), assessment, AssessmentForm.of(assessment));
		}
		redirect.addFlashAttribute("evidenceAdded", true);
		return "redirect:/assessments/" + id + "/edit#evidence";
	}

	private String form(Model model, CurrentUser user, long recommendationId, Assessment assessment, AssessmentForm form) {
		model.addAttribute("recommendation", queries.publicRecommendation(recommendationId)
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND)));
		model.addAttribute("form", form);
		model.addAttribute("assessment", assessment);
		model.addAttribute("statuses", Arrays.asList(ImplementationStatus.values()));
		AssessorType type = assessment == null ? FollowUpAccess.assessorType(user.role()) : assessment.getAssessorType();
		model.addAttribute("assessorType", type);
		model.addAttribute("organisation", assessment == null ? user.organisation() : assessment.getOrganisation());
		model.addAttribute("moderated", Assessments.moderation(user, type) == ModerationStatus.PENDING);
		if (assessment != null) {
			model.addAttribute("evidenceList", queries.assessmentEvidence(assessment.getId()));
			if (!model.containsAttribute("evidence")) {
				model.addAttribute("evidence", new EvidenceForm());
			}
		}
		return "followup/assessment-form";
	}

}
