package org.rightstrack.followup;

import org.rightstrack.account.CurrentUser;
import org.rightstrack.account.Role;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may write what in the follow-up workflow. Every controller asks here before it changes
 * anything, on top of the roles the filter chain requires: the country scope of an account is
 * only known per record.
 */
final class FollowUpAccess {

	private FollowUpAccess() {
	}

	/** Focal points for the countries in their scope, and curators, create and edit actions. */
	static boolean mayEditActions(CurrentUser user, String country) {
		return user != null && (user.isCurator() || (user.role() == Role.FOCAL_POINT && user.inScope(country)));
	}

	/** Everyone with a role assesses recommendations of the countries in scope; curators record OHCHR's view anywhere. */
	static boolean mayAssess(CurrentUser user, String country) {
		return user != null && (user.isCurator() || (user.role().countryScoped() && user.inScope(country)));
	}

	/** Only the author edits an assessment, and only while the country is still in their scope. */
	static boolean mayEditAssessment(CurrentUser user, Assessment assessment) {
		return user != null && assessment.getCreatedBy() != null && assessment.getCreatedBy() == user.id()
				&& mayAssess(user, assessment.getRecommendation().getCountry().getAlpha3());
	}

	static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("Not allowed for this account or country");
		}
	}

	/** The kind of assessor an account writes as. */
	static AssessorType assessorType(Role role) {
		return switch (role) {
			case FOCAL_POINT -> AssessorType.GOVERNMENT;
			case NHRI -> AssessorType.NHRI;
			case CSO -> AssessorType.CSO;
			case CURATOR, ADMIN -> AssessorType.OHCHR;
		};
	}

}
