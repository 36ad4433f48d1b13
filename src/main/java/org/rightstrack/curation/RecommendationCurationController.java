package org.rightstrack.curation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.rightstrack.recommendation.UprResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
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

/** Curators edit, publish, archive, merge and split recommendations. */
@Controller
class RecommendationCurationController {

	record RecommendationRow(long id, String paragraph, String text, String symbol, String country, boolean published,
			boolean archived) {
	}

	/** What the curator sees about a recommendation beside the form. */
	record RecommendationHeader(long id, long documentId, String document, String country, String mechanism, boolean archived,
			long actions, long assessments, Long redirectsTo) {
	}

	record LinkedAction(long id, String title) {
	}

	record LinkedAssessment(long id, String organisation, String status, LocalDate assessedOn) {
	}

	/** A recommendation as the curator edits it. */
	public static class RecommendationForm {

		@Size(max = 40)
		private String paragraph;

		@NotBlank @Size(max = 20000)
		private String text;

		private UprResponse uprResponse;

		@Min(1) @Max(5)
		private Short uprActionCategory;

		private boolean followUp;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate followUpDeadline;

		private List<Long> themeIds = new java.util.ArrayList<>();

		private List<Long> groupIds = new java.util.ArrayList<>();

		private List<Long> sdgTargetIds = new java.util.ArrayList<>();

		private List<Long> recommendingStateIds = new java.util.ArrayList<>();

		private boolean published;

		private int version;

		public String getParagraph() {
			return paragraph;
		}

