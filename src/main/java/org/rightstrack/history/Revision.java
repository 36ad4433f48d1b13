package org.rightstrack.history;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One Envers revision: a transaction that changed audited data, with who made it and when. */
@Entity
@RevisionEntity(RevisionUserListener.class)
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	private Instant revisedAt;

	/** The signed-in account; null for changes made by the system (start-up, command line). */
	private Long accountId;

	private String accountEmail;

	public Long getId() {
		return id;
	}

	public Instant getRevisedAt() {
		return revisedAt;
	}

	public Long getAccountId() {
		return accountId;
	}

	public String getAccountEmail() {
		return accountEmail;
	}

	void setAccount(Long accountId, String accountEmail) {
		this.accountId = accountId;
		this.accountEmail = accountEmail;
	}

}
