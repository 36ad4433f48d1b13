package org.rightstrack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}) for the
 * real-browser tests. Tests that use it are skipped, with a message, where Chromium is missing.
 */
public final class Browser {

	private static final Path CHROMIUM = Path.of(System.getProperty("rightstrack.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(System.getProperty("rightstrack.chromedriver", "/usr/bin/chromedriver"));

	private Browser() {
	}

	/** A new headless browser with a desktop-sized window; skips the test if Chromium is missing. */
	public static WebDriver start() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Skipped: headless Chromium not installed (apt-get install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1000", "--lang=en");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return driver;
	}

	/** Signs in through the login page at BASE (such as {@code http://localhost:8080}). */
	public static void signIn(WebDriver driver, String base, String email, String password) {
		driver.get(base + "/login");
		driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(email);
		driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
		driver.findElement(org.openqa.selenium.By.cssSelector("form[action='/login'] button[type=submit]")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20))
			.until(d -> !d.getCurrentUrl().contains("/login"));
	}

	/** Saves a screenshot to target/screenshots/NAME.png, at the given window width. */
	public static Path screenshot(WebDriver driver, String name, int width) {
		driver.manage().window().setSize(new Dimension(width, 1000));
		byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		try {
			Path directory = Files.createDirectories(Path.of("target/screenshots"));
			return Files.write(directory.resolve(name + ".png"), png);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
