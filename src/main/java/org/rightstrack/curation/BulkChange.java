package org.rightstrack.curation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a bulk edit does to every recommendation of a selection: add or remove a theme, an affected
 * persons group or an SDG target, publish or unpublish, set the follow-up deadline (which also sets
 * the follow-up flag). Any of them may be combined; none given is no change. The parameter names
 * differ from the search filters', so both travel in one query string.
 */
public class BulkChange {

	public enum Publication {

		PUBLISH, UNPUBLISH

	}

	private Long addTheme;

	private Long removeTheme;

	private Long addAffected;

	private Long removeAffected;

	private Long addSdgTarget;

	private Long removeSdgTarget;

	private Publication publication;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate deadline;

	boolean isEmpty() {
		return addTheme == null && removeTheme == null && addAffected == null && removeAffected == null && addSdgTarget == null
				&& removeSdgTarget == null && publication == null && deadline == null;
	}

	/** The change as request parameters (only those given), for the confirmation form and links. */
	Map<String, List<String>> toParameters() {
		Map<String, List<String>> params = new LinkedHashMap<>();
		put(params, "addTheme", addTheme);
		put(params, "removeTheme", removeTheme);
		put(params, "addAffected", addAffected);
		put(params, "removeAffected", removeAffected);
		put(params, "addSdgTarget", addSdgTarget);
		put(params, "removeSdgTarget", removeSdgTarget);
		put(params, "publication", publication == null ? null : publication.name());
		put(params, "deadline", deadline);
		return params;
	}

	private static void put(Map<String, List<String>> params, String name, Object value) {
		if (value != null) {
			params.put(name, List.of(value.toString()));
		}
	}

	public Long getAddTheme() {
		return addTheme;
	}

	public void setAddTheme(Long addTheme) {
		this.addTheme = addTheme;
	}

	public Long getRemoveTheme() {
		return removeTheme;
	}

	public void setRemoveTheme(Long removeTheme) {
		this.removeTheme = removeTheme;
	}

	public Long getAddAffected() {
		return addAffected;
	}

	public void setAddAffected(Long addAffected) {
		this.addAffected = addAffected;
	}

	public Long getRemoveAffected() {
		return removeAffected;
	}

	public void setRemoveAffected(Long removeAffected) {
		this.removeAffected = removeAffected;
	}

	public Long getAddSdgTarget() {
		return addSdgTarget;
	}

	public void setAddSdgTarget(Long addSdgTarget) {
		this.addSdgTarget = addSdgTarget;
	}

	public Long getRemoveSdgTarget() {
		return removeSdgTarget;
	}

	public void setRemoveSdgTarget(Long removeSdgTarget) {
		this.removeSdgTarget = removeSdgTarget;
	}

	public Publication getPublication() {
		return publication;
	}

	public void setPublication(Publication publication) {
		this.publication = publication;
	}

	public LocalDate getDeadline() {
		return deadline;
	}

	public void setDeadline(LocalDate deadline) {
		this.deadline = deadline;
	}

}
