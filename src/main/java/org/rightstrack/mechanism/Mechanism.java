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

import org.rightstrack.country.Country;
import org.rightstrack.treaty.Treaty;

/** A body that issues recommendations: treaty body, special procedure, the UPR or a regional body. */
@Entity
public class Mechanism {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private MechanismKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "treaty_id")
	private Treaty treaty;

	@Enumerated(EnumType.STRING)
	private MandateType mandateType;

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

	public int getVersion() {
		return version;
	}

}
