package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.MarsadStore;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in Debian's headless Chromium, driven by Selenium through the system chromedriver
 * (no driver or browser download): loads the page, filters, checks table rows and map markers,
 * opens an event page, and checks that markup inside an article never runs. Screenshots go to
 * {@code app/target/screenshots/}.
 */
class DashboardBrowserTest {
    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");
    @TempDir static Path tmp;
    static MarsadStore store;
    static MarsadServer server;
    static ChromeDriver driver;
    static String base;
    static final Path SHOTS = Path.of("target", "screenshots");
    /** Selenium warns that it has no CDP binding for this Chromium; WebDriver itself needs none. Held so it is not collected. */
    static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(),
                "skipped: Debian chromium and chromium-driver are not installed (apt-get install -y chromium chromium-driver)");
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        store = MarsadStore.open(tmp.resolve("data"));
        ServerFixtures.fill(store);
        server = new MarsadServer(store, Pipeline::new, null).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port() + "/";
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=ar",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (store != null) store.close();
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Navigates and waits until the dashboard has drawn table, map and timeline for this hash. */
    static void loadDashboard(String hash) {
        String before = String.valueOf(driver.findElements(By.tagName("body")).isEmpty() ? null
                : driver.findElement(By.tagName("body")).getAttribute("data-loaded"));
        driver.get(base + hash);
        waiting().until(d -> {
            String now = d.findElement(By.tagName("body")).getAttribute("data-loaded");
            return now != null && !now.equals(before);
        });
    }

    static void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @Test
    void dashboardFiltersEventPageAndEscapedArticles() throws Exception {
        loadDashboard("#/");
        WebElement html = driver.findElement(By.tagName("html"));
        assertEquals("rtl", html.getAttribute("dir"));
        assertEquals("ar", html.getAttribute("lang"));
        assertEquals(ServerFixtures.EVENTS, driver.findElements(By.cssSelector("#events-table tbody tr.event-row")).size());
        assertEquals(String.valueOf(ServerFixtures.LOCATED), driver.findElement(By.id("map")).getAttribute("data-markers"));
        assertFalse(driver.findElements(By.cssSelector("#map .leaflet-marker-icon")).isEmpty(), "markers or clusters drawn");
        assertFalse(driver.findElements(By.cssSelector("#map path.leaflet-interactive")).isEmpty(), "country outlines drawn offline");
        assertFalse(driver.findElements(By.cssSelector("#timeline rect.bar")).isEmpty(), "timeline bars drawn");
        shot("dashboard");

        // Apply a filter through the form.
        new Select(driver.findElement(By.cssSelector("#filters select[name=type]"))).selectByValue("ASSAULT");
        String before = driver.findElement(By.tagName("body")).getAttribute("data-loaded");
        driver.findElement(By.id("apply")).click();
        waiting().until(d -> !before.equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
        List<WebElement> rows = driver.findElements(By.cssSelector("#events-table tbody tr.event-row"));
        assertEquals(ServerFixtures.ASSAULTS, rows.size());
        assertEquals(String.valueOf(ServerFixtures.ASSAULTS), driver.findElement(By.id("map")).getAttribute("data-markers"));
        assertTrue(driver.getCurrentUrl().contains("type=ASSAULT"), "filters live in the URL");
        for (WebElement r : rows) assertTrue(r.getText().contains("ASSAULT"), r.getText());
        shot("dashboard-filtered");

        // Open the event page of the drone strike (newest first: the first row) and find the evidence.
        rows.get(0).click();
        // (the page renders the report list before its evidence marks: wait for the drone strike's own evidence)
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#view-event li.report mark.evidence")).stream()
                        .anyMatch(m -> m.getText().contains("قصفت طائرة مسيرة أذربيجانية")));
        WebElement mark = driver.findElement(By.cssSelector("#view-event li.report mark.evidence"));
        assertTrue(mark.getText().contains("قصفت طائرة مسيرة أذربيجانية"), mark.getText());
        assertTrue(mark.getText().contains(ServerFixtures.XSS_SCRIPT), "markup is shown as text");
        assertEquals(1, driver.findElements(By.cssSelector("#view-event li.report")).size());
        shot("event");
        assertNoInjection();

        // The article page, with the same text and its entity/event spans.
        driver.findElement(By.cssSelector("#view-event li.report a[href^='#/article/']")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#view-article .article-text")).isEmpty());
        assertTrue(driver.findElement(By.cssSelector("#view-article h1")).getText().contains("<img src=x"));
        shot("article");
        assertNoInjection();
    }

    @Test
    void searchBoxShowsHighlightedHitsAndUnsafeLinksAreDropped() throws Exception {
        loadDashboard("#/");
        WebElement q = driver.findElement(By.id("search-q"));
        q.sendKeys("غوريس");
        driver.findElement(By.cssSelector("#search-form button")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#view-search li.hit")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector("#view-search li.hit")).size() >= 2);
        assertFalse(driver.findElements(By.cssSelector("#view-search .fragment mark")).isEmpty(), "matches highlighted");
        shot("search");

        // The protest article's URL is javascript:…; its report must not become a link.
        loadDashboard("#/?type=PROTEST");
        driver.findElement(By.cssSelector("#events-table tbody tr.event-row")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#view-event li.report")).isEmpty());
        for (WebElement a : driver.findElements(By.cssSelector("#view-event a"))) {
            String href = String.valueOf(a.getAttribute("href"));
            assertFalse(href.startsWith("javascript:"), href);
        }
        assertNoInjection();
    }

    /** No script from the data ran, and no element from the data exists in the article views. */
    static void assertNoInjection() {
        assertEquals(Boolean.TRUE, js("return typeof window.__pwned === 'undefined'"), "article markup executed");
        assertEquals(0L, js("return document.querySelectorAll('main script, main img, main b').length"),
                "article markup became elements");
    }
}
