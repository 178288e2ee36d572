package org.inkstone.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pure label rules of {@code assets/newsroom-common.js} (status of a correction of a live article, Chinese
 * audit actions and diff field names, the newest return of a history), run under Node.js
 * ({@code newsroom-common-test.js}), and the partner page's delivery log ({@code newsroom-partner-test.js});
 * skipped where no {@code node} is on the PATH.
 */
class NewsroomScriptsTest {

    @Test
    void commonLabelsAndTheNewestReturn() throws IOException, InterruptedException {
        assumeTrue(onPath("node"), "node is not installed");
        Path script = Path.of("src/test/resources/org/inkstone/web/newsroom-common-test.js");
        Process p = new ProcessBuilder("node", script.toString(), "webapp/assets/newsroom-common.js")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor(30, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, p.exitValue(), out);
        assertEquals("ok", out.strip());
    }

    /**
     * {@code assets/newsroom-partner.js} against a stub DOM and API ({@code newsroom-partner-test.js}): rows name
     * their delivery 投递 #id and offer 重新投递 only where the log says {@code redeliverable}.
     */
    @Test
    void thePartnerLogOffersRedeliverOnlyOnRedeliverableDeliveries() throws IOException, InterruptedException {
        assumeTrue(onPath("node"), "node is not installed");
        Path script = Path.of("src/test/resources/org/inkstone/web/newsroom-partner-test.js");
        Process p = new ProcessBuilder("node", script.toString(), "webapp/assets/newsroom-partner.js")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor(30, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, p.exitValue(), out);
        assertEquals("ok", out.strip());
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
