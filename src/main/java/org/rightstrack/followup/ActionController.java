package org.rightstrack.followup;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import org.rightstrack.account.CurrentUser;
import org.rightstrack.account.Role;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Follow-up actions: the public page, and creating, editing, publishing and archiving for focal
 * points of the action's country and curators. The list of recommendations to address is searched
 * as you type (htmx) or with the form's search button (without JavaScript).
 */
@Controller
class ActionController {

	private final FollowUpActions actions;

	private final FollowUpQueries queries;

	ActionController(FollowUpActions actions, FollowUpQueries queries) {
		this.actions = actions;
		this.queries = queries;
	}

	@GetMapping("/actions/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		FollowUpAction action = actions.find(id);
		boolean editor = FollowUpAccess.mayEditActions(user, action.getCountry().getAlpha3());
		if (!editor && (!action.isPublished() || action.isArchived())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("action", action);
		model.addAttribute("editor", editor);
		model.addAttribute("recommendations",
				queries.recommendations(action.getRecommendations().stream().map(r -> r.getId()).toList(), true));
		model.addAttribute("evidence", queries.actionEvidence(id));
		return "followup/action";
	}

	@GetMapping("/actions/new")
	String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String country,
			@RequestParam(name = "recommendation", required = false) List<Long> recommendations, Model model) {
		FollowUpAccess.require(user != null && (user.isCurator() || user.role() == Role.FOCAL_POINT));
		ActionForm form = new ActionForm();
		if (country != null && !country.isBlank()) {
			FollowUpAccess.require(FollowUpAccess.mayEditActions(user, country));
			form.setCountry(country.strip().toUpperCase(java.util.Locale.ROOT));
		}
		else if (user.role() == Role.FOCAL_POINT && user.countries().size() == 1) {
			form.setCountry(user.countries().iterator().next());
		}
		if (recommendations != null && form.getCountry() != null) {
			form.setRecommendationIds(queries.publicRecommendationsOf(form.getCountry(), recommendations));
		}
		return form(model, user, null, form, null);
	}