		public void setParagraph(String paragraph) {
			this.paragraph = paragraph;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public UprResponse getUprResponse() {
			return uprResponse;
		}

		public void setUprResponse(UprResponse uprResponse) {
			this.uprResponse = uprResponse;
		}

		public Short getUprActionCategory() {
			return uprActionCategory;
		}

		public void setUprActionCategory(Short uprActionCategory) {
			this.uprActionCategory = uprActionCategory;
		}

		public boolean isFollowUp() {
			return followUp;
		}

		public void setFollowUp(boolean followUp) {
			this.followUp = followUp;
		}

		public LocalDate getFollowUpDeadline() {
			return followUpDeadline;
		}

		public void setFollowUpDeadline(LocalDate followUpDeadline) {
			this.followUpDeadline = followUpDeadline;
		}

		public List<Long> getThemeIds() {
			return themeIds;
		}

		public void setThemeIds(List<Long> themeIds) {
			this.themeIds = themeIds;
		}

		public List<Long> getGroupIds() {
			return groupIds;
		}

		public void setGroupIds(List<Long> groupIds) {
			this.groupIds = groupIds;
		}

		public List<Long> getSdgTargetIds() {
			return sdgTargetIds;
		}

		public void setSdgTargetIds(List<Long> sdgTargetIds) {
			this.sdgTargetIds = sdgTargetIds;
		}

		public List<Long> getRecommendingStateIds() {
			return recommendingStateIds;
		}

		public void setRecommendingStateIds(List<Long> recommendingStateIds) {
			this.recommendingStateIds = recommendingStateIds;
		}

		public boolean isPublished() {
			return published;
		}

		public void setPublished(boolean published) {
			this.published = published;
		}

		public int getVersion() {
			return version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

	private static final String HEADER = """
			select r.id, r.document_id, coalesce(d.symbol, d.title) as document, c.name as country, m.name as mechanism,
			       r.archived,
			       (select count(*) from follow_up_action_recommendation f where f.recommendation_id = r.id) as actions,
			       (select count(*) from assessment a where a.recommendation_id = r.id) as assessments,
			       (select new_id from recommendation_redirect x where x.old_id = r.id) as redirects_to
			from recommendation r join document d on d.id = r.document_id join country c on c.id = r.country_id
			join mechanism m on m.id = r.mechanism_id where r.id = ?""";

	private final JdbcClient jdbc;

	private final Choices choices;

	private final RecommendationCuration curation;

	RecommendationCurationController(JdbcClient jdbc, Choices choices, RecommendationCuration curation) {
		this.jdbc = jdbc;
		this.choices = choices;
		this.curation = curation;
	}

	@GetMapping("/curation/recommendations")
	String list(@RequestParam(required = false) Long document, @RequestParam(required = false) String q, Model model) {
		String query = q == null ? "" : q.strip();
		model.addAttribute("recommendations", jdbc.sql("""
				select r.id, r.paragraph, left(r.text, 300) as text, coalesce(d.symbol, d.title) as symbol, c.name as country,
				       r.published, r.archived
				from recommendation r join document d on d.id = r.document_id join country c on c.id = r.country_id
				where (cast(:document as bigint) is null or r.document_id = :document)
				  and (:q = '' or r.text ilike '%' || :q || '%' or d.symbol ilike :q || '%' or cast(r.id as text) = :q)
				order by r.document_id desc, r.id limit 200""")
			.param("document", document)
			.param("q", query)
			.query(RecommendationRow.class)
			.list());
		model.addAttribute("document", document);
		model.addAttribute("q", query);
		return "curation/recommendations";
	}

	@GetMapping("/curation/recommendations/{id}")
	String edit(@PathVariable long id, Model model) {
		RecommendationForm form = jdbc.sql("""
				select paragraph, text, upr_response, upr_action_category, follow_up, follow_up_deadline, published, version
				from recommendation where id = ?""")
			.param(id)
			.query(RecommendationForm.class)
			.optional()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		form.setThemeIds(links(id, "recommendation_theme"));
		form.setGroupIds(links(id, "recommendation_affected_group"));
		form.setSdgTargetIds(links(id, "recommendation_sdg_target"));
		form.setRecommendingStateIds(links(id, "recommendation_recommending_state"));
		return form(model, id, form);
	}

	private List<Long> links(long id, String table) {
		return jdbc.sql("select " + RecommendationCuration.LINKS.get(table) + " from " + table + " where recommendation_id = ?")
			.param(id)
			.query(Long.class)
			.list();
	}

	private String form(Model model, long id, RecommendationForm form) {
		model.addAttribute("header", header(id));
		model.addAttribute("form", form);
		model.addAttribute("responses", Arrays.stream(UprResponse.values()).map(Option::of).toList());
		model.addAttribute("themes", choices.themes());
		model.addAttribute("groups", choices.affectedGroups());
		model.addAttribute("targets", choices.sdgTargets());
		model.addAttribute("countries", choices.countries());
		return "curation/recommendation-form";
	}

	private RecommendationHeader header(long id) {
		return jdbc.sql(HEADER).param(id).query(RecommendationHeader.class).optional()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@PostMapping("/curation/recommendations/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") RecommendationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		header(id);
		if (form.getFollowUpDeadline() != null && !form.isFollowUp()) {
			result.rejectValue("followUpDeadline", "curation.recommendation.deadlineWithoutFollowUp");
		}
		if (result.hasErrors()) {
			return form(model, id, form);
		}
		try {
			curation.update(id, form);
		}
		catch (RecommendationCuration.StaleException e) {
			return Curation.conflict(result, model, () -> form(model, id, form));
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/curation/recommendations/" + id;
	}

	@PostMapping("/curation/recommendations/{id}/publish")
	String publish(@PathVariable long id, @RequestParam int version, @RequestParam boolean published, RedirectAttributes redirect) {
		header(id);
		try {
			curation.setPublished(id, version, published);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RecommendationCuration.StaleException e) {
			redirect.addFlashAttribute("stale", true);
		}
		return "redirect:/curation/recommendations/" + id;
	}

	@PostMapping("/curation/recommendations/{id}/archive")
	String archive(@PathVariable long id, @RequestParam int version, @RequestParam boolean archived, RedirectAttributes redirect) {
		header(id);
		try {
			curation.setArchived(id, version, archived);
			redirect.addFlashAttribute(archived ? "archived" : "restored", true);
		}
		catch (RecommendationCuration.StaleException e) {
			redirect.addFlashAttribute("stale", true);
		}
		return "redirect:/curation/recommendations/" + id;
	}

	/** Two recommendations side by side before merging the second into the first. */
	@GetMapping("/curation/recommendations/merge")
	String mergeForm(@RequestParam(required = false) Long keep, @RequestParam(required = false) Long duplicate, Model model) {
		model.addAttribute("keep", keep);
		model.addAttribute("duplicate", duplicate);
		if (keep != null && duplicate != null) {
			if (keep.equals(duplicate)) {
				model.addAttribute("sameError", true);
			}
			else {
				model.addAttribute("kept", summary(keep));
				model.addAttribute("dup", summary(duplicate));
			}
		}
		return "curation/merge";
	}

	record Summary(long id, String paragraph, String text, String document, String country, boolean archived, int version,
			long actions, long assessments, String themes) {
	}

	private Summary summary(long id) {
		return jdbc.sql("""
				select r.id, r.paragraph, r.text, coalesce(d.symbol, d.title) as document, c.name as country, r.archived, r.version,
				       (select count(*) from follow_up_action_recommendation f where f.recommendation_id = r.id) as actions,
				       (select count(*) from assessment a where a.recommendation_id = r.id) as assessments,
				       (select string_agg(t.name, ', ' order by t.name) from recommendation_theme rt join theme t on t.id = rt.theme_id
				         where rt.recommendation_id = r.id) as themes
				from recommendation r join document d on d.id = r.document_id join country c on c.id = r.country_id where r.id = ?""")
			.param(id)
			.query(Summary.class)
			.optional()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@PostMapping("/curation/recommendations/merge")
	String merge(@RequestParam long keep, @RequestParam int keepVersion, @RequestParam long duplicate,
			@RequestParam int duplicateVersion, RedirectAttributes redirect) {
		summary(keep);
		summary(duplicate);
		if (keep == duplicate) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			curation.merge(keep, keepVersion, duplicate, duplicateVersion);
		}
		catch (RecommendationCuration.StaleException e) {
			redirect.addFlashAttribute("stale", true);
			return "redirect:/curation/recommendations/merge?keep=" + keep + "&duplicate=" + duplicate;
		}
		redirect.addFlashAttribute("merged", duplicate);
		return "redirect:/curation/recommendations/" + keep;
	}

	@GetMapping("/curation/recommendations/{id}/split")
	String splitForm(@PathVariable long id, Model model) {
		Summary summary = summary(id);
		model.addAttribute("recommendation", summary);
		model.addAttribute("actions", jdbc.sql("""
				select a.id, a.title from follow_up_action a join follow_up_action_recommendation f on f.follow_up_action_id = a.id
				where f.recommendation_id = ? order by a.id""").param(id).query(LinkedAction.class).list());
		model.addAttribute("assessments", jdbc.sql("""
				select id, organisation, status, assessed_on from assessment where recommendation_id = ? order by assessed_on, id""")
			.param(id)
			.query(LinkedAssessment.class)
			.list());
		return "curation/split";
	}

	@PostMapping("/curation/recommendations/{id}/split")
	String split(@PathVariable long id, @RequestParam int version, @RequestParam String firstText,
			@RequestParam(defaultValue = "") String firstParagraph, @RequestParam String secondText,
			@RequestParam(defaultValue = "") String secondParagraph, @RequestParam Map<String, String> all, Model model,
			RedirectAttributes redirect) {
		Summary summary = summary(id);
		if (firstText.isBlank() || secondText.isBlank()) {
			model.addAttribute("textError", true);
			model.addAttribute("firstText", firstText);
			model.addAttribute("secondText", secondText);
			return splitForm(id, model);
		}
		Map<Long, RecommendationCuration.Assign> actions = assignments(all, "action-");
		Map<Long, RecommendationCuration.Assign> assessments = assignments(all, "assessment-");
		try {
			long second = curation.split(id, version, firstText, firstParagraph, secondText, secondParagraph, actions, assessments);
			redirect.addFlashAttribute("splitInto", second);
		}
		catch (RecommendationCuration.StaleException e) {
			redirect.addFlashAttribute("stale", true);
			return "redirect:/curation/recommendations/" + summary.id() + "/split";
		}
		return "redirect:/curation/recommendations/" + id;
	}

	private static Map<Long, RecommendationCuration.Assign> assignments(Map<String, String> all, String prefix) {
		Map<Long, RecommendationCuration.Assign> assignments = new HashMap<>();
		all.forEach((name, value) -> {
			if (name.startsWith(prefix)) {
				try {
					assignments.put(Long.valueOf(name.substring(prefix.length())), RecommendationCuration.Assign.valueOf(value));
				}
				catch (IllegalArgumentException e) {
					throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
				}
			}
		});
		return assignments;
	}

}
