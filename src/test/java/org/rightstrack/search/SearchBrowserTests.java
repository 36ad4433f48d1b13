package org.rightstrack.search;

import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rightstrack.Browser;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone searches in a real browser: words, then two facets (each click updates the results and
 * the URL through htmx), then opens a recommendation. Pages are checked with axe-core and
 * photographed (target/screenshots/search-*.png; the ones in docs/user-guide.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rightstrack.demo-data=true", "rightstrack.test.database=search-browser" })
class SearchBrowserTests {

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	static void waitForText(WebDriver driver, By locator, String text) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
	}

	static void waitForUrl(WebDriver driver, String part) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(part));
	}

	static void click(WebDriver driver, WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
	}

	static void assertAccessible(WebDriver driver, String page) {
		Results results = new AxeBuilder().analyze(driver);
		List<String> serious = results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(SearchBrowserTests::describe)
			.toList();
		assertThat(serious).as(page).isEmpty();
	}

	static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getDescription() + " "
				+ rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList();
	}

	@Test
	void searchNarrowByTwoFacetsAndOpenARecommendation() {
		WebDriver driver = Browser.start();
		try {
			String base = "http://localhost:" + port;
			driver.get(base + "/recommendations");
			waitForText(driver, By.id("result-count"), "recommendations");
			assertAccessible(driver, "search page");

			WebElement q = driver.findElement(By.id("q"));
			q.sendKeys("torture");
			click(driver, driver.findElement(By.cssSelector("#search-form button[type=submit].btn-primary")));
			waitForUrl(driver, "q=torture");
			waitForText(driver, By.cssSelector(".results"), "orture");
			String all = driver.findElement(By.id("result-count")).getText();
			assertThat(driver.findElements(By.cssSelector(".results mark"))).isNotEmpty();

			click(driver, driver.findElement(By.cssSelector("input[name=country][value=IDN]")));
			waitForUrl(driver, "country=IDN");
			new WebDriverWait(driver, Duration.ofSeconds(20))
				.until(d -> !d.findElement(By.id("result-count")).getText().equals(all));
			String indonesia = driver.findElement(By.id("result-count")).getText();

			click(driver, driver.findElement(By.cssSelector("input[name=mechanism][value=CAT]")));
			waitForUrl(driver, "mechanism=CAT");
			new WebDriverWait(driver, Duration.ofSeconds(20))
				.until(d -> !d.findElement(By.id("result-count")).getText().equals(indonesia));
			assertThat(driver.getCurrentUrl()).contains("q=torture").contains("country=IDN").contains("mechanism=CAT");
			assertThat(driver.findElement(By.cssSelector("input[name=country][value=IDN]")).isSelected()).isTrue();
			assertThat(driver.findElements(By.cssSelector(".results .result"))).isNotEmpty()
				.allSatisfy(r -> assertThat(r.getText()).contains("Indonesia").contains("Committee against Torture"));
			((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
			Browser.screenshot(driver, "search-results", 1280);
			assertAccessible(driver, "search results");
			// a phone opens the page with the filters folded
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 1000));
			driver.get(driver.getCurrentUrl());
			waitForText(driver, By.id("result-count"), "recommendation");
			assertThat(driver.findElement(By.id("filters")).getAttribute("open")).isNull();
			Browser.screenshot(driver, "search-results-390", 390);
			assertAccessible(driver, "search results on a phone");
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));

			// the URL is the search: reloading it gives the same page without JavaScript's help
			driver.get(driver.getCurrentUrl());
			waitForText(driver, By.id("result-count"), driver.findElement(By.id("result-count")).getText());

			click(driver, driver.findElement(By.cssSelector(".results .result a[href^='/recommendations/']")));
			waitForText(driver, By.tagName("h1"), "Committee against Torture");
			assertThat(driver.findElement(By.cssSelector("blockquote")).getText()).containsIgnoringCase("tortur");
			assertThat(driver.getPageSource()).contains("id=\"assessments\"").contains("id=\"related\"");
			((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
			Browser.screenshot(driver, "search-recommendation", 1280);
			assertAccessible(driver, "recommendation page");
			Browser.screenshot(driver, "search-recommendation-390", 390);
		}
		finally {
			driver.quit();
		}
	}

	@Test
	void theOtherValuesOfAFacetComeOnRequestWithOrWithoutJavaScript() {
		List<String> countries = jdbc.sql("SELECT alpha3 FROM country WHERE un_status = 'MEMBER' ORDER BY alpha3 LIMIT 40")
			.query(String.class)
			.list();
		for (String country : countries) {
			long doc = SearchFixtures.document(jdbc, "UPR", country, "XTEST/BROWSERFACET/" + country, "Xtest review",
					"UPR_WORKING_GROUP_REPORT", 41, 4, "2023-11-01", true);
			SearchFixtures.recommendation(jdbc, "xtest-browserfacet-" + country, doc, "1", "zzbrowserfacet protect journalists");
		}
		WebDriver driver = Browser.start();
		try {
			String base = "http://localhost:" + port;
			driver.get(base + "/recommendations?q=zzbrowserfacet");
			waitForText(driver, By.id("result-count"), "40");
			WebElement facet = driver.findElement(By.id("facet-country"));
			assertThat(facet.findElements(By.cssSelector("input[name=country]"))).hasSize(24);
			click(driver, facet.findElement(By.cssSelector(".facet-more > summary")));
			WebElement link = facet.findElement(By.cssSelector("a.facet-all"));
			assertThat(link.getText()).isEqualTo("Show the other 16 values");
			((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
			Browser.screenshot(driver, "search-facet-link", 1280);
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 1000));
			((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
			Browser.screenshot(driver, "search-facet-link-390", 390);
			assertAccessible(driver, "a facet with its link to the other values, on a phone");
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
			click(driver, link);
			new WebDriverWait(driver, Duration.ofSeconds(20))
				.until(d -> d.findElement(By.id("facet-country")).findElements(By.cssSelector("input[name=country]")).size() == 40);
			assertThat(driver.getCurrentUrl()).as("the search did not change").endsWith("/recommendations?q=zzbrowserfacet");
			// a value that came on request filters like the others
			List<WebElement> boxes = driver.findElement(By.id("facet-country")).findElements(By.cssSelector("input[name=country]"));
			WebElement last = boxes.get(boxes.size() - 1);
			String value = last.getAttribute("value");
			click(driver, last);
			waitForUrl(driver, "country=" + value);
			waitForText(driver, By.id("result-count"), "1 recommendation");

			// without JavaScript the link opens a page with every value
			driver.get(base + "/recommendations/facets/country?q=zzbrowserfacet");
			waitForText(driver, By.tagName("h1"), "All values: Country");
			assertThat(driver.findElements(By.cssSelector("input[type=checkbox][name=country]"))).hasSize(40);
			assertAccessible(driver, "all values of a facet");
			Browser.screenshot(driver, "search-facet-values", 1280);
			Browser.screenshot(driver, "search-facet-values-390", 390);
			assertAccessible(driver, "all values of a facet on a phone");
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
			click(driver, driver.findElement(By.cssSelector("input[name=country][value=" + countries.get(0) + "]")));
			click(driver, driver.findElement(By.cssSelector("input[name=country][value=" + countries.get(1) + "]")));
			click(driver, driver.findElement(By.cssSelector(".facet-all-form button[type=submit]")));
			waitForUrl(driver, "country=" + countries.get(1));
			waitForText(driver, By.id("result-count"), "2 recommendations");
			assertThat(driver.getCurrentUrl()).contains("q=zzbrowserfacet");
		}
		finally {
			driver.quit();
			jdbc.sql("DELETE FROM recommendation WHERE external_id LIKE 'xtest-browserfacet-%'").update();
			jdbc.sql("DELETE FROM document WHERE symbol LIKE 'XTEST/BROWSERFACET/%'").update();
		}
	}

	@Test
	void aRecommendationWithAssessmentsShowsThemSideBySide() {
		WebDriver driver = Browser.start();
		try {
			String base = "http://localhost:" + port;
			driver.get(base + "/recommendations?actions=yes&sort=newest");
			waitForText(driver, By.id("result-count"), "recommendation");
			Browser.screenshot(driver, "search-with-actions", 1280);
			click(driver, driver.findElement(By.cssSelector(".results .result a[href^='/recommendations/']")));
			waitForText(driver, By.id("actions"), "ollow-up");
			Browser.screenshot(driver, "search-recommendation-actions", 1280);
			assertAccessible(driver, "recommendation with actions");
		}
		finally {
			driver.quit();
		}
	}

}
