package org.rightstrack.history;

import org.hibernate.envers.RevisionListener;
import org.rightstrack.account.CurrentUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the account signed in on the thread that made the change. */
public class RevisionUserListener implements RevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			((Revision) revisionEntity).setAccount(user.id(), user.email());
		}
	}

}
