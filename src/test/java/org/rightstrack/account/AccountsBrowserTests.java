package org.rightstrack.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rightstrack.Browser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer;

/**
 * On a real server (same configuration as the other browser tests, demo data on): an administrator
 * invites a person, who chooses a password with the link, signs in and out; the session cookie's
 * attributes as a browser receives them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rightstrack.demo-data=true")
class AccountsBrowserTests {

	/** The demo administrator (README, "Demo"). */
	static final String DEMO_ADMIN = "admin@demo.example";

	static final String DEMO_ADMIN_PASSWORD = "Admin-Demo-Kestrel-28";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CookieSerializer cookies;

	static void waitFor(WebDriver driver, String text) {
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
	}

	static void click(WebDriver driver, WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(); arguments[0].click();", element);
	}

	static void signOut(WebDriver driver) {
		driver.manage().window().setSize(new Dimension(1280, 1000));
		click(driver, driver.findElement(By.cssSelector("form[action='/logout'] button[type=submit]")));
		waitFor(driver, "You are signed out.");
	}

	@Test
	void administratorInvitesAPersonWhoSetsAPasswordAndSignsIn() {
		WebDriver driver = Browser.start();
		try {
			String base = "http://localhost:" + port;
			String email = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
			String password = "monsoon clouds over jakarta 9";
			Browser.signIn(driver, base, DEMO_ADMIN, DEMO_ADMIN_PASSWORD);
			driver.get(base + "/admin/accounts");
			waitFor(driver, "Demo focal point (Indonesia)");
			Browser.screenshot(driver, "accounts-admin-list", 1280);
			Browser.screenshot(driver, "accounts-admin-list-390", 390);
			driver.manage().window().setSize(new Dimension(1280, 1000));

			driver.get(base + "/admin/accounts/new");
			driver.findElement(By.id("email")).sendKeys(email);
			driver.findElement(By.id("name")).sendKeys("Siti Rahayu");
			driver.findElement(By.id("organisation")).sendKeys("Komnas HAM");
			new Select(driver.findElement(By.id("role"))).selectByValue("NHRI");
			new Select(driver.findElement(By.id("countries"))).selectByValue("IDN");
			Browser.screenshot(driver, "accounts-admin-new", 1280);
			driver.manage().window().setSize(new Dimension(1280, 1000));
			click(driver, driver.findElement(By.cssSelector("main form button[type=submit].btn-primary")));
			waitFor(driver, "The account is created.");
			String link = driver.findElement(By.id("invitation-link")).getText();
			assertThat(link).startsWith(base + "/invitation/");
			Browser.screenshot(driver, "accounts-admin-invited", 1280);
			Browser.screenshot(driver, "accounts-admin-invited-390", 390);
			signOut(driver);

			driver.get(link);
			waitFor(driver, email);
			driver.findElement(By.id("newPassword")).sendKeys(password);
			driver.findElement(By.id("confirmation")).sendKeys(password);
			Browser.screenshot(driver, "accounts-invitation", 1280);
			Browser.screenshot(driver, "accounts-invitation-390", 390);
			driver.manage().window().setSize(new Dimension(1280, 1000));
			click(driver, driver.findElement(By.cssSelector("main form button[type=submit]")));
			waitFor(driver, "Your password is set.");

			Browser.signIn(driver, base, email, password);
			waitFor(driver, "Sign out");
			assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(email).query(Long.class).single())
				.isOne();
			driver.get(base + "/account/password");
			Browser.screenshot(driver, "accounts-change-password", 1280);
			Browser.screenshot(driver, "accounts-change-password-390", 390);
			signOut(driver);
			assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(email).query(Long.class).single())
				.isZero();
			// The link was used up.
			driver.get(link);
			waitFor(driver, "This link does not work");
		}
		finally {
			driver.quit();
		}
	}

	@Test
	void sessionCookieIsHttpOnlySameSiteAndSecureOnlyOverHttps() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
		String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
		// Behind HTTPS (directly, or a proxy with RIGHTSTRACK_FORWARD_HEADERS=native) the request is secure: so is the cookie.
		MockHttpServletRequest secure = new MockHttpServletRequest();
		secure.setSecure(true);
		MockHttpServletResponse written = new MockHttpServletResponse();
		cookies.writeCookieValue(new CookieSerializer.CookieValue(secure, written, "abc"));
		assertThat(written.getHeader("Set-Cookie")).contains("Secure").contains("HttpOnly");
	}

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void historyPageShowsWhoChangedARecommendation() {
		long id = jdbc.sql("SELECT min(id) FROM recommendation WHERE published AND NOT archived").query(Long.class).single();
		CurrentUser curator = new Accounts(jdbc).findByEmail("curator@demo.example").orElseThrow();
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(curator,
					null, curator.getAuthorities()));
		try {
			transactions.executeWithoutResult(status -> entityManager
				.find(org.rightstrack.recommendation.Recommendation.class, id).setParagraph("12"));
			transactions.executeWithoutResult(status -> {
				org.rightstrack.recommendation.Recommendation recommendation = entityManager
					.find(org.rightstrack.recommendation.Recommendation.class, id);
				recommendation.setParagraph("12 (b)");
				recommendation.setText(recommendation.getText() + " (wording checked against the official version)");
			});
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
		WebDriver driver = Browser.start();
		try {
			driver.get("http://localhost:" + port + "/history/recommendation/" + id);
			waitFor(driver, "wording checked against the official version");
			waitFor(driver, "Demo curator");
			Browser.screenshot(driver, "accounts-history", 1280);
			Browser.screenshot(driver, "accounts-history-390", 390);
		}
		finally {
			driver.quit();
		}
	}

}
