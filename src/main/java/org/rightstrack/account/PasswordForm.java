package org.rightstrack.account;

/** A new password typed twice, and (when changing one's own) the current one. */
public class PasswordForm {

	private String currentPassword;

	private String newPassword;

	private String confirmation;

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmation() {
		return confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

	/** Passwords are never sent back to the page. */
	void clear() {
		currentPassword = null;
		newPassword = null;
		confirmation = null;
	}

}
