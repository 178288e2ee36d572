package org.inkstone.newsroom;

import org.inkstone.account.Role;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The newsroom's rules as a pure function of the article's state, the caller and the clock: which transition
 * leads where and who may take it. No database, no server; the unit tests walk every (state, action, role).
 *
 * <p>States: {@code draft} → {@code in_review} (level 1..N) → {@code scheduled} or {@code published} →
 * {@code withdrawn}; {@code returned} (to the author, with a reason) from any review level. A correction of a
 * published article is prepared while it stays published for readers ({@link Subject#live()}): its state is
 * then draft, in review or returned, and publishing it replaces what readers see.
 *
 * <table>
 *   <caption>transitions</caption>
 *   <tr><th>action</th><th>from</th><th>to</th><th>who</th></tr>
 *   <tr><td>submit</td><td>draft, returned</td><td>in_review level 1</td><td>reporter (own articles), editor and above</td></tr>
 *   <tr><td>approve</td><td>in_review level L</td><td>level L+1; after the last level published, or scheduled for a
 *       future publishAt (never for a correction)</td><td>the level's role; never the article's author, never one who
 *       saved a content revision of the version ({@link Subject#contributors()}: since the last publication, or since
 *       creation), never one who approved an earlier level of this round</td></tr>
 *   <tr><td>return</td><td>in_review level L</td><td>returned (reason required)</td><td>the level's role</td></tr>
 *   <tr><td>publish</td><td>draft, returned, in_review, scheduled</td><td>published, or scheduled for a future
 *       publishAt (the service gives none for a scheduled article published without a new time: it publishes
 *       now)</td><td>chief editor, admin; never one who contributed to the version (403 {@code own_version})</td></tr>
 *   <tr><td>unschedule</td><td>scheduled</td><td>draft</td><td>editor and above</td></tr>
 *   <tr><td>withdraw</td><td>published (also with a correction pending)</td><td>withdrawn (reason required)</td><td>chief editor, admin</td></tr>
 *   <tr><td>restore</td><td>withdrawn</td><td>draft</td><td>chief editor, admin</td></tr>
 * </table>
 * A content change ({@link #afterEdit}) in review or scheduled sends the article back to review level 1 (the
 * approvals of the round are void); on a published article it starts a correction (draft). Errors are checked in
 * this order: the role can never take the action (403 {@code role_not_allowed}), the state does not allow it
 * (409 {@code invalid_transition}), the level needs another role or a reporter acts on another's article (403
 * {@code role_not_allowed}), four eyes (403 {@code own_version}, {@code same_approver}), a missing reason (400
 * {@code reason_required}). Immutable and thread-safe.
 */
public final class Workflow {

    /** The state an editor sees (of the pending correction, when there is one). */
    public enum State {
        DRAFT("草稿"), IN_REVIEW("审核中"), RETURNED("已退回"), SCHEDULED("定时发布"), PUBLISHED("已发布"), WITHDRAWN("已撤稿");

        private final String label;

        State(String label) {
            this.label = label;
        }

        /** The id in JSON and the database: {@code draft}, {@code in_review}, ... */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The Chinese name. */
        public String label() {
            return label;
        }

        public static State of(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT));
        }
    }

    /** A transition; {@link #id()} is its name in the API. */
    public enum Action {
        SUBMIT, APPROVE, RETURN, PUBLISH, UNSCHEDULE, WITHDRAW, RESTORE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The action named {@code id}; empty for an unknown name. */
        public static java.util.Optional<Action> of(String id) {
            for (Action a : values()) {
                if (a.id().equals(id)) {
                    return java.util.Optional.of(a);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /**
     * The article as the rules see it.
     *
     * @param state     the editor's state
     * @param level     review level 1..N while in review, else 0
     * @param live      readers see a published version (true for published, and for a correction being prepared)
     * @param authorId  who created the article (null: imported)
     * @param contentBy who last changed its content (null: imported)
     * @param approvers who approved a level in the current round (since the last submit or content change)
     * @param publishAt the publication time the version asks for, or null
     * @param contributors who saved a content revision of this version (since the last publication, or since
     *                  creation): none of them may approve or publish it
     * @param everPublished the article was published at some time (then it is never deleted)
     */
    public record Subject(State state, int level, boolean live, Long authorId, Long contentBy, Set<Long> approvers,
                          Instant publishAt, Set<Long> contributors, boolean everPublished) {
        public Subject {
            approvers = Set.copyOf(approvers);
            contributors = Set.copyOf(contributors);
        }

        /** A subject without contributors, never published (unless live). */
        public Subject(State state, int level, boolean live, Long authorId, Long contentBy, Set<Long> approvers,
                       Instant publishAt) {
            this(state, level, live, authorId, contentBy, approvers, publishAt, Set.of(), live);
        }
    }

    /** The caller: an account id (null for the operators' token) and its role. */
    public record Actor(Long id, Role role) {
    }

    /**
     * Where a transition leads.
     *
     * @param state    the new editor's state
     * @param level    the new review level (0 when not in review)
     * @param live     readers see a published version afterwards
     * @param goesLive the version becomes what readers see now (publication or correction)
     */
    public record Outcome(State state, int level, boolean live, boolean goesLive) {
    }

    private final int levels;
    private final List<Role> levelRoles;

    /** Rules for {@code levels} review levels (1–3), level {@code i} approved by {@code levelRoles.get(i - 1)}. */
    public Workflow(int levels, List<Role> levelRoles) {
        if (levels < 1 || levels > 3 || levelRoles.size() < levels) {
            throw new IllegalArgumentException("1–3 levels, each with a role");
        }
        this.levels = levels;
        this.levelRoles = List.copyOf(levelRoles.subList(0, levels));
    }

    /** Rules as configured. */
    public Workflow(NewsroomSettings settings) {
        this(settings.reviewLevels(), settings.levelRoles());
    }

    /** The number of review levels (N). */
    public int levels() {
        return levels;
    }

    /**
     * Where {@code action} leads for {@code actor} now.
     *
     * @param reason the reason given (blank counts as none); required by return and withdraw
     * @param now    the clock, for the publication time
     * @throws WorkflowException as listed in the class comment
     */
    public Outcome apply(Subject s, Actor actor, Action action, String reason, Instant now) {
        Role role = actor.role();
        if (!mayEver(role, action)) {
            throw WorkflowException.roleNotAllowed();
        }
        boolean noReason = reason == null || reason.isBlank();
        switch (action) {
            case SUBMIT -> {
                require(s, action, State.DRAFT, State.RETURNED);
                requireOwnUnlessEditor(s, actor);
                return new Outcome(State.IN_REVIEW, 1, s.live(), false);
            }
            case APPROVE, RETURN -> {
                require(s, action, State.IN_REVIEW);
                if (!role.includes(levelRoles.get(s.level() - 1))) {
                    throw WorkflowException.roleNotAllowed();
                }
                if (action == Action.RETURN) {
                    if (noReason) {
                        throw reasonRequired();
                    }
                    return new Outcome(State.RETURNED, 0, s.live(), false);
                }
                if (actor.id() != null && (actor.id().equals(s.authorId()) || actor.id().equals(s.contentBy())
                        || s.contributors().contains(actor.id()))) {
                    throw ownVersion();
                }
                if (actor.id() != null && s.approvers().contains(actor.id())) {
                    throw new WorkflowException(403, "same_approver", "各级审核须由不同的人完成");
                }
                if (s.level() < levels) {
                    return new Outcome(State.IN_REVIEW, s.level() + 1, s.live(), false);
                }
                return publication(s, now);
            }
            case PUBLISH -> {
                require(s, action, State.DRAFT, State.RETURNED, State.IN_REVIEW, State.SCHEDULED);
                if (actor.id() != null && (actor.id().equals(s.contentBy()) || s.contributors().contains(actor.id()))) {
                    throw ownVersion();
                }
                return publication(s, now);
            }
            case UNSCHEDULE -> {
                require(s, action, State.SCHEDULED);
                return new Outcome(State.DRAFT, 0, false, false);
            }
            case WITHDRAW -> {
                if (!s.live() || s.state() == State.WITHDRAWN) {
                    throw WorkflowException.invalidTransition(s.state(), action.id());
                }
                if (noReason) {
                    throw reasonRequired();
                }
                return new Outcome(State.WITHDRAWN, 0, false, false);
            }
            case RESTORE -> {
                require(s, action, State.WITHDRAWN);
                return new Outcome(State.DRAFT, 0, false, false);
            }
            default -> throw new IllegalStateException(action.name());
        }
    }

    /**
     * What an explicit save that changes the content does to the state.
     *
     * @throws WorkflowException 403 {@code role_not_allowed} for a reader or moderator, or a reporter editing
     *                           another's article; 409 {@code invalid_transition} for a withdrawn article
     */
    public Outcome afterEdit(Subject s, Actor actor, boolean contentChanged) {
        if (!actor.role().includes(Role.REPORTER)) {
            throw WorkflowException.roleNotAllowed();
        }
        if (s.state() == State.WITHDRAWN) {
            throw WorkflowException.invalidTransition(s.state(), "save");
        }
        requireOwnUnlessEditor(s, actor);
        return switch (s.state()) {
            case DRAFT, RETURNED -> new Outcome(s.state(), 0, s.live(), false);
            case IN_REVIEW -> contentChanged ? new Outcome(State.IN_REVIEW, 1, s.live(), false) : new Outcome(s.state(), s.level(), s.live(), false);
            case SCHEDULED -> contentChanged ? new Outcome(State.IN_REVIEW, 1, false, false) : new Outcome(s.state(), 0, false, false);
            case PUBLISHED -> new Outcome(State.DRAFT, 0, true, false);
            default -> throw new IllegalStateException(s.state().name());
        };
    }

    /**
     * Checks that {@code actor} may edit the article at all (its working copy, too): a reporter their own
     * articles, an editor and above any.
     *
     * @throws WorkflowException 403 {@code role_not_allowed}
     */
    public void checkEdit(Subject s, Actor actor) {
        if (!actor.role().includes(Role.REPORTER)) {
            throw WorkflowException.roleNotAllowed();
        }
        requireOwnUnlessEditor(s, actor);
    }

    /**
     * Checks that {@code actor} may delete the article: its author, a draft never published.
     *
     * @throws WorkflowException 403 {@code not_author}; 409 {@code was_published} for an article that was once
     *                           published (also withdrawn and restored since), 409 {@code invalid_transition} for
     *                           one that is not a draft
     */
    public void checkDelete(Subject s, Actor actor) {
        if (!actor.role().includes(Role.REPORTER)) {
            throw WorkflowException.roleNotAllowed();
        }
        if (s.live() || s.everPublished()) {
            throw new WorkflowException(409, "was_published", "发布过的稿件不能删除（可撤稿）");
        }
        if (s.state() != State.DRAFT) {
            throw WorkflowException.invalidTransition(s.state(), "delete");
        }
        if (actor.id() == null || !actor.id().equals(s.authorId())) {
            throw new WorkflowException(403, "not_author", "只有作者本人可以删除草稿");
        }
    }

    /** The transitions {@code actor} may take now, in {@link Action} order (a reason is assumed where one is needed). */
    public List<String> allowed(Subject s, Actor actor, Instant now) {
        List<String> out = new ArrayList<>();
        for (Action a : Action.values()) {
            try {
                apply(s, actor, a, "reason", now);
                out.add(a.id());
            } catch (WorkflowException refused) {
                // not allowed
            }
        }
        return out;
    }

    /** Whether {@code role} may take {@code action} in some state. */
    boolean mayEver(Role role, Action action) {
        return switch (action) {
            case SUBMIT -> role.includes(Role.REPORTER);
            case APPROVE, RETURN -> levelRoles.stream().anyMatch(role::includes);
            case UNSCHEDULE -> role.includes(Role.EDITOR);
            case PUBLISH, WITHDRAW, RESTORE -> role.includes(Role.CHIEF_EDITOR);
        };
    }

    private Outcome publication(Subject s, Instant now) {
        if (!s.live() && s.publishAt() != null && s.publishAt().isAfter(now)) {
            return new Outcome(State.SCHEDULED, 0, false, false);
        }
        return new Outcome(State.PUBLISHED, 0, true, true);
    }

    private static void require(Subject s, Action action, State... allowed) {
        for (State st : allowed) {
            if (s.state() == st) {
                return;
            }
        }
        throw WorkflowException.invalidTransition(s.state(), action.id());
    }

    /** A reporter acts on their own articles only. */
    private static void requireOwnUnlessEditor(Subject s, Actor actor) {
        if (!actor.role().includes(Role.EDITOR) && (actor.id() == null || !actor.id().equals(s.authorId()))) {
            throw WorkflowException.roleNotAllowed();
        }
    }

    private static WorkflowException ownVersion() {
        return new WorkflowException(403, "own_version", "不能审核或发布自己撰写或修改的版本");
    }

    private static WorkflowException reasonRequired() {
        return new WorkflowException(400, "reason_required", "请填写原因");
    }
}
