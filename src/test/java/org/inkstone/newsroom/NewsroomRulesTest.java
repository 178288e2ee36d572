package org.inkstone.newsroom;

import org.inkstone.article.ArticleRevision;
import org.inkstone.moderation.SensitiveWords;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The newsroom service's pure input rules (no database). */
class NewsroomRulesTest {

    @Test
    void sensitiveWordsAreFoundInEveryTextFieldEachNamingItsField() {
        ArticleRevision r = new ArticleRevision();
        r.setTitle("标题");
        r.setBodyHtml("<p>正文</p>");
        r.setTags("时政\n禁词甲");
        r.setByline("禁词甲");
        r.setSource("来源禁词甲");
        r.setCorrectionNote("说明禁词甲");
        r.setSubtitle("禁词甲");
        r.setSummary("摘要");
        List<NewsroomViews.Sensitive> found = NewsroomService.sensitive(new SensitiveWords(List.of("禁词甲")), r);
        assertEquals(List.of(
                new NewsroomViews.Sensitive("禁词甲", "subtitle", 0, 3),
                new NewsroomViews.Sensitive("禁词甲", "tags", 4, 7),
                new NewsroomViews.Sensitive("禁词甲", "byline", 0, 3),
                new NewsroomViews.Sensitive("禁词甲", "source", 2, 5),
                new NewsroomViews.Sensitive("禁词甲", "correctionNote", 2, 5)), found);
    }

    @Test
    void singleLineFieldsRefuseControlAndBidiCharacters() {
        assertNull(NewsroomService.textProblem("改革开放 40 年", false));
        assertEquals("不能包含控制字符", NewsroomService.textProblem("标题\u0007", false));
        assertEquals("不能包含控制字符", NewsroomService.textProblem("两行\n标题", false));
        assertNull(NewsroomService.textProblem("两行\n摘要", true), "a multi-line field keeps its line feeds");
        assertEquals("不能包含控制字符", NewsroomService.textProblem("摘要\u0000", true));
        assertEquals("不能包含文字方向控制字符", NewsroomService.textProblem("标题\u202E题标", false));
        assertEquals("不能包含文字方向控制字符", NewsroomService.textProblem("\u2066标题\u2069", false));
        assertEquals("不能包含文字方向控制字符", NewsroomService.textProblem("a\u202Ab", true));
    }

    @Test
    void aTitleOfOnlyWhitespaceAndZeroWidthCharactersIsEmpty() {
        assertTrue(NewsroomService.invisible("\u200B\u200C\u200D\uFEFF"));
        assertTrue(NewsroomService.invisible("\u3000\u200B "));
        assertFalse(NewsroomService.invisible("\u200B标题"));
    }

    @Test
    void aCorrectionNeedsANoteOtherThanTheLiveCorrectionsNote() {
        assertEquals("新说明", NewsroomService.newCorrectionNote(" 新说明 ", "旧说明"));
        assertEquals("新说明", NewsroomService.newCorrectionNote("新说明", null), "no correction live yet");
        assertNull(NewsroomService.newCorrectionNote("旧说明", "旧说明"), "the live note kept in the version");
        assertNull(NewsroomService.newCorrectionNote(" 旧说明\n", "旧说明"), "compared stripped");
        assertNull(NewsroomService.newCorrectionNote("  ", null));
        assertNull(NewsroomService.newCorrectionNote(null, "旧说明"));
    }

    @Test
    void aCorrectionGoingLiveTakesTheVersionsNoteElseTheReasonEachOnlyWhenNew() {
        assertEquals("版本说明", NewsroomService.correctionNote("版本说明", "理由", "旧说明"));
        assertEquals("理由", NewsroomService.correctionNote(null, " 理由 ", "旧说明"));
        assertEquals("理由", NewsroomService.correctionNote("旧说明", "理由", "旧说明"), "a kept live note gives way to the reason");
        assertNull(NewsroomService.correctionNote("旧说明", "旧说明", "旧说明"));
        assertNull(NewsroomService.correctionNote("旧说明", null, "旧说明"));
        assertNull(NewsroomService.correctionNote(null, " ", null));
    }

    @Test
    void aBodyWithoutTextOrImageIsEmpty() {
        assertTrue(NewsroomService.emptyBody(""));
        assertTrue(NewsroomService.emptyBody("<p><br></p>"));
        assertTrue(NewsroomService.emptyBody("<p>\u200B </p>"));
        assertFalse(NewsroomService.emptyBody("<p>正文</p>"));
        assertFalse(NewsroomService.emptyBody("<figure><img src=\"media/" + "a".repeat(64) + ".jpg\" alt=\"图\"></figure>"));
    }

    @Test
    void theNoStoreHeaderCoversTheNewsroomApiOnly() {
        assertTrue(NewsroomNoStore.applies("api/newsroom/articles/1"));
        assertTrue(NewsroomNoStore.applies("/api/newsroom/media"));
        assertFalse(NewsroomNoStore.applies("api/newsroomx"));
        assertFalse(NewsroomNoStore.applies("api/articles/1"));
        assertEquals("private, no-store", NewsroomNoStore.VALUE);
    }
}
