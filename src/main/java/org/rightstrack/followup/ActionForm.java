package org.rightstrack.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A follow-up action as a focal point edits it; the country is chosen once, when it is created. */
public class ActionForm {

	private String country;

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 20000)
	private String description;

	@Size(max = 500)
	private String responsibleInstitution;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	@NotNull
	private ActionStatus status = ActionStatus.PLANNED;

	@Size(max = 1000)
	private String budgetNote;

	private List<Long> recommendationIds = new ArrayList<>();

	private int version;

	static ActionForm of(FollowUpAction action) {
		ActionForm form = new ActionForm();
		form.country = action.getCountry().getAlpha3();
		form.title = action.getTitle();
		form.description = action.getDescription();
		form.responsibleInstitution = action.getResponsibleInstitution();
		form.startDate = action.getStartDate();
		form.endDate = action.getEndDate();
		form.status = action.getStatus();
		form.budgetNote = action.getBudgetNote();
		form.recommendationIds = new ArrayList<>(action.getRecommendations().stream().map(r -> r.getId()).sorted().toList());
		form.version = action.getVersion();
		return form;
	}

	/** The addressed recommendations without duplicates or empty values. */
	List<Long> recommendations() {
		return recommendationIds == null ? List.of() : recommendationIds.stream().filter(id -> id != null).distinct().toList();
	}

	static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getResponsibleInstitution() {
		return responsibleInstitution;
	}

	public void setResponsibleInstitution(String responsibleInstitution) {
		this.responsibleInstitution = responsibleInstitution;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public ActionStatus getStatus() {
		return status;
	}

	public void setStatus(ActionStatus status) {
		this.status = status;
	}

	public String getBudgetNote() {
		return budgetNote;
	}

	public void setBudgetNote(String budgetNote) {
		this.budgetNote = budgetNote;
	}

	public List<Long> getRecommendationIds() {
		return recommendationIds;
	}

	public void setRecommendationIds(List<Long> recommendationIds) {
		this.recommendationIds = recommendationIds;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
