package org.inkstone.article;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleRevisionTest {

    private static ArticleRevision revision() {
        ArticleRevision r = new ArticleRevision();
        r.setTitle("标题");
        r.setBody("正文");
        r.setBodyHtml("<p>正文</p>");
        r.setChannelId("tech");
        r.setPublishAt(Instant.parse("2026-12-01T08:00:00Z"));
        r.setCorrectionNote("原文有误");
        return r;
    }

    @Test
    void aCopyHasTheSameContent() {
        assertTrue(revision().sameContent(revision().copyContent()));
    }

    @Test
    void aChangedPublicationTimeIsAContentChange() {
        ArticleRevision earlier = revision();
        earlier.setPublishAt(Instant.parse("2026-11-30T09:00:00Z"));
        assertFalse(revision().sameContent(earlier));
        earlier.setPublishAt(null);
        assertFalse(revision().sameContent(earlier));
    }

    @Test
    void aChangedCorrectionNoteIsAContentChange() {
        ArticleRevision other = revision();
        other.setCorrectionNote("另一说明");
        assertFalse(revision().sameContent(other));
    }
}
