package cn.energydata.systemtest.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One headless Debian Chromium driven through ChromeDriver, with the few steps every console test needs:
 * logging in through the Keycloak login page, finding elements by their {@code data-testid}, and screenshots.
 * Each instance has its own empty profile, so no session leaks from one user to the next.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;

    private Browser(ChromeDriver driver, Path profile, Path screenshots) {
        this.driver = driver;
        this.profile = profile;
        this.screenshots = screenshots;
    }

    /** Starts Chromium with the given interface language (e.g. "en", "zh-CN"); downloads go to {@code downloads}. */
    public static Browser open(String language, Path screenshots, Path downloads) {
        installChromiumIfMissing();
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // The machine's network is closed: without these flags Chromium keeps trying to reach Google's hosts.
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1366,900",
                    "--lang=" + language, "--user-data-dir=" + profile);
            Files.createDirectories(downloads);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language,
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(WAIT);
            Files.createDirectories(screenshots);
            return new Browser(driver, profile, screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs system-tests/tools/install-chromium.sh when Debian's chromium, chromium-driver or the font is missing. */
    static synchronized void installChromiumIfMissing() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) && Files.isRegularFile(CJK_FONT)) {
            return;
        }
        Path script = Path.of(System.getProperty("stack.root", "..")).resolve("system-tests/tools/install-chromium.sh");
        try {
            Process process = new ProcessBuilder("bash", script.toString()).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("Installing Chromium failed (" + script + "); see the output above");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String url) {
        driver.get(url);
    }

    /**
     * Opens a console page; when the console sends the browser to Keycloak, signs in there with the demo
     * user's password (= user name) and waits until the browser is back on the console.
     */
    public void loginAs(String consoleUrl, String username) {
        driver.get(consoleUrl);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(username);
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().startsWith(consoleUrl));
    }

    /** The element with this {@code data-testid}, once it is visible. */
    public WebElement byTestId(String testId) {
        return waitFor(By.cssSelector("[data-testid='" + testId + "']"));
    }

    public List<WebElement> allByTestId(String testId) {
        return driver.findElements(By.cssSelector("[data-testid='" + testId + "']"));
    }

    public boolean hasTestId(String testId) {
        return !allByTestId(testId).isEmpty();
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Clicks a link and waits until the page it was on has been replaced. */
    public void clickToNewPage(WebElement link) {
        link.click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(link));
    }

    /**
     * Waits until the condition holds. Elements the condition reads may be replaced while it runs (a page that is
     * still reloading after a form post, an htmx swap): such a try counts as "not yet", not as a failure.
     */
    public void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /** Scrolls the page so that the element is at the top of the window (for a screenshot of it). */
    public void scrollTo(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }

    public Object executeScript(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    public Object executeAsyncScript(String script, Object... arguments) {
        return driver.executeAsyncScript(script, arguments);
    }

    /** Sets the window's width (e.g. 390 for a phone), keeping its height. */
    public void width(int pixels) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(pixels,
                driver.manage().window().getSize().getHeight()));
    }

    /** How wide the page's content is, in CSS pixels: wider than the window means sideways scrolling. */
    public long pageWidth() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth;")).longValue();
    }

    /** The visible text of the page. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves a PNG of the current page as {@code <name>.png} in the screenshot directory. */
    public Path screenshot(String name) {
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = screenshots.resolve(name + ".png");
        try {
            Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary profile is harmless.
        }
    }
}
