package org.rightstrack.followup;

import org.rightstrack.account.CurrentUser;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The queue of NHRI and CSO assessments that wait for a curator (the filter chain admits only curators). */
@Controller
class ModerationController {

	private final FollowUpQueries queries;

	private final Assessments assessments;

	ModerationController(FollowUpQueries queries, Assessments assessments) {
		this.queries = queries;
		this.assessments = assessments;
	}

	@GetMapping("/moderation")
	String queue(@AuthenticationPrincipal CurrentUser user, Model model) {
		FollowUpAccess.require(user != null && user.isCurator());
		var pending = queries.pending();
		model.addAttribute("pending", pending);
		model.addAttribute("evidence", queries.assessmentEvidence(pending.stream().map(FollowUpQueries.PendingItem::id).toList()));
		return "followup/moderation";
	}

	@PostMapping("/moderation/{id}/approve")
	String approve(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, @RequestParam int version,
			RedirectAttributes redirect) {
		return decide(id, user, version, ModerationStatus.APPROVED, redirect);
	}

	@PostMapping("/moderation/{id}/reject")
	String reject(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, @RequestParam int version,
			RedirectAttributes redirect) {
		return decide(id, user, version, ModerationStatus.REJECTED, redirect);
	}

	private String decide(long id, CurrentUser user, int version, ModerationStatus decision, RedirectAttributes redirect) {
		try {
			assessments.moderate(user, id, version, decision);
			redirect.addFlashAttribute(decision == ModerationStatus.APPROVED ? "approved" : "rejected", true);
		}
		catch (Assessments.StaleException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("stale", true);
		}
		return "redirect:/moderation";
	}

}
