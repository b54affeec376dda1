/*
 * Copyright 2026 The camel-hfcamera Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelhfcamera.hfcamera.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelhfcamera.hfcamera.HfCameraComponent;
import io.github.camelhfcamera.hfcamera.examples.demo.Demo;
import io.github.camelhfcamera.hfcamera.session.DeviceState;
import io.github.camelhfcamera.hfcamera.simulator.Await;
import io.github.camelhfcamera.hfcamera.simulator.CameraSimulator;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedCamera;
import io.github.camelhfcamera.hfcamera.simulator.SimulatedFleet;
import io.github.camelhfcamera.hfcamera.simulator.broker.EmbeddedBroker;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console of the demo in a real browser (headless Chromium): the login, every camera online, events arriving
 * with their pictures, alarms marked, the person sync's progress, a snapshot through the button, the reboot's
 * confirmation. Screenshots land in {@code target/screenshots/}.
 */
class ConsoleBrowserTest {

    private static final Pattern CONSOLE = Pattern.compile(
            "Console: (http://127\\.0\\.0\\.1:\\d+/console/) \\(user (\\S+), password (\\S+)\\)");

    @TempDir
    Path tmp;

    @Test
    void theDemosConsoleShowsTheFleetLiveAndTakesASnapshot() throws Exception {
        Chromium.assumeAvailable();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CountDownLatch stop = new CountDownLatch(1);
        ExecutorService demoThread = Executors.newSingleThreadExecutor();
        Future<Integer> demo = demoThread.submit(() -> Demo.run(new String[] { "--duration", "5m", "--cameras", "3",
                "--event-rate", "90", "--summary-interval", "5s", "--output", tmp.resolve("out").toString() },
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err, stop));
        WebDriver driver = null;
        try {
            Await.until(() -> CONSOLE.matcher(out.toString(StandardCharsets.UTF_8)).find() || demo.isDone(),
                    Duration.ofSeconds(60), "the demo printing the console's URL");
            Matcher m = CONSOLE.matcher(out.toString(StandardCharsets.UTF_8));
            assertThat(m.find()).as(out.toString(StandardCharsets.UTF_8)).isTrue();
            String url = m.group(1);
            String user = m.group(2);
            String password = m.group(3);

            driver = Chromium.start(tmp.resolve("chromium-profile"));
            WebDriverWait wait = waitFor(driver);
            driver.get(url);

            // a wrong password is refused, the printed one lets in
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-password")));
            assertThat(driver.findElement(By.id("fleet")).isDisplayed()).isFalse();
            driver.findElement(By.id("login-user")).clear();
            driver.findElement(By.id("login-user")).sendKeys(user);
            driver.findElement(By.id("login-password")).sendKeys("not-the-password");
            driver.findElement(By.id("login-submit")).click();
            wait.until(ExpectedConditions.textToBe(By.id("login-error"), "Wrong user or password."));
            Chromium.screenshot(driver, "console-login");
            driver.findElement(By.id("login-password")).clear();
            driver.findElement(By.id("login-password")).sendKeys(password);
            driver.findElement(By.id("login-submit")).click();

            // every camera online
            wait.until(d -> d.findElements(By.cssSelector("#grid .camera[data-state=ONLINE]")).size() == 3);
            assertThat(shownCameras(driver)).containsExactly("cam-1", "cam-2", "cam-3");
            wait.until(ExpectedConditions.textMatches(By.id("online-count"), Pattern.compile("3/3 online")));

            // events arrive with their pictures, alarms marked
            JavascriptExecutor js = (JavascriptExecutor) driver;
            wait.until(d -> ((Number) js.executeScript("return Array.from(document.querySelectorAll("
                    + "'#events .event:not(.status) img.face')).filter(i => i.complete && i.naturalWidth > 0)"
                    + ".length")).intValue() >= 3);
            wait.until(d -> !d.findElements(By.cssSelector("#events .event.alarm .badge")).isEmpty());
            WebElement alarm = driver.findElement(By.cssSelector("#events .event.alarm"));
            assertThat(alarm.getText()).contains("ALARM");
            wait.until(d -> ((Number) js.executeScript("return Array.from(document.querySelectorAll("
                    + "'#events .event img.scene')).filter(i => i.complete && i.naturalWidth > 0).length"))
                    .intValue() >= 1);

            // the person sync went through: 12 persons on each camera, the bar full
            wait.until(ExpectedConditions.textMatches(By.id("sync-text"),
                    Pattern.compile("person sync: 3/3 cameras done")));
            wait.until(d -> d.findElements(By.cssSelector("#grid .camera .persons")).stream()
                    .allMatch(e -> e.getText().equals("persons 12")));
            // the clock offset measured (GetSysTime) for every camera on the page
            wait.until(d -> d.findElements(By.cssSelector("#grid .camera .clock")).stream()
                    .allMatch(e -> e.getText().matches("clock [+-]\\d+(\\.\\d)? s")));
            // no broken picture among those loaded
            Object broken = js.executeScript("return Array.from(document.querySelectorAll('#events img'))"
                    + ".filter(i => i.getAttribute('src') && i.complete && i.naturalWidth === 0).map(i => i.src)");
            assertThat((List<?>) broken).as("pictures that did not load").isEmpty();
            Chromium.screenshot(driver, "console");

            // a snapshot through the button
            driver.findElement(By.cssSelector("#grid .camera[data-device=cam-2] button.snapshot")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("snapshot-img")));
            Number width = (Number) js.executeScript("return document.getElementById('snapshot-img').naturalWidth");
            assertThat(width.intValue()).isPositive();
            assertThat(driver.findElement(By.id("snapshot-status")).getText()).startsWith("cam-2, ");
            Chromium.screenshot(driver, "console-snapshot");
            driver.findElement(By.id("snapshot-close")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("snapshot-modal")));

