package org.rightstrack.treaty;

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

/** A country's status for one treaty: signature, consent to be bound, reservations, procedures accepted. */
@Entity
@Audited
public class Ratification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "country_id")
	private Country country;

	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "treaty_id")
	private Treaty treaty;

	private LocalDate signedOn;

	private LocalDate consentOn;

	@Enumerated(EnumType.STRING)
	private ConsentType consentType;

	private String reservations;

	private String declarations;

	private boolean acceptsIndividualComplaints;

	private boolean acceptsInquiryProcedure;

	private Instant updatedAt = Instant.now();

	@Version
	private int version;

	protected Ratification() {
	}

	public Ratification(Country country, Treaty treaty) {
		this.country = country;
		this.treaty = treaty;
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

	public Treaty getTreaty() {
		return treaty;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public void setSignedOn(LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	public LocalDate getConsentOn() {
		return consentOn;
	}

	public ConsentType getConsentType() {
		return consentType;
	}

	public void setConsent(LocalDate consentOn, ConsentType consentType) {
		this.consentOn = consentOn;
		this.consentType = consentType;
	}

	public String getReservations() {
		return reservations;
	}

	public void setReservations(String reservations) {
		this.reservations = reservations;
	}

	public String getDeclarations() {
		return declarations;
	}

	public void setDeclarations(String declarations) {
		this.declarations = declarations;
	}

	public boolean isAcceptsIndividualComplaints() {
		return acceptsIndividualComplaints;
	}

	public void setAcceptsIndividualComplaints(boolean acceptsIndividualComplaints) {
		this.acceptsIndividualComplaints = acceptsIndividualComplaints;
	}

	public boolean isAcceptsInquiryProcedure() {
		return acceptsInquiryProcedure;
	}

	public void setAcceptsInquiryProcedure(boolean acceptsInquiryProcedure) {
		this.acceptsInquiryProcedure = acceptsInquiryProcedure;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public int getVersion() {
		return version;
	}

	/** Party when consent was given; otherwise signatory. */
	public boolean isParty() {
		return consentOn != null;
	}

}