	@PostMapping("/actions")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ActionForm form, BindingResult result,
			@RequestParam(required = false) String search, @RequestParam(required = false) String q, Model model,
			RedirectAttributes redirect) {
		if (form.getCountry() == null || form.getCountry().isBlank()) {
			// Nothing can be searched or saved before a country is chosen (the filter chain has checked the role).
			result.rejectValue("country", "followup.action.countryRequired");
			return form(model, user, null, form, null);
		}
		FollowUpAccess.require(FollowUpAccess.mayEditActions(user, form.getCountry()));
		if (search != null) {
			return form(model, user, null, form, q);
		}
		checkDates(form, result);
		if (result.hasErrors()) {
			return form(model, user, null, form, q);
		}
		try {
			FollowUpAction action = actions.create(user, form);
			redirect.addFlashAttribute("created", true);
			return "redirect:/actions/" + action.getId() + "/edit";
		}
		catch (FollowUpActions.UnpublishedRecommendationException ex) {
			result.rejectValue("recommendationIds", "followup.action.recommendationNotPublished");
			return form(model, user, null, form, q);
		}
	}

	@GetMapping("/actions/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		FollowUpAction action = actions.forEdit(user, id);
		return form(model, user, action, ActionForm.of(action), null);
	}

	@PostMapping("/actions/{id}")
	String update(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ActionForm form,
			BindingResult result, @RequestParam(required = false) String search, @RequestParam(required = false) String q, Model model,
			RedirectAttributes redirect) {
		FollowUpAction current = actions.forEdit(user, id);
		form.setCountry(current.getCountry().getAlpha3());
		if (search != null) {
			return form(model, user, current, form, q);
		}
		checkDates(form, result);
		if (result.hasErrors()) {
			return form(model, user, current, form, q);
		}
		try {
			actions.update(user, id, form);
		}
		catch (FollowUpActions.StaleException | ObjectOptimisticLockingFailureException ex) {
			return conflict(model, user, id, form, result);
		}
		catch (FollowUpActions.UnpublishedRecommendationException ex) {
			result.rejectValue("recommendationIds", "followup.action.recommendationNotPublished");
			return form(model, user, current, form, q);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/actions/" + id + "/edit";
	}

	/**
	 * Someone else saved the action after this form was opened. Nothing is saved; the person's input
	 * stays in the form beside what the other person saved, and the form now carries the current
	 * version, so saving again applies the input deliberately.
	 */
	private String conflict(Model model, CurrentUser user, long id, ActionForm form, BindingResult result) {
		FollowUpAction saved = actions.forEdit(user, id);
		result.reject("followup.action.conflict");
		model.addAttribute("conflict", ActionForm.of(saved));
		model.addAttribute("conflictRecommendations",
				queries.recommendations(saved.getRecommendations().stream().map(r -> r.getId()).toList(), false));
		form.setVersion(saved.getVersion());
		return form(model, user, saved, form, null);
	}

	@PostMapping("/actions/{id}/publish")
	String publish(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, @RequestParam int version,
			@RequestParam boolean published, RedirectAttributes redirect) {
		try {
			actions.setPublished(user, id, version, published);
			redirect.addFlashAttribute(published ? "published" : "unpublished", true);
		}
		catch (FollowUpActions.StaleException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("stale", true);
		}
		return "redirect:/actions/" + id + "/edit";
	}

	@PostMapping("/actions/{id}/archive")
	String archive(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, @RequestParam int version,
			@RequestParam(defaultValue = "true") boolean archived, RedirectAttributes redirect) {
		try {
			actions.setArchived(user, id, version, archived);
			redirect.addFlashAttribute(archived ? "archived" : "restored", true);
		}
		catch (FollowUpActions.StaleException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("stale", true);
		}
		return "redirect:/actions/" + id + "/edit";
	}

	@PostMapping("/actions/{id}/evidence")
	String addEvidence(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("evidence") EvidenceForm evidence, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!actions.addEvidence(user, id, evidence, result)) {
			FollowUpAction action = actions.forEdit(user, id);
			return form(model, user, action, ActionForm.of(action), null);
		}
		redirect.addFlashAttribute("evidenceAdded", true);
		return "redirect:/actions/" + id + "/edit#evidence";
	}

	/** The htmx search: the country's public recommendations matching q, without those already chosen. */
	@GetMapping("/actions/recommendations")
	String searchRecommendations(@AuthenticationPrincipal CurrentUser user, @RequestParam String country,
			@RequestParam(defaultValue = "") String q, @RequestParam(name = "recommendationIds", required = false) List<Long> chosen,
			Model model) {
		if (country.isBlank()) {
			model.addAttribute("results", List.of());
			return "followup/action-form :: results";
		}
		FollowUpAccess.require(FollowUpAccess.mayEditActions(user, country));
		model.addAttribute("results", queries.searchRecommendations(country.strip().toUpperCase(java.util.Locale.ROOT), q,
				chosen == null ? List.of() : chosen));
		model.addAttribute("q", q);
		return "followup/action-form :: results";
	}

	private static void checkDates(ActionForm form, BindingResult result) {
		if (form.getStartDate() != null && form.getEndDate() != null && form.getEndDate().isBefore(form.getStartDate())) {
			result.rejectValue("endDate", "followup.action.endBeforeStart");
		}
	}

	private String form(Model model, CurrentUser user, FollowUpAction action, ActionForm form, String q) {
		model.addAttribute("form", form);
		model.addAttribute("action", action);
		model.addAttribute("statuses", Arrays.asList(ActionStatus.values()));
		model.addAttribute("countries", user.isCurator() ? queries.allCountries() : queries.countries(user.countries()));
		model.addAttribute("selected", queries.recommendations(form.recommendations(), false));
		model.addAttribute("q", q == null ? "" : q);
		if (q != null && form.getCountry() != null) {
			model.addAttribute("results", queries.searchRecommendations(form.getCountry(), q, form.recommendations()));
		}
		if (action != null) {
			model.addAttribute("evidenceList", queries.actionEvidence(action.getId()));
			if (!model.containsAttribute("evidence")) {
				model.addAttribute("evidence", new EvidenceForm());
			}
		}
		return "followup/action-form";
	}

}
