package org.rightstrack.followup;

import java.nio.charset.StandardCharsets;

import org.rightstrack.account.CurrentUser;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Downloads of stored evidence files, always as an attachment with the detected type, and
 * archiving of evidence. The public gets only the files of published actions and approved
 * assessments; editors also those of their drafts, authors and curators those awaiting moderation.
 */
@Controller
class EvidenceController {

	record Stored(String kind, String fileName, String contentType, boolean archived, boolean visible, String actionCountry,
			Long assessmentAuthor) {
	}

	private final JdbcClient jdbc;

	private final FollowUpActions actions;

	EvidenceController(JdbcClient jdbc, FollowUpActions actions) {
		this.jdbc = jdbc;
		this.actions = actions;
	}

	@GetMapping("/evidence/{id}")
	ResponseEntity<byte[]> download(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		Stored stored = jdbc.sql("""
				select e.kind, e.file_name, e.content_type, e.archived,
				       coalesce(a.published and not a.archived,
				                s.moderation_status = 'APPROVED' and not s.archived and %s, false) as visible,
				       ac.alpha3 as action_country, s.created_by as assessment_author
				from evidence e
				left join follow_up_action a on a.id = e.follow_up_action_id left join country ac on ac.id = a.country_id
				left join assessment s on s.id = e.assessment_id left join recommendation r on r.id = s.recommendation_id
				left join document d on d.id = r.document_id
				where e.id = ?""".formatted(FollowUpQueries.PUBLIC_RECOMMENDATION))
			.param(id)
			.query(Stored.class)
			.optional()
			.filter(s -> s.kind().equals("FILE") && !s.archived())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean allowed = stored.visible()
				|| (stored.actionCountry() != null && FollowUpAccess.mayEditActions(user, stored.actionCountry()))
				|| (stored.assessmentAuthor() != null && user != null
						&& (user.isCurator() || stored.assessmentAuthor() == user.id()));
		if (!allowed) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		byte[] content = jdbc.sql("select content from evidence where id = ?").param(id).query(byte[].class).single();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(stored.contentType()))
			.contentLength(content.length)
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(stored.fileName()))
			.header("X-Content-Type-Options", "nosniff")
			// A file opened in the browser runs no script and reaches nothing of the application.
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.cacheControl(stored.visible() ? CacheControl.noCache() : CacheControl.noStore().cachePrivate())
			.body(content);
	}

	@PostMapping("/evidence/{id}/archive")
	String archive(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		String page = actions.archiveEvidence(user, id);
		redirect.addFlashAttribute("evidenceArchived", true);
		return "redirect:" + page + "#evidence";
	}

	/** An attachment with an ASCII fallback name and the real name in RFC 5987 form (filename*). */
	static String contentDisposition(String fileName) {
		String fallback = fileName.replaceAll("[^A-Za-z0-9._ ()-]", "_");
		StringBuilder encoded = new StringBuilder();
		for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(String.format("%02X", c));
			}
		}
		return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
	}

}
