package org.rightstrack.history;

import java.util.List;

import org.rightstrack.account.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /history/{kind}/{id}}: who changed what and when. Anyone may read the history of a
 * published item; the history of an unpublished, unapproved, archived or deleted one is for
 * curators (others are sent to sign in, or refused).
 */
@Controller
class HistoryController {

	private final History history;

	HistoryController(History history) {
		this.history = history;
	}

	@GetMapping("/history/{kind}/{id}")
	String show(@PathVariable String kind, @PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		History.Kind known = History.Kind.of(kind).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean curator = user != null && user.isCurator();
		switch (history.visibility(known, id)) {
			case UNKNOWN -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case RESTRICTED -> {
				if (!curator) {
					throw new AccessDeniedException("Only curators see the history of unpublished items");
				}
			}
			case PUBLIC -> {
			}
		}
		List<History.Entry> entries = history.entries(known, id).reversed();
		model.addAttribute("kind", known.name());
		model.addAttribute("id", id);
		model.addAttribute("entries", entries);
		model.addAttribute("curator", curator);
		return "history/history";
	}

}
