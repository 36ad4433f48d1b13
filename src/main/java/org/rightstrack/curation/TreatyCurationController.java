package org.rightstrack.curation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.rightstrack.treaty.TreatyKind;

import org.springframework.dao.DuplicateKeyException;
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

/** Curators create, edit and archive treaties and optional protocols. */
@Controller
class TreatyCurationController {

	record TreatyRow(long id, String code, String shortName, String kind, boolean archived) {
	}

	/** A treaty as the curator edits it. */
	public static class TreatyForm {

		static TreatyForm empty() {
			TreatyForm form = new TreatyForm();
			form.kind = TreatyKind.CORE;
			form.displayOrder = 0;
			return form;
		}

		@NotBlank @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9-]*")
		private String code;

		@NotBlank @Size(max = 100)
		private String shortName;

		@NotBlank @Size(max = 500)
		private String title;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate adoptedOn;

		@NotNull
		private TreatyKind kind;

		private Long parentId;

		@Size(max = 20)
		private String untcReference;

		private boolean hasComplaintsProcedure;

		private boolean hasInquiryProcedure;

		@PositiveOrZero
		private Integer displayOrder;

		private int version;

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getShortName() {
			return shortName;
		}

		public void setShortName(String shortName) {
			this.shortName = shortName;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public LocalDate getAdoptedOn() {
			return adoptedOn;
		}

		public void setAdoptedOn(LocalDate adoptedOn) {
			this.adoptedOn = adoptedOn;
		}

		public TreatyKind getKind() {
			return kind;
		}

		public void setKind(TreatyKind kind) {
			this.kind = kind;
		}

		public Long getParentId() {
			return parentId;
		}

		public void setParentId(Long parentId) {
			this.parentId = parentId;
		}

		public String getUntcReference() {
			return untcReference;
		}

		public void setUntcReference(String untcReference) {
			this.untcReference = untcReference;
		}

		public boolean isHasComplaintsProcedure() {
			return hasComplaintsProcedure;
		}

		public void setHasComplaintsProcedure(boolean hasComplaintsProcedure) {
			this.hasComplaintsProcedure = hasComplaintsProcedure;
		}

		public boolean isHasInquiryProcedure() {
			return hasInquiryProcedure;
		}

		public void setHasInquiryProcedure(boolean hasInquiryProcedure) {
			this.hasInquiryProcedure = hasInquiryProcedure;
		}

		public Integer getDisplayOrder() {
			return displayOrder;
		}

		public void setDisplayOrder(Integer displayOrder) {
			this.displayOrder = displayOrder;
		}

		public int getVersion() {
			return version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

	private final JdbcClient jdbc;

	private final Choices choices;

	private final TreatyCuration treaties;

	TreatyCurationController(JdbcClient jdbc, Choices choices, TreatyCuration treaties) {
		this.jdbc = jdbc;
		this.choices = choices;
		this.treaties = treaties;
	}

	@GetMapping("/curation/treaties")
	String list(Model model) {
		model.addAttribute("treaties", jdbc.sql("select id, code, short_name, kind, archived from treaty order by display_order, code")
			.query(TreatyRow.class)
			.list());
		return "curation/treaties";
	}

	@GetMapping("/curation/treaties/new")
	String create(Model model) {
		return form(model, TreatyForm.empty(), null);
	}

	@GetMapping("/curation/treaties/{id}")
	String edit(@PathVariable long id, Model model) {
		TreatyForm form = jdbc.sql("""
				select code, short_name, title, adopted_on, kind, parent_id, untc_reference, has_complaints_procedure,
				       has_inquiry_procedure, display_order, version from treaty where id = ?""")
			.param(id)
			.query(TreatyForm.class)
			.optional()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return form(model, form, id);
	}

	private String form(Model model, TreatyForm form, Long id) {
		model.addAttribute("form", form);
		model.addAttribute("id", id);
		model.addAttribute("kinds", Arrays.stream(TreatyKind.values()).map(Option::of).toList());
		model.addAttribute("parents", choices.treaties());
		model.addAttribute("archivedNow", id != null && jdbc.sql("select archived from treaty where id = ?").param(id).query(Boolean.class).single());
		return "curation/treaty-form";
	}

	@PostMapping("/curation/treaties")
	String create(@Valid @ModelAttribute("form") TreatyForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		validate(form, result);
		if (result.hasErrors()) {
			return form(model, form, null);
		}
		try {
			long id = treaties.create(form);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/curation/treaties/" + id;
		}
		catch (DuplicateKeyException e) {
			result.rejectValue("code", "curation.duplicate");
			return form(model, form, null);
		}
	}

	@PostMapping("/curation/treaties/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") TreatyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		validate(form, result);
		if (form.getParentId() != null && form.getParentId() == id) {
			result.rejectValue("parentId", "curation.treaty.parentSelf");
		}
		if (result.hasErrors()) {
			return form(model, form, id);
		}
		try {
			treaties.update(id, form);
		}
		catch (RecommendationCuration.StaleException e) {
			return Curation.conflict(result, model, () -> form(model, form, id));
		}
		catch (DuplicateKeyException e) {
			result.rejectValue("code", "curation.duplicate");
			return form(model, form, id);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/curation/treaties/" + id;
	}

	@PostMapping("/curation/treaties/{id}/archive")
	String archive(@PathVariable long id, @RequestParam int version, @RequestParam boolean archived, RedirectAttributes redirect) {
		try {
			treaties.setArchived(id, version, archived);
			redirect.addFlashAttribute(archived ? "archived" : "restored", true);
		}
		catch (RecommendationCuration.StaleException e) {
			redirect.addFlashAttribute("stale", true);
		}
		return "redirect:/curation/treaties/" + id;
	}

	private static void validate(TreatyForm form, BindingResult result) {
		if (form.getKind() == TreatyKind.OPTIONAL_PROTOCOL && form.getParentId() == null) {
			result.rejectValue("parentId", "curation.treaty.parentRequired");
		}
	}

	static List<TreatyKind> kinds() {
		return List.of(TreatyKind.values());
	}

}
