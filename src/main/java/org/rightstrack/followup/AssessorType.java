package org.rightstrack.followup;

/** Who makes an assessment: the government, a national human-rights institution, civil society or OHCHR. */
public enum AssessorType {
	GOVERNMENT, NHRI, CSO, OHCHR
}
