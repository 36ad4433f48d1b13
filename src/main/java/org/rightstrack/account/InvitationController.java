package org.rightstrack.account;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The one-time link an administrator gives a person: they choose their password, then sign in. */
@Controller
@RequestMapping("/invitation/{token}")
class InvitationController {

	private final AccountAdministration administration;

	private final PasswordPolicy policy;

	InvitationController(AccountAdministration administration, PasswordPolicy policy) {
		this.administration = administration;
		this.policy = policy;
	}

	@GetMapping
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		return administration.invitationEmail(token).map(email -> {
			model.addAttribute("email", email);
			model.addAttribute("token", token);
			model.addAttribute("form", new PasswordForm());
			return "account/invitation";
		}).orElseGet(() -> invalid(response));
	}

	@PostMapping
	String accept(@PathVariable String token, @ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String email = administration.invitationEmail(token).orElse(null);
		if (email == null) {
			return invalid(response);
		}
		PasswordController.validateNew(form, email, policy, result);
		if (result.hasErrors()) {
			form.clear();
			model.addAttribute("email", email);
			model.addAttribute("token", token);
			return "account/invitation";
		}
		if (!administration.acceptInvitation(token, form.getNewPassword())) {
			return invalid(response);
		}
		return "redirect:/login?passwordSet";
	}

	/** Unknown, used or expired: one page for all three, so links cannot be probed. */
	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "account/invitation-invalid";
	}

}
