package org.inkstone.syndication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * libxml2's {@code xmllint --noout --schema} agrees with the JDK validator on a full item, a correction and a kill
 * notice, and refuses a broken one. Skipped (an assumption, not a pass) where xmllint is not installed.
 */
class XmllintAgreementTest {

    private static Path xmllint() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, "xmllint");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private static int lint(Path xmllint, Path doc) throws Exception {
        Path xsd = SyndicationSchemas.iptc("newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd").toAbsolutePath();
        Process p = new ProcessBuilder(xmllint.toString(), "--noout", "--nonet", "--schema", xsd.toString(), doc.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "xmllint finished");
        System.out.println("xmllint " + doc.getFileName() + ": " + out.strip());
        return p.exitValue();
    }

    @Test
    void xmllintValidatesWhatTheJdkValidates(@TempDir Path dir) throws Exception {
        Path xmllint = xmllint();
        assumeTrue(xmllint != null, "xmllint is not installed");
        int n = 0;
        for (ItemContent item : new ItemContent[]{ItemSamples.full(), ItemSamples.corrected(), ItemSamples.killed()}) {
            String xml = NewsmlG2Writer.write(item);
            SyndicationSchemas.validateNewsmlG2(xml);
            Path doc = dir.resolve("item-" + (++n) + ".xml");
            Files.writeString(doc, xml, StandardCharsets.UTF_8);
            assertEquals(0, lint(xmllint, doc), doc.toString());
        }
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, NewsmlG2Writer.write(ItemSamples.full()).replace("<itemClass qcode=\"ninat:text\"/>", ""),
                StandardCharsets.UTF_8);
        assertNotEquals(0, lint(xmllint, broken));
    }
}
