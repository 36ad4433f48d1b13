package org.rightstrack.followup;

import java.time.LocalDate;
import java.util.List;

import org.rightstrack.account.CurrentUser;
import org.rightstrack.account.Role;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My country's work": what a focal point has to do for each country in scope. */
@Controller
class MyCountryController {

	/** How many days ahead an end date counts as "due soon". */
	static final int DUE_SOON_DAYS = 30;

	/** How many recommendations without action the page lists per country (it shows the total too). */
	static final int WITHOUT_ACTION_SHOWN = 50;

	record CountryWork(FollowUpQueries.Country country, long withoutActionCount, List<FollowUpQueries.RecommendationItem> withoutAction,
			List<FollowUpQueries.ActionItem> overdue, List<FollowUpQueries.ActionItem> dueSoon, List<FollowUpQueries.ActionItem> drafts,
			List<FollowUpQueries.ActionItem> actions) {
	}

	private final FollowUpQueries queries;

	MyCountryController(FollowUpQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/my-country")
	String work(@AuthenticationPrincipal CurrentUser user, Model model) {
		FollowUpAccess.require(user != null && user.role() == Role.FOCAL_POINT);
		LocalDate today = LocalDate.now();
		List<CountryWork> work = queries.countries(user.countries()).stream().map(country -> {
			List<FollowUpQueries.ActionItem> actions = queries.actions(country.alpha3());
			return new CountryWork(country, queries.countWithoutAction(country.alpha3()),
					queries.withoutAction(country.alpha3(), WITHOUT_ACTION_SHOWN),
					queries.openActionsEndingBefore(country.alpha3(), LocalDate.of(1, 1, 1), today),
					queries.openActionsEndingBefore(country.alpha3(), today, today.plusDays(DUE_SOON_DAYS + 1)),
					actions.stream().filter(a -> !a.published()).toList(), actions);
		}).toList();
		model.addAttribute("work", work);
		model.addAttribute("today", today);
		model.addAttribute("dueSoonDays", DUE_SOON_DAYS);
		return "followup/my-country";
	}

}
