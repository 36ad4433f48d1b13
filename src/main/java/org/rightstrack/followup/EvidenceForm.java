package org.rightstrack.followup;

import org.springframework.web.multipart.MultipartFile;

/** A new piece of evidence: a title and either a web link or a file. */
public class EvidenceForm {

	private String title;

	private String url;

	private MultipartFile file;

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
