package org.rightstrack.followup;

import java.time.Instant;
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
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.rightstrack.recommendation.ImplementationStatus;
import org.rightstrack.recommendation.Recommendation;

/** A dated judgement of how far a recommendation is implemented, by one actor. */
@Entity
@Audited
public class Assessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "recommendation_id")
	private Recommendation recommendation;

	@Enumerated(EnumType.STRING)
	private AssessorType assessorType;

	private String organisation;

	@Enumerated(EnumType.STRING)
	private ImplementationStatus status;

	private LocalDate assessedOn;

	private String justification;

	@Enumerated(EnumType.STRING)
	private ModerationStatus moderationStatus = ModerationStatus.APPROVED;

	private boolean archived;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	/** Account ids of the author (the only person who may edit it) and of who changed it last. */
	private Long createdBy;

	private Long updatedBy;

	@Version
	private int version;

	protected Assessment() {
	}

	public Assessment(Recommendation recommendation, AssessorType assessorType, String organisation,
			ImplementationStatus status, LocalDate assessedOn) {
		this.recommendation = recommendation;
		this.assessorType = assessorType;
		this.organisation = organisation;
		this.status = status;
		this.assessedOn = assessedOn;
	}

	@PreUpdate
	void touch() {
		updatedAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public Recommendation getRecommendation() {
		return recommendation;
	}

	public AssessorType getAssessorType() {
		return assessorType;
	}

	public String getOrganisation() {
		return organisation;
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

	public ModerationStatus getModerationStatus() {
		return moderationStatus;
	}

	public void setModerationStatus(ModerationStatus moderationStatus) {
		this.moderationStatus = moderationStatus;
	}

	public boolean isArchived() {
		return archived;
	}

	public void archive() {
		this.archived = true;
	}

	public Long getCreatedBy() {
		return createdBy;
	}

	public Long getUpdatedBy() {
		return updatedBy;
	}

	/** Records who changed the assessment; the first call also records its author. */
	public void changedBy(long accountId) {
		if (createdBy == null && id == null) {
			createdBy = accountId;
		}
		updatedBy = accountId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public int getVersion() {
		return version;
	}

}
