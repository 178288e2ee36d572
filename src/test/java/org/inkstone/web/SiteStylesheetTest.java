package org.inkstone.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules of the reader's stylesheet {@code assets/css/site.css} that a page depends on. No server. */
class SiteStylesheetTest {

    @Test
    void bodyImagesAndFigureImagesShrinkToTheColumnKeepingTheirProportions() throws IOException {
        String css = Files.readString(Path.of("webapp/assets/css/site.css"), StandardCharsets.UTF_8);
        assertTrue(css.contains("\n.body img,figure img{max-width:100%;height:auto}"), css);
    }
}
