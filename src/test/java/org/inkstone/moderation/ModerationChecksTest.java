package org.inkstone.moderation;

import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.InvalidSettingException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each shipped rule, and the policy that runs them. */
class ModerationChecksTest {

    private static final String CLIENT = "cd".repeat(32);
    private static final ModerationSettings DEFAULTS = new ModerationSettings(true, "", 1);

    private static Candidate reader(String text, boolean links) {
        return new Candidate(text, links, false, false, CLIENT);
    }

    private static Candidate anonymous(String text) {
        return new Candidate(text, false, true, false, CLIENT);
    }

    /** A writer history that answers {@code approved} (capped as the SQL caps it) and records each question. */
    private static final class History implements WriterHistory {
        final long approved;
        final List<String> asked = new ArrayList<>();

        History(long approved) {
            this.approved = approved;
        }

        @Override
        public long approvedByClient(String clientHash, int upTo) {
            asked.add(clientHash + "/" + upTo);
            return Math.min(approved, upTo);
        }
    }

    @Test
    void linkCheckHoldsCommentsWithALinkWhenConfigured() {
        assertEquals(Verdict.hold("含链接"), new LinkCheck(DEFAULTS).check(reader("看这里", true)));
        assertEquals(Verdict.approve(), new LinkCheck(DEFAULTS).check(reader("没有链接", false)));
        assertEquals(Verdict.approve(), new LinkCheck(new ModerationSettings(false, "", 1)).check(reader("看这里", true)));
    }

    @Test
    void flaggedWordsCheckNamesTheWordItFound() {
        FlaggedWordsCheck check = new FlaggedWordsCheck(new SensitiveWords(List.of("代开发票", "Spam Word")));
        assertEquals(Verdict.hold("含敏感词：代开发票"), check.check(reader("本公司长期代 开发票", false)));
        assertEquals(Verdict.hold("含敏感词：spamword"), check.check(reader("ＳＰＡＭ word here", false)));
        assertEquals(Verdict.approve(), check.check(reader("普通的评论", false)));
    }

    @Test
    void flaggedWordsCheckWithoutAListPassesEverything() {
        assertEquals(Verdict.approve(), new FlaggedWordsCheck(DEFAULTS).check(reader("代开发票", false)));
    }

    @Test
    void newWriterCheckHoldsTheFirstAnonymousCommentOfAClientAddress() {
        History none = new History(0);
        assertEquals(Verdict.hold("新匿名作者的首条评论"), new NewWriterCheck(none, DEFAULTS).check(anonymous("你好")));
        assertEquals(List.of(CLIENT + "/1"), none.asked);
        assertEquals(Verdict.approve(), new NewWriterCheck(new History(1), DEFAULTS).check(anonymous("你好")));
    }

    @Test
    void newWriterCheckCountsUpToTrustedAfter() {
        ModerationSettings three = new ModerationSettings(true, "", 3);
        assertEquals(Verdict.hold("新匿名作者（已通过 2 条，需 3 条）"), new NewWriterCheck(new History(2), three).check(anonymous("你好")));
        assertEquals(Verdict.approve(), new NewWriterCheck(new History(5), three).check(anonymous("你好")));
    }

    @Test
    void newWriterCheckLeavesAccountsAloneAndIsOffAtZero() {
        History none = new History(0);
        assertEquals(Verdict.approve(), new NewWriterCheck(none, DEFAULTS).check(reader("你好", false)));
        assertEquals(Verdict.approve(), new NewWriterCheck(none, new ModerationSettings(true, "", 0)).check(anonymous("你好")));
        assertEquals(List.of(), none.asked, "no database question when the rule cannot hold");
    }

    @Test
    void thePolicyAsksTheRulesInPriorityOrderAndTheFirstHoldDecides() {
        History none = new History(0);
        ModerationPolicy policy = new ModerationPolicy(List.of(new NewWriterCheck(none, DEFAULTS),
                new FlaggedWordsCheck(new SensitiveWords(List.of("发票"))), new LinkCheck(DEFAULTS)));
        assertEquals(List.of(LinkCheck.class, FlaggedWordsCheck.class, NewWriterCheck.class),
                policy.checks().stream().map(Object::getClass).toList());
        assertEquals(Verdict.hold("含链接"), policy.judge(new Candidate("发票", true, true, false, CLIENT)));
        assertEquals(Verdict.hold("含敏感词：发票"), policy.judge(new Candidate("发票", false, true, false, CLIENT)));
        assertEquals(List.of(), none.asked, "a cheaper rule held the comment first");
        assertEquals(Verdict.hold("新匿名作者的首条评论"), policy.judge(anonymous("你好")));
        assertEquals(Verdict.approve(), policy.judge(reader("你好", false)));
    }

    @Test
    void staffAreNeverHeldAndNoRuleIsAsked() {
        List<Candidate> seen = new ArrayList<>();
        CommentCheck holdAll = new CommentCheck() {
            @Override
            public Verdict check(Candidate comment) {
                seen.add(comment);
                return Verdict.hold("一律待审");
            }

            @Override
            public int priority() {
                return 0;
            }
        };
        ModerationPolicy policy = new ModerationPolicy(List.of(holdAll));
        assertEquals(Verdict.approve(), policy.judge(new Candidate("发票 http://x", true, false, true, CLIENT)));
        assertEquals(List.of(), seen);
        assertEquals(Verdict.hold("一律待审"), policy.judge(reader("你好", false)));
    }

    @Test
    void aHeldVerdictNeedsAReasonAndLongReasonsAreCut() {
        assertThrows(IllegalArgumentException.class, () -> new Verdict(true, " "));
        assertThrows(IllegalArgumentException.class, () -> new Verdict(false, "理由"));
        String reason = Verdict.hold("含敏感词：" + "字".repeat(300)).reason();
        assertEquals(200, reason.codePointCount(0, reason.length()));
        assertEquals('…', reason.charAt(reason.length() - 1));
    }

    @Test
    void settingsAreReadFromTheirKeysAndBadValuesNameTheKey() {
        assertEquals(new ModerationSettings(true, "", 1), ModerationSettings.from(new InkstoneConfig(Map.of(), new Properties())));
        Properties p = new Properties();
        p.setProperty("inkstone.comment.moderation.hold-links", "FALSE");
        p.setProperty("inkstone.comment.moderation.words-file", "config/words.txt");
        p.setProperty("inkstone.comment.moderation.trusted-after", "0");
        assertEquals(new ModerationSettings(false, "config/words.txt", 0), ModerationSettings.from(new InkstoneConfig(Map.of(), p)));
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> ModerationSettings.from(
                new InkstoneConfig(Map.of("INKSTONE_COMMENT_MODERATION_HOLD_LINKS", "yes"), new Properties())));
        assertEquals("inkstone.comment.moderation.hold-links: expected true or false, got 'yes'", e.getMessage());
    }
}
