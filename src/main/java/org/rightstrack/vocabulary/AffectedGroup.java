package org.rightstrack.vocabulary;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/** A group of persons a recommendation concerns (women, children, migrants...). */
@Entity
@Audited
public class AffectedGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private boolean archived;

	@Version
	private int version;

	protected AffectedGroup() {
	}

	public AffectedGroup(String code, String name) {
		this.code = code;
		this.name = name;
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

	public boolean isArchived() {
		return archived;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public void setName(String name) {
		this.name = name;
	}

	public void setArchived(boolean archived) {
		this.archived = archived;
	}

	public int getVersion() {
		return version;
	}

}
