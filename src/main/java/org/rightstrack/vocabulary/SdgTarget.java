package org.rightstrack.vocabulary;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One of the 169 SDG targets, numbered as adopted ({@code 16.2}, {@code 5.a}). */
@Entity
public class SdgTarget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private Short goalNumber;

	private String title;

	protected SdgTarget() {
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public Short getGoalNumber() {
		return goalNumber;
	}

	public String getTitle() {
		return title;
	}

}
