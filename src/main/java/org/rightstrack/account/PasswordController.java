package org.rightstrack.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Change my password", for anyone signed in: the current password proves it is them. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private static final Logger log = LoggerFactory.getLogger(PasswordController.class);

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final AccountAdministration administration;

	PasswordController(JdbcClient jdbc, PasswordEncoder encoder, PasswordPolicy policy, AccountAdministration administration) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.policy = policy;
		this.administration = administration;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new PasswordForm());
		return "account/password";
	}

	@PostMapping
	String change(@ModelAttribute("form") PasswordForm form, BindingResult result, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		String hash = jdbc.sql("SELECT password_hash FROM account WHERE id = ?").param(user.id()).query(String.class).optional().orElse(null);
		if (hash == null || form.getCurrentPassword() == null || !encoder.matches(form.getCurrentPassword(), hash)) {
			result.rejectValue("currentPassword", "password.wrongCurrent");
		}
		validateNew(form, user.email(), policy, result);
		if (result.hasErrors()) {
			form.clear();
			return "account/password";
		}
		administration.setPassword(user.id(), form.getNewPassword());
		log.info("Account {} changed its password", user.id());
		redirect.addFlashAttribute("changed", true);
		return "redirect:/account/password";
	}

	/** The rules for a new password, shared with the invitation page. */
	static void validateNew(PasswordForm form, String email, PasswordPolicy policy, BindingResult result) {
		policy.check(form.getNewPassword(), email).ifPresent(key -> result.rejectValue("newPassword", key,
				new Object[] { PasswordPolicy.MIN_LENGTH }, null));
		if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmation())) {
			result.rejectValue("confirmation", "password.mismatch");
		}
	}

}
