package org.rightstrack.followup;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks a piece of evidence before it is stored: links must be http or https; files at most
 * 20 MB, of a type on the allow-list as detected from their content (never from the name or the
 * type the browser declared), and stored under a name whose extension matches that type.
 */
@Component
class EvidenceIntake {

	/** The most a file may hold (20 MiB), the same as the database check on evidence.size_bytes. */
	static final long MAX_BYTES = 20L * 1024 * 1024;

	/** PDF, Office and OpenDocument files, and bitmap images (not SVG, which can hold scripts). */
	static final Set<String> ALLOWED = Set.of("application/pdf", "application/msword", "application/vnd.ms-excel",
			"application/vnd.ms-powerpoint", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation", "application/vnd.oasis.opendocument.text",
			"application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.presentation", "application/rtf",
			"image/png", "image/jpeg", "image/gif", "image/webp", "image/tiff");

	private final Tika tika = new Tika();

	/** The evidence to store, or empty with the reasons in {@code errors} (fields title, url, file). */
	Optional<Evidence> check(EvidenceForm form, FollowUpAction action, Assessment assessment, Errors errors) {
		String title = ActionForm.clean(form.getTitle());
		String url = ActionForm.clean(form.getUrl());
		MultipartFile file = form.getFile() == null || form.getFile().isEmpty() ? null : form.getFile();
		if (title == null) {
			errors.rejectValue("title", "followup.evidence.titleRequired");
		}
		else if (title.length() > 300) {
			errors.rejectValue("title", "followup.evidence.titleTooLong");
		}
		if ((url == null) == (file == null)) {
			errors.rejectValue("url", "followup.evidence.linkOrFile");
			return Optional.empty();
		}
		if (url != null) {
			if (!isWebLink(url)) {
				errors.rejectValue("url", "followup.evidence.badLink");
			}
			return errors.hasErrors() ? Optional.empty() : Optional.of(Evidence.link(action, assessment, title, url));
		}
		if (file.getSize() > MAX_BYTES) {
			errors.rejectValue("file", "followup.evidence.tooLarge");
			return Optional.empty();
		}
		byte[] content;
		String type;
		try {
			content = file.getBytes();
			type = detect(content);
		}
		catch (IOException ex) {
			errors.rejectValue("file", "followup.evidence.unreadable");
			return Optional.empty();
		}
		if (!ALLOWED.contains(type)) {
			errors.rejectValue("file", "followup.evidence.badType", new Object[] { type }, null);
			return Optional.empty();
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(Evidence.file(action, assessment, title, fileName(file.getOriginalFilename(), type), type, content));
	}

	/** The media type from the bytes alone: no file name is given to Tika. */
	String detect(byte[] content) throws IOException {
		try (InputStream in = TikaInputStream.get(content)) {
			return tika.getDetector().detect(in, new Metadata()).getBaseType().toString();
		}
	}

	static boolean isWebLink(String url) {
		if (url.length() > 2000 || url.chars().anyMatch(c -> c <= ' ')) {
			return false;
		}
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * The name to store and serve: no folders or control characters, at most 200 characters, and
	 * an extension that matches the detected type (a PDF called report.png becomes report.pdf).
	 */
	static String fileName(String original, String type) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')).toLowerCase(Locale.ROOT) : "";
		if (base.isBlank()) {
			base = "evidence";
		}
		try {
			var mimeType = MimeTypes.getDefaultMimeTypes().forName(type);
			if (!mimeType.getExtensions().contains(extension) && !mimeType.getExtension().isEmpty()) {
				extension = mimeType.getExtension();
			}
		}
		catch (MimeTypeException ex) {
			// an allowed type is always known to Tika; keep the extension given
		}
		if (base.length() + extension.length() > 200) {
			base = base.substring(0, 200 - extension.length());
		}
		return base + extension;
	}

}
