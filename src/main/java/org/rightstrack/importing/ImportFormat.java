package org.rightstrack.importing;

import java.util.Arrays;
import java.util.Optional;

/** The file formats the importer reads; {@link #option()} is the value of {@code --format=}. */
public enum ImportFormat {

	UPR_INFO("upr-info"), UHRI_JSON("uhri-json"), UHRI_XLSX("uhri-xlsx"), UNTC("untc"), TREATY_STATUS("treaty-status"),
	RIGHTSTRACK("rightstrack");

	private final String option;

	ImportFormat(String option) {
		this.option = option;
	}

	public String option() {
		return option;
	}

	/** Whether the encoding can be chosen (text formats and UHRI JSON; an XLSX workbook has none). */
	public boolean hasEncoding() {
		return this != UHRI_XLSX;
	}

	/** Whether the line ending can be chosen (the CSV formats). */
	public boolean hasLineEnding() {
		return this != UHRI_XLSX && this != UHRI_JSON;
	}

	public static Optional<ImportFormat> fromOption(String value) {
		return Arrays.stream(values()).filter(f -> f.option.equalsIgnoreCase(value) || f.name().equalsIgnoreCase(value)).findFirst();
	}

}
