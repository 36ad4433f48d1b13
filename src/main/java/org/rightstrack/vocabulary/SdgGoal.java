package org.rightstrack.vocabulary;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One of the 17 Sustainable Development Goals. */
@Entity
public class SdgGoal {

	@Id
	private Short number;

	private String title;

	protected SdgGoal() {
	}

	public Short getNumber() {
		return number;
	}

	public String getTitle() {
		return title;
	}

}
