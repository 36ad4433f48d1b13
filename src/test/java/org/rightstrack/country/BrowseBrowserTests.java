package org.rightstrack.country;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rightstrack.Browser;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browse pages in headless Chromium: no serious or critical axe-core violations, the treaty
 * filters with htmx, Swagger UI working under the strict Content-Security-Policy, and full-page
 * screenshots at desktop and phone widths (target/screenshots/browse-*.png).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rightstrack.demo-data=true")
class BrowseBrowserTests {

	static WebDriver driver;

	@LocalServerPort
	int port;

	@BeforeAll
	static void start() {
		driver = Browser.start();
	}

	@AfterAll
	static void stop() {
		if (driver != null) {
			driver.quit();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	static void waitFor(String text) {
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
	}

	/** A screenshot of the whole page (up to 6000 px tall) at the given width. */
	static void fullPage(String name, int width) throws IOException {
		driver.manage().window().setSize(new Dimension(width, 1000));
		long height = (Long) ((JavascriptExecutor) driver)
			.executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
		driver.manage().window().setSize(new Dimension(width, (int) Math.min(6000, height + 140)));
		byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		Files.write(Files.createDirectories(Path.of("target/screenshots")).resolve(name + ".png"), png);
		driver.manage().window().setSize(new Dimension(1280, 1000));
	}

	static List<String> seriousViolations() {
		Results results = new AxeBuilder().analyze(driver);
		List<String> serious = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
				rule.getNodes().forEach(node -> serious.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
						+ " at " + node.getHtml()));
			}
		}
		return serious;
	}

	@Test
	void browsePagesHaveNoSeriousAccessibilityViolations() throws IOException {
		for (String[] page : List.of(new String[] { "/", "home" }, new String[] { "/countries", "countries" },
				new String[] { "/countries/IDN", "country-IDN" }, new String[] { "/treaties", "treaties" },
				new String[] { "/treaties/OP-CAT?group=ASEAN", "treaty-OP-CAT-ASEAN" },
				new String[] { "/mechanisms", "mechanisms" }, new String[] { "/mechanisms/CEDAW", "mechanism-CEDAW" },
				new String[] { "/documents/1", "document" })) {
			driver.get(url(page[0]));
			assertThat(seriousViolations()).as("axe on " + page[0]).isEmpty();
			driver.manage().window().setSize(new Dimension(390, 900));
			assertThat(seriousViolations()).as("axe on " + page[0] + " at 390 px").isEmpty();
			fullPage("browse-" + page[1] + "-1280", 1280);
			fullPage("browse-" + page[1] + "-390", 390);
		}
	}

	@Test
	void treatyFiltersNarrowTheTableInPlaceAndKeepTheUrl() {
		driver.get(url("/treaties/OP-CAT"));
		int all = driver.findElements(By.cssSelector("#treaty-results tbody tr")).size();
		assertThat(all).isGreaterThan(190);
		new Select(driver.findElement(By.id("group"))).selectByValue("ASEAN");
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(d -> d.findElements(By.cssSelector("#treaty-results tbody tr")).size() == 10);
		assertThat(driver.getCurrentUrl()).contains("group=ASEAN");
		new Select(driver.findElement(By.id("status"))).selectByValue("PARTY");
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("status=PARTY"));
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(d -> d.findElements(By.cssSelector("#treaty-results tbody tr")).size() < 10);
		assertThat(driver.findElement(By.id("treaty-results")).getText()).contains("Philippines").doesNotContain("Viet Nam");
	}

	@Test
	void swaggerUiCallsTheApiWithoutContentSecurityPolicyViolations() {
		driver.get(url("/api/docs"));
		waitFor("Rightstrack API");
		((JavascriptExecutor) driver).executeScript("""
				window.cspViolations = [];
				document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));""");
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-Mechanisms-listMechanisms .opblock-summary-control")))
			.click();
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-Mechanisms-listMechanisms .try-out__btn")))
			.click();
		driver.findElement(By.cssSelector("#operations-Mechanisms-listMechanisms .execute")).click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.cssSelector("#operations-Mechanisms-listMechanisms"))
			.getText()
			.contains("Committee against Torture"));
		Browser.screenshot(driver, "browse-swagger-ui", 1280);
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) ((JavascriptExecutor) driver).executeScript("return window.cspViolations");
		assertThat(violations).isEmpty();
	}

}
