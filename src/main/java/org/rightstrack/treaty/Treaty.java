package org.rightstrack.treaty;

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

/** A human-rights instrument: a core treaty, an optional protocol or a regional instrument. */
@Entity
@Audited
public class Treaty {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String shortName;

	private String title;

	private LocalDate adoptedOn;

	@Enumerated(EnumType.STRING)
	private TreatyKind kind;

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Treaty parent;

	private String untcReference;

	private boolean hasComplaintsProcedure;

	private boolean hasInquiryProcedure;

	private int displayOrder;

	private boolean archived;

	@Version
	private int version;

	protected Treaty() {
	}

	public Treaty(String code, String shortName, String title, TreatyKind kind) {
		this.code = code;
		this.shortName = shortName;
		this.title = title;
		this.kind = kind;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getShortName() {
		return shortName;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getAdoptedOn() {
		return adoptedOn;
	}

	public TreatyKind getKind() {
		return kind;
	}

	public Treaty getParent() {
		return parent;
	}

	public void setParent(Treaty parent) {
		this.parent = parent;
	}

	public String getUntcReference() {
		return untcReference;
	}

	public boolean isHasComplaintsProcedure() {
		return hasComplaintsProcedure;
	}

	public boolean isHasInquiryProcedure() {
		return hasInquiryProcedure;
	}

	public int getDisplayOrder() {
		return displayOrder;
	}

	public boolean isArchived() {
		return archived;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public void setAdoptedOn(LocalDate adoptedOn) {
		this.adoptedOn = adoptedOn;
	}

	public void setKind(TreatyKind kind) {
		this.kind = kind;
	}

	public void setUntcReference(String untcReference) {
		this.untcReference = untcReference;
	}

	public void setHasComplaintsProcedure(boolean hasComplaintsProcedure) {
		this.hasComplaintsProcedure = hasComplaintsProcedure;
	}

	public void setHasInquiryProcedure(boolean hasInquiryProcedure) {
		this.hasInquiryProcedure = hasInquiryProcedure;
	}

	public void setDisplayOrder(int displayOrder) {
		this.displayOrder = displayOrder;
	}

	public void setArchived(boolean archived) {
		this.archived = archived;
	}

	public int getVersion() {
		return version;
	}

}
