package org.inkstone.newsroom;

import org.inkstone.newsroom.Workflow.Action;
import org.inkstone.newsroom.Workflow.Outcome;
import org.inkstone.newsroom.Workflow.State;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the newsroom warns of near-duplicates and what the audit then records (no database, no index). */
class NearDuplicateWarningTest {

    private static final NewsroomViews.NearDuplicate COPY = new NewsroomViews.NearDuplicate(221, "家居建材", 0.9878, "/articles/221");
    private static final NewsroomViews.NearDuplicate SAME = new NewsroomViews.NearDuplicate(7, "同一稿件", 1.0, "/articles/7");

    @Test
    void submittingAndWhatPutsAVersionLiveOrOnTheScheduleAreWarned() {
        assertTrue(NewsroomService.warnsOfNearDuplicates(Action.SUBMIT, new Outcome(State.IN_REVIEW, 1, false, false)));
        assertTrue(NewsroomService.warnsOfNearDuplicates(Action.APPROVE, new Outcome(State.PUBLISHED, 0, true, true)),
                "the last level's approval publishes");
        assertTrue(NewsroomService.warnsOfNearDuplicates(Action.APPROVE, new Outcome(State.SCHEDULED, 0, false, false)));
        assertFalse(NewsroomService.warnsOfNearDuplicates(Action.APPROVE, new Outcome(State.IN_REVIEW, 2, false, false)),
                "an approval that only moves to the next level");
        assertTrue(NewsroomService.warnsOfNearDuplicates(Action.PUBLISH, new Outcome(State.PUBLISHED, 0, true, true)));
        assertTrue(NewsroomService.warnsOfNearDuplicates(Action.PUBLISH, new Outcome(State.SCHEDULED, 0, false, false)));
        assertFalse(NewsroomService.warnsOfNearDuplicates(Action.RETURN, new Outcome(State.RETURNED, 0, false, false)));
        assertFalse(NewsroomService.warnsOfNearDuplicates(Action.WITHDRAW, new Outcome(State.WITHDRAWN, 0, false, false)));
        assertFalse(NewsroomService.warnsOfNearDuplicates(Action.UNSCHEDULE, new Outcome(State.DRAFT, 0, false, false)));
        assertFalse(NewsroomService.warnsOfNearDuplicates(Action.RESTORE, new Outcome(State.DRAFT, 0, false, false)));
    }

    @Test
    void theAuditReasonRecordsTheWarningAfterTheEditorsReason() {
        assertNull(NewsroomService.withNearDuplicateWarning(null, List.of()));
        assertEquals("紧急稿", NewsroomService.withNearDuplicateWarning("紧急稿", List.of()));
        assertEquals("近似重复警告：#221（相似度 0.9878）", NewsroomService.withNearDuplicateWarning(null, List.of(COPY)));
        assertEquals("紧急稿；近似重复警告：#7（相似度 1.0000）、#221（相似度 0.9878）",
                NewsroomService.withNearDuplicateWarning("紧急稿", List.of(SAME, COPY)));
    }

    @Test
    void theAuditReasonStaysWithinItsColumn() {
        String reason = String.join("", Collections.nCopies(490, "因"));
        String out = NewsroomService.withNearDuplicateWarning(reason, List.of(COPY));
        assertEquals(500, out.codePointCount(0, out.length()));
        assertEquals(reason + "；近似重复警告：#…", out);
    }
}
