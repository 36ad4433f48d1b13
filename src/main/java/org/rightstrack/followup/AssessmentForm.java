package org.rightstrack.followup;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.rightstrack.recommendation.ImplementationStatus;

import org.springframework.format.annotation.DateTimeFormat;

/** A dated assessment as its author writes it; who assesses comes from the account. */
public class AssessmentForm {

	@NotNull
	private ImplementationStatus status;

	@NotNull
	@PastOrPresent
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate assessedOn = LocalDate.now();

	@Size(max = 20000)
	private String justification;

	private int version;

	static AssessmentForm of(Assessment assessment) {
		AssessmentForm form = new AssessmentForm();
		form.status = assessment.getStatus();
		form.assessedOn = assessment.getAssessedOn();
		form.justification = assessment.getJustification();
		form.version = assessment.getVersion();
		return form;
	}

	public ImplementationStatus getStatus() {
		return status;
	}

	public void setStatus(ImplementationStatus status) {
		this.status = status;
	}

	public LocalDate getAssessedOn() {
		return assessedOn;
	}

	public void setAssessedOn(LocalDate assessedOn) {
		this.assessedOn = assessedOn;
	}

	public String getJustification() {
		return justification;
	}

	public void setJustification(String justification) {
		this.justification = justification;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
