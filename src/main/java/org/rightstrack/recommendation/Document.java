package org.rightstrack.recommendation;

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
import org.rightstrack.country.Country;
import org.rightstrack.mechanism.Mechanism;

/** An outcome document of a mechanism for a country, such as concluding observations. */
@Entity
@Audited
public class Document {

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

	private String symbol;

	private String title;

	@Enumerated(EnumType.STRING)
	private DocumentType type;

	private Integer session;

	private String sessionLabel;

	private Short uprCycle;

	private LocalDate publishedOn;

	private String url;

	private boolean published = true;

	private boolean archived;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	@Version
	private int version;

	protected Document() {
	}

	public Document(Mechanism mechanism, Country country, String title, DocumentType type) {
		this.mechanism = mechanism;
		this.country = country;
		this.title = title;
		this.type = type;
	}

	/** Marks the record as saved now (also called by curation so that every save counts as a change). */
	@PreUpdate
	public void touch() {
		updatedAt = Instant.now();
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

	public String getSymbol() {
		return symbol;
	}

	public void setSymbol(String symbol) {
		this.symbol = symbol;
	}

	public String getTitle() {
		return title;
	}

	public DocumentType getType() {
		return type;
	}

	public Integer getSession() {
		return session;
	}

	public void setSession(Integer session) {
		this.session = session;
	}

	public String getSessionLabel() {
		return sessionLabel;
	}

	public Short getUprCycle() {
		return uprCycle;
	}

	public void setUprCycle(Short uprCycle) {
		this.uprCycle = uprCycle;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public void setPublishedOn(LocalDate publishedOn) {
		this.publishedOn = publishedOn;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public boolean isPublished() {
		return published;
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

	// Used by curation so that edits go through JPA and into history.

	public void setMechanism(Mechanism mechanism) {
		this.mechanism = mechanism;
	}

	public void setCountry(Country country) {
		this.country = country;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public void setType(DocumentType type) {
		this.type = type;
	}

	public void setSessionLabel(String sessionLabel) {
		this.sessionLabel = sessionLabel;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

	public void setArchived(boolean archived) {
		this.archived = archived;
	}

}
