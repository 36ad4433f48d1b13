package org.rightstrack.treaty;

import java.time.LocalDate;

import jakarta.persistence.Entity;
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

/** One periodic report a state party owes a treaty body: due, submitted, or overdue. */
@Entity
@Audited
public class StateReport {

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

	private short cycle;

	private LocalDate dueOn;

	private LocalDate submittedOn;

	private String symbol;

	private boolean archived;

	@Version
	private int version;

	protected StateReport() {
	}

	public StateReport(Country country, Treaty treaty, short cycle, LocalDate dueOn) {
		this.country = country;
		this.treaty = treaty;
		this.cycle = cycle;
		this.dueOn = dueOn;
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

	public short getCycle() {
		return cycle;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public LocalDate getSubmittedOn() {
		return submittedOn;
	}

	public void setSubmittedOn(LocalDate submittedOn) {
		this.submittedOn = submittedOn;
	}

	public String getSymbol() {
		return symbol;
	}

	public boolean isArchived() {
		return archived;
	}

	public void setCountry(Country country) {
		this.country = country;
	}

	public void setTreaty(Treaty treaty) {
		this.treaty = treaty;
	}

	public void setCycle(short cycle) {
		this.cycle = cycle;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public void setSymbol(String symbol) {
		this.symbol = symbol;
	}

	public void setArchived(boolean archived) {
		this.archived = archived;
	}

	public int getVersion() {
		return version;
	}

	public boolean isOverdue(LocalDate today) {
		return submittedOn == null && dueOn != null && dueOn.isBefore(today);
	}

}
