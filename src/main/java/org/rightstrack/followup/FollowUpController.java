package org.rightstrack.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.rightstrack.account.CurrentUser;
import org.rightstrack.account.Role;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

/**
 * The follow-up of one recommendation: its published actions, each actor's latest approved
 * assessment side by side, a notice where government and civil society disagree, and the
 * timeline. htmx requests get the fragment the recommendation page includes; others a page.
 */
@Controller
class FollowUpController {

	/** The latest approved assessment of each kind of assessor, in display order (null where none). */
	record Latest(AssessorType type, FollowUpQueries.AssessmentItem assessment) {
	}

	private final FollowUpQueries queries;

	FollowUpController(FollowUpQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/recommendations/{id}/follow-up")
	String followUp(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean embedded, Model model) {
		FollowUpQueries.RecommendationHeader recommendation = queries.publicRecommendation(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		addFollowUp(model, recommendation, user);
		// Embedded in the recommendation page, which shows the public assessments and actions itself.
		model.addAttribute("followUpEmbedded", embedded && htmx != null);
		return htmx != null ? "followup/fragments :: recommendationFollowUp" : "followup/follow-up";
	}

	void addFollowUp(Model model, FollowUpQueries.RecommendationHeader recommendation, CurrentUser user) {
		List<FollowUpQueries.AssessmentItem> assessments = queries.assessments(recommendation.id(), user == null ? null : user.id(),
				user != null && user.isCurator());
		Map<AssessorType, FollowUpQueries.AssessmentItem> latest = new LinkedHashMap<>();
		FollowUpQueries.AssessmentItem civilSociety = null;
		for (FollowUpQueries.AssessmentItem assessment : assessments) {
			if (!assessment.moderationStatus().equals(ModerationStatus.APPROVED.name())) {
				continue;
			}
			latest.putIfAbsent(AssessorType.valueOf(assessment.assessorType()), assessment);
			if (civilSociety == null && !assessment.assessorType().equals("GOVERNMENT") && !assessment.assessorType().equals("OHCHR")) {
				civilSociety = assessment;
			}
		}
		List<Latest> sideBySide = new ArrayList<>();
		for (AssessorType type : AssessorType.values()) {
			sideBySide.add(new Latest(type, latest.get(type)));
		}
		FollowUpQueries.AssessmentItem government = latest.get(AssessorType.GOVERNMENT);
		boolean disagreement = government != null && civilSociety != null && !Objects.equals(government.status(), civilSociety.status());
		String country = recommendation.country();
		model.addAttribute("followUp", recommendation);
		model.addAttribute("followUpActions", queries.publicActions(recommendation.id()));
		model.addAttribute("followUpLatest", sideBySide);
		model.addAttribute("followUpGovernment", government);
		model.addAttribute("followUpCivilSociety", civilSociety);
		model.addAttribute("followUpDisagreement", disagreement);
		model.addAttribute("followUpTimeline", assessments);
		model.addAttribute("followUpEvidence", queries.assessmentEvidence(assessments.stream().map(FollowUpQueries.AssessmentItem::id).toList()));
		model.addAttribute("followUpMayAssess", FollowUpAccess.mayAssess(user, country));
		model.addAttribute("followUpMayAct", FollowUpAccess.mayEditActions(user, country));
		model.addAttribute("followUpReader", user == null ? -1L : user.id());
		model.addAttribute("followUpFocalPoint", user != null && user.role() == Role.FOCAL_POINT);
	}

}
