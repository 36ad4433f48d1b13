package org.rightstrack.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.rightstrack.country.Country;
import org.rightstrack.recommendation.Recommendation;

/** A measure a government takes; it can address several recommendations of its country. */
@Entity
@Audited
public class FollowUpAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "country_id")
	private Country country;

	private String title;

	private String description;

	private String responsibleInstitution;

	private LocalDate startDate;

	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	private ActionStatus status = ActionStatus.PLANNED;

	private String budgetNote;

	private boolean published;

	private boolean archived;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	/** Account ids of who created the action and who changed it last. */
	private Long createdBy;

	private Long updatedBy;

	@Version
	private int version;

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToMany
	@JoinTable(name = "follow_up_action_recommendation", joinColumns = @JoinColumn(name = "follow_up_action_id"),
			inverseJoinColumns = @JoinColumn(name = "recommendation_id"))
	private Set<Recommendation> recommendations = new HashSet<>();

	protected FollowUpAction() {
	}

	public FollowUpAction(Country country, String title) {
		this.country = country;
		this.title = title;
	}

	@PreUpdate
	void touch() {
		updatedAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public Country getCountry() {
		return country;
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

	public boolean isPublished() {
		return published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

	public boolean isArchived() {
		return archived;
	}

	/** Archived actions leave the public pages but stay in the database and its history. */
	public void setArchived(boolean archived) {
		this.archived = archived;
	}

	public Long getCreatedBy() {
		return createdBy;
	}

	public Long getUpdatedBy() {
		return updatedBy;
	}

	/** Records who changed the action; the first call also records who created it. */
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

	public Set<Recommendation> getRecommendations() {
		return recommendations;
	}

}
