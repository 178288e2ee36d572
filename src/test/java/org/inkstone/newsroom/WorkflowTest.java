package org.inkstone.newsroom;

import org.inkstone.account.Role;
import org.inkstone.newsroom.Workflow.Action;
import org.inkstone.newsroom.Workflow.Actor;
import org.inkstone.newsroom.Workflow.Outcome;
import org.inkstone.newsroom.Workflow.State;
import org.inkstone.newsroom.Workflow.Subject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WorkflowTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final long AUTHOR = 99;
    private static final Workflow THREE = new Workflow(3, List.of(Role.EDITOR, Role.CHIEF_EDITOR, Role.CHIEF_EDITOR));
    private static final List<Role> ROLES = List.of(Role.READER, Role.MODERATOR, Role.REPORTER, Role.EDITOR, Role.CHIEF_EDITOR, Role.ADMIN);

    /**
     * Every (state, action, role) with three levels (editor, chief editor, chief editor), an actor who is neither
     * the author nor an earlier approver, a reason given, no publication time. Columns: reader, moderator,
     * reporter, editor, chief editor, admin. "403" is role_not_allowed, "409" invalid_transition; otherwise
     * the new state/level, "+live" when the version goes live.
     */
    private static final String[] TABLE = {
            "draft       submit     403 403 403 in_review/1 in_review/1 in_review/1",
            "draft       approve    403 403 403 409 409 409",
            "draft       return     403 403 403 409 409 409",
            "draft       publish    403 403 403 403 published/0+live published/0+live",
            "draft       unschedule 403 403 403 409 409 409",
            "draft       withdraw   403 403 403 403 409 409",
            "draft       restore    403 403 403 403 409 409",
            "in_review/1 submit     403 403 409 409 409 409",
            "in_review/1 approve    403 403 403 in_review/2 in_review/2 in_review/2",
            "in_review/1 return     403 403 403 returned/0 returned/0 returned/0",
            "in_review/1 publish    403 403 403 403 published/0+live published/0+live",
            "in_review/1 unschedule 403 403 403 409 409 409",
            "in_review/1 withdraw   403 403 403 403 409 409",
            "in_review/1 restore    403 403 403 403 409 409",
            "in_review/2 approve    403 403 403 403 in_review/3 in_review/3",
            "in_review/2 return     403 403 403 403 returned/0 returned/0",
            "in_review/3 approve    403 403 403 403 published/0+live published/0+live",
            "in_review/3 return     403 403 403 403 returned/0 returned/0",
            "returned    submit     403 403 403 in_review/1 in_review/1 in_review/1",
            "returned    approve    403 403 403 409 409 409",
            "returned    return     403 403 403 409 409 409",
            "returned    publish    403 403 403 403 published/0+live published/0+live",
            "returned    unschedule 403 403 403 409 409 409",
            "returned    withdraw   403 403 403 403 409 409",
            "returned    restore    403 403 403 403 409 409",
            "scheduled   submit     403 403 409 409 409 409",
            "scheduled   approve    403 403 403 409 409 409",
            "scheduled   return     403 403 403 409 409 409",
            "scheduled   publish    403 403 403 403 published/0+live published/0+live",
            "scheduled   unschedule 403 403 403 draft/0 draft/0 draft/0",
            "scheduled   withdraw   403 403 403 403 409 409",
            "scheduled   restore    403 403 403 403 409 409",
            "published   submit     403 403 409 409 409 409",
            "published   approve    403 403 403 409 409 409",
            "published   return     403 403 403 409 409 409",
            "published   publish    403 403 403 403 409 409",
            "published   unschedule 403 403 403 409 409 409",
            "published   withdraw   403 403 403 403 withdrawn/0 withdrawn/0",
            "published   restore    403 403 403 403 409 409",
            "withdrawn   submit     403 403 409 409 409 409",
            "withdrawn   approve    403 403 403 409 409 409",
            "withdrawn   return     403 403 403 409 409 409",
            "withdrawn   publish    403 403 403 403 409 409",
            "withdrawn   unschedule 403 403 403 409 409 409",
            "withdrawn   withdraw   403 403 403 403 409 409",
            "withdrawn   restore    403 403 403 403 draft/0 draft/0",
    };

    @Test
    void everyStateActionAndRoleAnswersAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String row : TABLE) {
            String[] c = row.trim().split("\\s+");
            Subject s = subject(c[0]);
            Action action = Action.of(c[1]).orElseThrow();
            for (int i = 0; i < ROLES.size(); i++) {
                String got = outcome(THREE, s, new Actor(1L, ROLES.get(i)), action, "原因");
                checked++;
                String expected = switch (c[2 + i]) {
                    case "403" -> "403 role_not_allowed";
                    case "409" -> "409 invalid_transition";
                    default -> c[2 + i];
                };
                if (!got.equals(expected)) {
                    wrong.add(c[0] + " " + c[1] + " " + ROLES.get(i).id() + ": expected " + expected + ", got " + got);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(46 * 6, checked);
    }

    @Test
    void theTableCoversEveryStateAndAction() {
        Set<String> seen = new java.util.HashSet<>();
        for (String row : TABLE) {
            String[] c = row.trim().split("\\s+");
            seen.add(c[0].replaceAll("/\\d", "") + " " + c[1]);
        }
        assertEquals(State.values().length * Action.values().length, seen.size());
    }

    @Test
    void theAuthorOrLastEditorOfAVersionNeverApprovesIt() {
        Subject byAuthor = new Subject(State.IN_REVIEW, 1, false, 7L, 7L, Set.of(), null);
        assertEquals("403 own_version", outcome(THREE, byAuthor, new Actor(7L, Role.ADMIN), Action.APPROVE, null));
        Subject changedBy = new Subject(State.IN_REVIEW, 1, false, 7L, 8L, Set.of(), null);
        assertEquals("403 own_version", outcome(THREE, changedBy, new Actor(8L, Role.EDITOR), Action.APPROVE, null));
        assertEquals("in_review/2", outcome(THREE, changedBy, new Actor(9L, Role.EDITOR), Action.APPROVE, null));
        // returning one's own version is allowed (it stops nothing that four eyes protects)
        assertEquals("returned/0", outcome(THREE, byAuthor, new Actor(7L, Role.EDITOR), Action.RETURN, "补充来源"));
    }

    @Test
    void withThreeLevelsTheThreeApproversAreDifferentPeople() {
        Subject level2 = new Subject(State.IN_REVIEW, 2, false, 7L, 7L, Set.of(1L), null);
        assertEquals("403 same_approver", outcome(THREE, level2, new Actor(1L, Role.CHIEF_EDITOR), Action.APPROVE, null));
        assertEquals("in_review/3", outcome(THREE, level2, new Actor(2L, Role.CHIEF_EDITOR), Action.APPROVE, null));
        Subject level3 = new Subject(State.IN_REVIEW, 3, false, 7L, 7L, Set.of(1L, 2L), null);
        assertEquals("403 same_approver", outcome(THREE, level3, new Actor(2L, Role.ADMIN), Action.APPROVE, null));
        assertEquals("published/0+live", outcome(THREE, level3, new Actor(3L, Role.ADMIN), Action.APPROVE, null));
    }

    @Test
    void theLastApprovalSchedulesAFuturePublicationTimeAndPublishesAPastOne() {
        Subject future = new Subject(State.IN_REVIEW, 3, false, 7L, 7L, Set.of(), NOW.plusSeconds(60));
        assertEquals("scheduled/0", outcome(THREE, future, new Actor(3L, Role.CHIEF_EDITOR), Action.APPROVE, null));
        Subject past = new Subject(State.IN_REVIEW, 3, false, 7L, 7L, Set.of(), NOW.minusSeconds(1));
        assertEquals("published/0+live", outcome(THREE, past, new Actor(3L, Role.CHIEF_EDITOR), Action.APPROVE, null));
        Subject draft = new Subject(State.DRAFT, 0, false, 7L, 7L, Set.of(), NOW.plusSeconds(60));
        assertEquals("scheduled/0", outcome(THREE, draft, new Actor(3L, Role.CHIEF_EDITOR), Action.PUBLISH, null));
        Subject rescheduled = new Subject(State.SCHEDULED, 0, false, 7L, 7L, Set.of(), NOW.plusSeconds(7200));
        assertEquals("scheduled/0", outcome(THREE, rescheduled, new Actor(3L, Role.CHIEF_EDITOR), Action.PUBLISH, null),
                "publish on a scheduled article with a new future time schedules it for that time");
        Subject scheduledNow = new Subject(State.SCHEDULED, 0, false, 7L, 7L, Set.of(), null);
        assertEquals("published/0+live", outcome(THREE, scheduledNow, new Actor(3L, Role.CHIEF_EDITOR), Action.PUBLISH, null),
                "publish on a scheduled article without a time (the service drops the old one) publishes now");
    }

    @Test
    void nobodyWhoSavedContentOfTheVersionApprovesOrPublishesIt() {
        // rep1 (7) creates, ed1 (8) rewrites, rep1 saves last and submits: ed1 contributed
        Subject review = new Subject(State.IN_REVIEW, 1, false, 7L, 7L, Set.of(), null, Set.of(7L, 8L), false);
        assertEquals("403 own_version", outcome(THREE, review, new Actor(8L, Role.EDITOR), Action.APPROVE, null));
        assertEquals("in_review/2", outcome(THREE, review, new Actor(9L, Role.EDITOR), Action.APPROVE, null));
        Subject level3 = new Subject(State.IN_REVIEW, 3, false, 7L, 7L, Set.of(9L, 10L), null, Set.of(7L, 8L), false);
        assertEquals("403 own_version", outcome(THREE, level3, new Actor(8L, Role.CHIEF_EDITOR), Action.APPROVE, null),
                "at any level");
        assertEquals("403 own_version", outcome(THREE, review, new Actor(8L, Role.CHIEF_EDITOR), Action.PUBLISH, null));
        Subject chiefsOwn = new Subject(State.DRAFT, 0, false, 8L, 8L, Set.of(), null, Set.of(8L), false);
        assertEquals("403 own_version", outcome(THREE, chiefsOwn, new Actor(8L, Role.CHIEF_EDITOR), Action.PUBLISH, null));
        assertEquals("published/0+live", outcome(THREE, chiefsOwn, new Actor(3L, Role.CHIEF_EDITOR), Action.PUBLISH, null),
                "a chief editor still publishes someone else's draft directly");
        assertEquals(List.of("return"), THREE.allowed(review, new Actor(8L, Role.CHIEF_EDITOR), NOW));
    }

    @Test
    void contributorsAreTheMakersOfContentRevisionsSinceTheLastPublication() {
        // 1 create by 7, 2 save by 8, 3 publish transition by 3 (went live), 4 withdraw by 3, 5 restore by 3,
        // 6 save by 9 (audited as edit), 7 save by 10, 8 submit by 10
        List<org.inkstone.article.ArticleRevision> revisions = List.of(rev(8, 10L), rev(7, 10L), rev(6, 9L), rev(5, 3L),
                rev(4, 3L), rev(3, 3L), rev(2, 8L), rev(1, 7L));
        List<Transition> audit = List.of(tr("submit", "in_review", 8), tr("edit", "draft", 6), tr("restore", "draft", 5),
                tr("withdraw", "withdrawn", 4), tr("publish", "published", 3));
        assertEquals(Set.of(9L, 10L), NewsroomService.contributors(revisions, audit));
        assertEquals(Set.of(7L, 8L), NewsroomService.contributors(List.of(rev(3, 7L), rev(2, 8L), rev(1, 7L)),
                List.of(tr("submit", "in_review", 3))), "never published: since creation");
    }

    private static org.inkstone.article.ArticleRevision rev(int n, Long by) {
        org.inkstone.article.ArticleRevision r = new org.inkstone.article.ArticleRevision();
        r.setN(n);
        r.setCreatedBy(by);
        return r;
    }

    private static Transition tr(String action, String to, int revision) {
        Transition t = new Transition();
        t.setAction(action);
        t.setToStatus(to);
        t.setRevision(revision);
        return t;
    }

    @Test
    void oneLevelPublishesAtTheFirstApprovalAndItsRoleIsConfigured() {
        Workflow one = new Workflow(1, List.of(Role.EDITOR));
        Subject s = new Subject(State.IN_REVIEW, 1, false, 7L, 7L, Set.of(), null);
        assertEquals("published/0+live", outcome(one, s, new Actor(1L, Role.EDITOR), Action.APPROVE, null));
        Workflow chiefOnly = new Workflow(1, List.of(Role.CHIEF_EDITOR));
        assertEquals("403 role_not_allowed", outcome(chiefOnly, s, new Actor(1L, Role.EDITOR), Action.APPROVE, null));
        assertEquals(1, one.levels());
    }

    @Test
    void returnAndWithdrawNeedAReason() {
        Subject review = new Subject(State.IN_REVIEW, 1, false, 7L, 7L, Set.of(), null);
        assertEquals("400 reason_required", outcome(THREE, review, new Actor(1L, Role.EDITOR), Action.RETURN, " "));
        Subject published = new Subject(State.PUBLISHED, 0, true, 7L, 7L, Set.of(), null);
        assertEquals("400 reason_required", outcome(THREE, published, new Actor(1L, Role.CHIEF_EDITOR), Action.WITHDRAW, null));
    }

    @Test
    void aReporterSubmitsOnlyTheirOwnArticles() {
        Subject own = new Subject(State.DRAFT, 0, false, 5L, 5L, Set.of(), null);
        assertEquals("in_review/1", outcome(THREE, own, new Actor(5L, Role.REPORTER), Action.SUBMIT, null));
        assertEquals("403 role_not_allowed", outcome(THREE, own, new Actor(6L, Role.REPORTER), Action.SUBMIT, null));
        assertEquals(List.of("submit"), THREE.allowed(own, new Actor(5L, Role.REPORTER), NOW));
    }

    @Test
    void aCorrectionIsReviewedWhileThePublishedVersionStaysLive() {
        Actor editor = new Actor(1L, Role.EDITOR);
        Subject published = new Subject(State.PUBLISHED, 0, true, 7L, 7L, Set.of(), null);
        Outcome edit = THREE.afterEdit(published, editor, true);
        assertEquals(new Outcome(State.DRAFT, 0, true, false), edit);
        Subject correction = new Subject(State.DRAFT, 0, true, 7L, 1L, Set.of(), NOW.plusSeconds(3600));
        assertEquals("in_review/1", outcome(THREE, correction, editor, Action.SUBMIT, null));
        assertEquals("published/0+live", outcome(THREE, correction, new Actor(2L, Role.CHIEF_EDITOR), Action.PUBLISH, null),
                "a correction is never scheduled");
        assertEquals("withdrawn/0", outcome(THREE, correction, new Actor(2L, Role.CHIEF_EDITOR), Action.WITHDRAW, "失实"),
                "a live article with a correction pending can be withdrawn");
        Subject lastLevel = new Subject(State.IN_REVIEW, 3, true, 7L, 1L, Set.of(), null);
        assertEquals("published/0+live", outcome(THREE, lastLevel, new Actor(2L, Role.CHIEF_EDITOR), Action.APPROVE, null));
    }

    @Test
    void aContentChangeAfterSubmitGoesBackToTheFirstLevel() {
        Actor editor = new Actor(1L, Role.EDITOR);
        Subject level3 = new Subject(State.IN_REVIEW, 3, false, 7L, 7L, Set.of(2L, 3L), null);
        assertEquals(new Outcome(State.IN_REVIEW, 1, false, false), THREE.afterEdit(level3, editor, true));
        assertEquals(new Outcome(State.IN_REVIEW, 3, false, false), THREE.afterEdit(level3, editor, false));
        Subject scheduled = new Subject(State.SCHEDULED, 0, false, 7L, 7L, Set.of(), NOW.plusSeconds(60));
        assertEquals(new Outcome(State.IN_REVIEW, 1, false, false), THREE.afterEdit(scheduled, editor, true));
        assertEquals(new Outcome(State.SCHEDULED, 0, false, false), THREE.afterEdit(scheduled, editor, false));
        Subject withdrawn = new Subject(State.WITHDRAWN, 0, false, 7L, 7L, Set.of(), null);
        assertEquals("invalid_transition", assertThrows(WorkflowException.class, () -> THREE.afterEdit(withdrawn, editor, true)).code());
        Subject others = new Subject(State.DRAFT, 0, false, 7L, 7L, Set.of(), null);
        assertEquals("role_not_allowed", assertThrows(WorkflowException.class,
                () -> THREE.afterEdit(others, new Actor(5L, Role.REPORTER), true)).code());
        assertEquals("role_not_allowed", assertThrows(WorkflowException.class,
                () -> THREE.afterEdit(others, new Actor(5L, Role.MODERATOR), true)).code());
    }

    @Test
    void onlyTheAuthorDeletesADraftThatWasNeverPublished() {
        Subject draft = new Subject(State.DRAFT, 0, false, 5L, 5L, Set.of(), null);
        THREE.checkDelete(draft, new Actor(5L, Role.REPORTER));
        assertEquals("not_author", assertThrows(WorkflowException.class, () -> THREE.checkDelete(draft, new Actor(6L, Role.ADMIN))).code());
        Subject review = new Subject(State.IN_REVIEW, 1, false, 5L, 5L, Set.of(), null);
        assertEquals("invalid_transition", assertThrows(WorkflowException.class, () -> THREE.checkDelete(review, new Actor(5L, Role.REPORTER))).code());
        Subject restored = new Subject(State.DRAFT, 0, false, 5L, 5L, Set.of(), null, Set.of(), true);
        assertEquals("was_published", assertThrows(WorkflowException.class, () -> THREE.checkDelete(restored, new Actor(5L, Role.REPORTER))).code(),
                "a draft that was once published (withdrawn and restored since) is never deleted");
        Subject correction = new Subject(State.DRAFT, 0, true, 5L, 5L, Set.of(), null);
        assertEquals("was_published", assertThrows(WorkflowException.class, () -> THREE.checkDelete(correction, new Actor(5L, Role.REPORTER))).code());
    }

    @Test
    void onlyThoseWhoMayEditTouchTheWorkingCopy() {
        Subject draft = new Subject(State.DRAFT, 0, false, 5L, 5L, Set.of(), null);
        THREE.checkEdit(draft, new Actor(5L, Role.REPORTER));
        THREE.checkEdit(draft, new Actor(6L, Role.EDITOR));
        assertEquals("role_not_allowed", assertThrows(WorkflowException.class, () -> THREE.checkEdit(draft, new Actor(6L, Role.REPORTER))).code());
        assertEquals("role_not_allowed", assertThrows(WorkflowException.class, () -> THREE.checkEdit(draft, new Actor(6L, Role.MODERATOR))).code());
    }

    @Test
    void allowedActionsListWhatApplyAccepts() {
        Subject review = new Subject(State.IN_REVIEW, 1, false, 7L, 7L, Set.of(), null);
        assertEquals(List.of("approve", "return", "publish"), THREE.allowed(review, new Actor(1L, Role.CHIEF_EDITOR), NOW));
        assertEquals(List.of("approve", "return"), THREE.allowed(review, new Actor(1L, Role.EDITOR), NOW));
        assertEquals(List.of("return"), THREE.allowed(review, new Actor(7L, Role.EDITOR), NOW), "the author may not approve");
        assertEquals(List.of(), THREE.allowed(review, new Actor(1L, Role.MODERATOR), NOW));
    }

    private static Subject subject(String spec) {
        String[] p = spec.split("/");
        State state = State.of(p[0]);
        int level = p.length > 1 ? Integer.parseInt(p[1]) : 0;
        return new Subject(state, level, state == State.PUBLISHED, AUTHOR, AUTHOR, Set.of(), null);
    }

    private static String outcome(Workflow w, Subject s, Actor a, Action action, String reason) {
        try {
            Outcome o = w.apply(s, a, action, reason, NOW);
            return o.state().id() + "/" + o.level() + (o.goesLive() ? "+live" : "");
        } catch (WorkflowException e) {
            return e.status() + " " + e.code();
        }
    }
}