            // a reboot asks first: cancelled, nothing happens; confirmed, the camera reboots
            driver.findElement(By.cssSelector("#grid .camera[data-device=cam-3] button.reboot")).click();
            Alert confirm = wait.until(ExpectedConditions.alertIsPresent());
            assertThat(confirm.getText()).contains("Reboot cam-3?");
            confirm.dismiss();
            assertThat(driver.findElement(By.id("toast")).isDisplayed()).isFalse();
            driver.findElement(By.cssSelector("#grid .camera[data-device=cam-3] button.reboot")).click();
            wait.until(ExpectedConditions.alertIsPresent()).accept();
            wait.until(ExpectedConditions.textToBe(By.id("toast"), "cam-3 is rebooting"));

            // the filter
            driver.findElement(By.id("filter")).sendKeys("cam-2");
            assertThat(shownCameras(driver)).containsExactly("cam-2");
        } finally {
            try {
                if (driver != null) {
                    driver.quit();
                }
            } finally {
                stop.countDown();
                assertThat(demo.get(60, TimeUnit.SECONDS)).as(out.toString(StandardCharsets.UTF_8)).isZero();
                demoThread.shutdownNow();
            }
        }
    }

    private static WebDriverWait waitFor(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(45));
        // the feed drops old events from the page while the test looks
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    @SuppressWarnings("unchecked")
    private static List<String> shownCameras(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#grid .camera')).map(e => e.dataset.device)");
    }

    @Test
    void withAFleetOf500CamerasTheGridPagesAndFilters() throws Exception {
        Chromium.assumeAvailable();
        int port = ExamplesFixture.freePort();
        try (EmbeddedBroker broker = EmbeddedBroker.create()) {
            Main main = ExamplesApp.create(java.util.Map.of(
                    "camel.component.hfcamera.brokerUrl", broker.brokerUrl(),
                    "camel.component.hfcamera.heartbeatInterval", "5000",
                    "camel.server.port", Integer.toString(port),
                    "hr.delay", "3600000", "hr.period", "3600000",
                    "events.dir", tmp.resolve("events").toString(),
                    "examples.auth.password", ExamplesFixture.PASSWORD));
            main.start();
            WebDriver driver = null;
            try (SimulatedFleet fleet = CameraSimulator.builder().brokerUrl(broker.brokerUrl())
                    .devices(500, "cam-").multiplexed().heartbeatInterval(Duration.ofSeconds(5)).start()) {
                fleet.awaitOnlineAcked(Duration.ofSeconds(60));
                HfCameraComponent hf = main.getCamelContext().getComponent("hfcamera", HfCameraComponent.class);
                Await.until(() -> hf.getDevices().stream().filter(d -> d.state() == DeviceState.ONLINE).count()
                        == 500, Duration.ofSeconds(60), "500 cameras online in the registry");

                driver = Chromium.start(tmp.resolve("chromium-fleet"));
                WebDriverWait wait = waitFor(driver);
                driver.get("http://127.0.0.1:" + port + "/console/");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-password")))
                        .sendKeys(ExamplesFixture.PASSWORD);
                driver.findElement(By.id("login-submit")).click();

                wait.until(ExpectedConditions.textToBe(By.id("online-count"), "500/500 online"));
                wait.until(ExpectedConditions.textToBe(By.id("page-info"), "1–60 of 500"));
                assertThat(driver.findElements(By.cssSelector("#grid .camera[data-state=ONLINE]"))).hasSize(60);
                Chromium.screenshot(driver, "console-fleet-500");

                driver.findElement(By.id("next")).click();
                wait.until(ExpectedConditions.textToBe(By.id("page-info"), "61–120 of 500"));
                assertThat(driver.findElements(By.cssSelector("#grid .camera"))).hasSize(60);

                driver.findElement(By.id("filter")).sendKeys("cam-499");
                wait.until(ExpectedConditions.textToBe(By.id("page-info"), "1–1 of 1"));
                assertThat(shownCameras(driver)).containsExactly("cam-499");

                driver.findElement(By.id("filter")).clear();
                new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("state-filter")))
                        .selectByValue("LOST");
                wait.until(ExpectedConditions.textToBe(By.id("page-info"), "0 of 500"));
                assertThat(driver.findElement(By.cssSelector("#grid .empty")).getText()).isEqualTo("No camera matches.");

                // the clock is asked of the cameras shown, not of the whole fleet
                long asked = fleet.cameras().stream().filter(c -> c.receivedCommands().stream()
                        .anyMatch(r -> r.operator().equals("GetSysTime"))).count();
                assertThat(asked).isBetween(1L, 121L);
            } finally {
                try {
                    if (driver != null) {
                        driver.quit();
                    }
                } finally {
                    main.stop();
                }
            }
        }
    }
}
