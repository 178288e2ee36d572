package org.inkstone.syndication;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Feed dates in a JVM started with {@code -Duser.language=zh -Duser.country=CN -Duser.timezone=Asia/Shanghai}: the
 * surefire execution {@code zh-cn-jvm} (pom.xml) runs this class alone in such a JVM, and the default execution
 * leaves it out (it is skipped if selected there, e.g. by {@code -Dtest}).
 */
class FeedDatesInChineseJvmTest {

    @BeforeAll
    static void onlyInTheChineseJvm() {
        assumeTrue("zh-CN".equals(System.getProperty("inkstone.test.jvm-locale")), "run by the surefire execution zh-cn-jvm");
    }

    @Test
    void theJvmSpeaksChineseInShanghai() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, Locale.getDefault());
        assertEquals("Asia/Shanghai", TimeZone.getDefault().getID());
        // what a date formatter that followed the JVM's defaults would have written
        SimpleDateFormat local = new SimpleDateFormat("EEE, dd MMM yyyy HH:mm:ss z");
        assertEquals("周一, 30 11月 2026 14:05:09 CST", local.format(Date.from(FeedWriterTest.PUBLISHED)));
    }

    @Test
    void rssDatesAreStillEnglishRfc822InGmt() throws Exception {
        Document d = FeedWriterTest.parseStrictly(FeedWriter.write(
                FeedWriterTest.feed(FeedWriterTest.entry("标题", "摘要", "<p>正文</p>", "记者", null)), FeedFormat.RSS));
        assertEquals("Mon, 30 Nov 2026 06:05:09 GMT", FeedWriterTest.text(d.getDocumentElement(), "pubDate"));
        assertEquals("Wed, 02 Dec 2026 00:00:01 GMT", FeedWriterTest.text(d.getDocumentElement(), "lastBuildDate"));
        // and ROME reads them back to the same instants
        assertEquals(FeedWriterTest.PUBLISHED, FeedWriterTest.rome(FeedWriter.write(
                FeedWriterTest.feed(FeedWriterTest.entry("标题", "摘要", "<p>正文</p>", "记者", null)), FeedFormat.RSS))
                .getEntries().get(0).getPublishedDate().toInstant());
    }

    @Test
    void atomDatesAreRfc3339InUtc() throws Exception {
        String xml = FeedWriter.write(FeedWriterTest.feed(FeedWriterTest.entry("标题", "摘要", "<p>正文</p>", "记者", null)),
                FeedFormat.ATOM);
        assertTrue(xml.contains("<published>2026-11-30T06:05:09Z</published>"), xml);
        assertTrue(xml.contains("<updated>2026-12-01T23:59:58Z</updated>"), xml);
        assertTrue(xml.contains("<updated>2026-12-02T00:00:01Z</updated>"), xml);
    }
}
