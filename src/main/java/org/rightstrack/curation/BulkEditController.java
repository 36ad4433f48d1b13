package org.rightstrack.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;

import org.rightstrack.search.RecommendationSearch;
import org.rightstrack.search.SearchCriteria;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /curation/recommendations/bulk?<search filters>}: a change to every recommendation of a
 * search selection (the filters of {@code /recommendations}, unpublished recommendations included).
 * The page first previews how many recommendations match and how many would change, with a sample;
 * the confirmation posts the filters, the change and what the preview counted, and is refused
 * without writing anything if the selection is no longer the one previewed.
 */
@Controller
class BulkEditController {

	private final BulkEdit bulkEdit;

	private final RecommendationSearch search;

	private final Choices choices;

	BulkEditController(BulkEdit bulkEdit, RecommendationSearch search, Choices choices) {
		this.bulkEdit = bulkEdit;
		this.search = search;
		this.choices = choices;
	}

	@GetMapping("/curation/recommendations/bulk")
	String preview(@RequestParam MultiValueMap<String, String> params, @ModelAttribute("change") BulkChange change,
			BindingResult result, Model model) {
		SearchCriteria.Parsed parsed = SearchCriteria.parse(params);
		SearchCriteria criteria = parsed.criteria().withUnpublished(true);
		check(change, result);
		BulkEdit.Preview preview = bulkEdit.preview(criteria, result.hasErrors() ? new BulkChange() : change);
		return page(model, parsed, criteria, change, result, preview);
	}

	@PostMapping("/curation/recommendations/bulk")
	String apply(@RequestParam MultiValueMap<String, String> params, @ModelAttribute("change") BulkChange change,
			BindingResult result, @RequestParam long expectedMatching, @RequestParam long expectedChanging,
			@RequestParam String selection, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		SearchCriteria.Parsed parsed = SearchCriteria.parse(params);
		SearchCriteria criteria = parsed.criteria().withUnpublished(true);
		check(change, result);
		if (change.isEmpty()) {
			result.reject("curation.bulk.nothingChosen");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, parsed, criteria, change, result, bulkEdit.preview(criteria, new BulkChange()));
		}
		try {
			int changed = bulkEdit.apply(criteria, change, expectedMatching, expectedChanging, selection);
			redirect.addFlashAttribute("bulkChanged", changed);
		}
		catch (BulkEdit.SelectionChangedException e) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("selectionChanged", true);
			model.addAttribute("previewed", new long[] { expectedMatching, expectedChanging });
			return page(model, parsed, criteria, change, result, e.now());
		}
		return "redirect:" + url(criteria, new BulkChange());
	}

	/** The vocabulary entries must exist; the same one cannot be added and removed at once. */
	private void check(BulkChange change, BindingResult result) {
		exists(change.getAddTheme(), choices.themes(), "addTheme", result);
		exists(change.getRemoveTheme(), choices.themes(), "removeTheme", result);
		exists(change.getAddAffected(), choices.affectedGroups(), "addAffected", result);
		exists(change.getRemoveAffected(), choices.affectedGroups(), "removeAffected", result);
		exists(change.getAddSdgTarget(), choices.sdgTargets(), "addSdgTarget", result);
		exists(change.getRemoveSdgTarget(), choices.sdgTargets(), "removeSdgTarget", result);
		same(change.getAddTheme(), change.getRemoveTheme(), "removeTheme", result);
		same(change.getAddAffected(), change.getRemoveAffected(), "removeAffected", result);
		same(change.getAddSdgTarget(), change.getRemoveSdgTarget(), "removeSdgTarget", result);
	}

	private static void exists(Long id, List<Option> options, String field, BindingResult result) {
		if (id != null && !result.hasFieldErrors(field) && options.stream().noneMatch(o -> o.value().equals(id.toString()))) {
			result.rejectValue(field, "curation.bulk.unknown");
		}
	}

	private static void same(Long added, Long removed, String field, BindingResult result) {
		if (added != null && Objects.equals(added, removed) && !result.hasFieldErrors(field)) {
			result.rejectValue(field, "curation.bulk.addAndRemove");
		}
	}

	private String page(Model model, SearchCriteria.Parsed parsed, SearchCriteria criteria, BulkChange change, BindingResult result,
			BulkEdit.Preview preview) {
		Map<String, List<String>> filters = criteria.toParameters();
		model.addAttribute("filters", filters);
		model.addAttribute("filterList", filters.entrySet().stream()
			.flatMap(e -> e.getValue().stream().map(v -> Map.entry(e.getKey(), v)))
			.toList());
		model.addAttribute("ignored", parsed.errors());
		model.addAttribute("notices", search.check(criteria));
		model.addAttribute("preview", preview);
		model.addAttribute("previewing", !change.isEmpty() && !result.hasErrors());
		model.addAttribute("changeParams", change.toParameters());
		model.addAttribute("searchUrl", UriComponentsBuilder.fromPath("/recommendations").queryParams(multi(filters)).build().encode().toUriString());
		model.addAttribute("themes", choices.themes());
		model.addAttribute("groups", choices.affectedGroups());
		model.addAttribute("targets", choices.sdgTargets());
		model.addAttribute("labels", labels(change));
		return "curation/bulk";
	}

	/** What the chosen ids stand for, to say the change in words. */
	private Map<String, String> labels(BulkChange change) {
		Map<String, String> labels = new LinkedHashMap<>();
		label(labels, "addTheme", change.getAddTheme(), choices.themes());
		label(labels, "removeTheme", change.getRemoveTheme(), choices.themes());
		label(labels, "addAffected", change.getAddAffected(), choices.affectedGroups());
		label(labels, "removeAffected", change.getRemoveAffected(), choices.affectedGroups());
		label(labels, "addSdgTarget", change.getAddSdgTarget(), choices.sdgTargets());
		label(labels, "removeSdgTarget", change.getRemoveSdgTarget(), choices.sdgTargets());
		return labels;
	}

	private static void label(Map<String, String> labels, String name, Long id, List<Option> options) {
		if (id != null) {
			options.stream().filter(o -> o.value().equals(id.toString())).findFirst().ifPresent(o -> labels.put(name, o.label()));
		}
	}

	static String url(SearchCriteria criteria, BulkChange change) {
		Map<String, List<String>> params = new LinkedHashMap<>(criteria.toParameters());
		params.putAll(change.toParameters());
		return UriComponentsBuilder.fromPath("/curation/recommendations/bulk").queryParams(multi(params)).build().encode().toUriString();
	}

	private static MultiValueMap<String, String> multi(Map<String, List<String>> params) {
		org.springframework.util.LinkedMultiValueMap<String, String> multi = new org.springframework.util.LinkedMultiValueMap<>();
		params.forEach(multi::addAll);
		return multi;
	}

}
