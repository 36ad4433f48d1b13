package org.rightstrack.mechanism;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import org.rightstrack.country.Country;

/** A special procedure's visit to a country, from request to report. */
@Entity
@Audited
public class CountryVisit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "mechanism_id")
	private Mechanism mechanism;

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "country_id")
	private Country country;

	@Enumerated(EnumType.STRING)
	private VisitStatus status;

	private LocalDate requestedOn;

	private LocalDate startDate;

	private LocalDate endDate;

	/** The visit report's document id; a plain id keeps this module free of the document model. */
	private Long reportDocumentId;

	private String notes;

	private boolean archived;

	@Version
	private int version;

	protected CountryVisit() {
	}

	public CountryVisit(Mechanism mechanism, Country country, VisitStatus status) {
		this.mechanism = mechanism;
		this.country = country;
		this.status = status;
	}

	public Long getId() {
		return id;
	}

	public Mechanism getMechanism() {
		return mechanism;
	}

	public Country getCountry() {
		return country;
	}

	public VisitStatus getStatus() {
		return status;
	}

	public LocalDate getRequestedOn() {
		return requestedOn;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public Long getReportDocumentId() {
		return reportDocumentId;
	}

	public String getNotes() {
		return notes;
	}

	public boolean isArchived() {
		return archived;
	}

	public void setMechanism(Mechanism mechanism) {
		this.mechanism = mechanism;
	}

	public void setCountry(Country country) {
		this.country = country;
	}

	public void setStatus(VisitStatus status) {
		this.status = status;
	}

	public void setRequestedOn(LocalDate requestedOn) {
		this.requestedOn = requestedOn;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public void setReportDocumentId(Long reportDocumentId) {
		this.reportDocumentId = reportDocumentId;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public void setArchived(boolean archived) {
		this.archived = archived;
	}

	public int getVersion() {
		return version;
	}

}
