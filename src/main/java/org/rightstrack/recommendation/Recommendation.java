package org.rightstrack.recommendation;

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
import org.rightstrack.mechanism.Mechanism;
import org.rightstrack.vocabulary.AffectedGroup;
import org.rightstrack.vocabulary.SdgTarget;
import org.rightstrack.vocabulary.Theme;

/** One recommendation in a document, addressed to a country by a mechanism. */
@Entity
@Audited
public class Recommendation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "document_id")
	private Document document;

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "country_id")
	private Country country;

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "mechanism_id")
	private Mechanism mechanism;

	private String paragraph;

	private String text;

	private LocalDate publishedOn;

	@Enumerated(EnumType.STRING)
	private UprResponse uprResponse;

	private Short uprActionCategory;

	private boolean followUp;

	private LocalDate followUpDeadline;

	@Enumerated(EnumType.STRING)
	private ImplementationStatus implementationStatus;

	@Enumerated(EnumType.STRING)
	private ImplementationStatus civilSocietyStatus;

	private String externalId;

	private boolean published = true;

	private boolean archived;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	@Version
	private int version;

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToMany
	@JoinTable(name = "recommendation_recommending_state", joinColumns = @JoinColumn(name = "recommendation_id"),
			inverseJoinColumns = @JoinColumn(name = "country_id"))
	private Set<Country> recommendingStates = new HashSet<>();

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToMany
	@JoinTable(name = "recommendation_theme", joinColumns = @JoinColumn(name = "recommendation_id"),
			inverseJoinColumns = @JoinColumn(name = "theme_id"))
	private Set<Theme> themes = new HashSet<>();

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToMany
	@JoinTable(name = "recommendation_affected_group", joinColumns = @JoinColumn(name = "recommendation_id"),
			inverseJoinColumns = @JoinColumn(name = "affected_group_id"))
	private Set<AffectedGroup> affectedGroups = new HashSet<>();

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToMany
	@JoinTable(name = "recommendation_sdg_target", joinColumns = @JoinColumn(name = "recommendation_id"),
			inverseJoinColumns = @JoinColumn(name = "sdg_target_id"))
	private Set<SdgTarget> sdgTargets = new HashSet<>();

	protected Recommendation() {
	}

	public Recommendation(Document document, String text) {
		this.document = document;
		this.country = document.getCountry();
		this.mechanism = document.getMechanism();
		this.publishedOn = document.getPublishedOn();
		this.text = text;
	}

	/** Marks the record as saved now (also called by curation so that every save counts as a change). */
	@PreUpdate
	public void touch() {
		updatedAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public Document getDocument() {
		return document;
	}

	public Country getCountry() {
		return country;
	}

	public Mechanism getMechanism() {
		return mechanism;
	}

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

	public LocalDate getPublishedOn() {
		return publishedOn;
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

	public LocalDate getFollowUpDeadline() {
		return followUpDeadline;
	}

	public void setFollowUp(boolean followUp, LocalDate deadline) {
		this.followUp = followUp;
		this.followUpDeadline = followUp ? deadline : null;
	}

	public ImplementationStatus getImplementationStatus() {
		return implementationStatus;
	}

	public ImplementationStatus getCivilSocietyStatus() {
		return civilSocietyStatus;
	}

	public String getExternalId() {
		return externalId;
	}

	public void setExternalId(String externalId) {
		this.externalId = externalId;
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

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public int getVersion() {
		return version;
	}

	public Set<Country> getRecommendingStates() {
		return recommendingStates;
	}

	public Set<Theme> getThemes() {
		return themes;
	}

	public Set<AffectedGroup> getAffectedGroups() {
		return affectedGroups;
	}

	public Set<SdgTarget> getSdgTargets() {
		return sdgTargets;
	}

	// Used by curation (archiving, merging, splitting, moving a document) so that the change goes through JPA and into history.

	public void setArchived(boolean archived) {
		this.archived = archived;
	}

	public void setPublishedOn(LocalDate publishedOn) {
		this.publishedOn = publishedOn;
	}

	/** Takes the country and mechanism of the document again, after the document was moved. */
	public void alignWithDocument() {
		this.country = document.getCountry();
		this.mechanism = document.getMechanism();
	}

}
