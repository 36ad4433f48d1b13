package org.rightstrack.mechanism;

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
import org.rightstrack.treaty.Treaty;

/** A body that issues recommendations: treaty body, special procedure, the UPR or a regional body. */
@Entity
@Audited
public class Mechanism {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private MechanismKind kind;

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "treaty_id")
	private Treaty treaty;

	@Enumerated(EnumType.STRING)
	private MandateType mandateType;

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "mandate_country_id")
	private Country mandateCountry;

	private Short establishedYear;

	private boolean archived;

	@Version
	private int version;

	protected Mechanism() {
	}

	public Mechanism(String code, String name, MechanismKind kind) {
		this.code = code;
		this.name = name;
		this.kind = kind;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public MechanismKind getKind() {
		return kind;
	}

	public Treaty getTreaty() {
		return treaty;
	}

	public MandateType getMandateType() {
		return mandateType;
	}

	public Country getMandateCountry() {
		return mandateCountry;
	}

	public Short getEstablishedYear() {
		return establishedYear;
	}

	public boolean isArchived() {
		return archived;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public void setName(String name) {
		this.name = name;
	}

	public void setKind(MechanismKind kind) {
		this.kind = kind;
	}

	public void setTreaty(Treaty treaty) {
		this.treaty = treaty;
	}

	public void setMandateType(MandateType mandateType) {
		this.mandateType = mandateType;
	}

	public void setMandateCountry(Country mandateCountry) {
		this.mandateCountry = mandateCountry;
	}

	public void setEstablishedYear(Short establishedYear) {
		this.establishedYear = establishedYear;
	}

	public void setArchived(boolean archived) {
		this.archived = archived;
	}

	public int getVersion() {
		return version;
	}

}
