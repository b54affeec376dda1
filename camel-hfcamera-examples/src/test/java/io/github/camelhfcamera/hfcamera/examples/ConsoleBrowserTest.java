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

import io.github.camelhfcamera.hfcamera.examples.demo.Demo;
import io.github.camelhfcamera.hfcamera.simulator.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(45));
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
            assertThat(driver.findElements(By.cssSelector("#grid .camera")))
                    .extracting(e -> e.getAttribute("data-device")).containsExactly("cam-1", "cam-2", "cam-3");
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
            List<WebElement> filtered = driver.findElements(By.cssSelector("#grid .camera"));
            assertThat(filtered).extracting(e -> e.getAttribute("data-device")).containsExactly("cam-2");
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
}
