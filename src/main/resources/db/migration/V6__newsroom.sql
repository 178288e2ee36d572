-- Inkstone schema v6: the newsroom (issue 9). Editors write, review (1–3 levels), schedule, correct and
-- withdraw articles; every explicit save and transition is a revision; every transition is audited.
-- Portable across MySQL 8 and MariaDB 10.6+; utf8mb4; all times UTC.
--
-- article.status is what readers see and the workflow state at once: draft, in_review, returned, scheduled,
-- published, withdrawn (today's rows keep published/withdrawn). A correction of a published article is
-- prepared while the article stays published: pending_status (draft, in_review, returned) is then the state of
-- the correction, and the article row keeps the live content until the correction is published; the content
-- being edited is always the newest article_revision.
ALTER TABLE article DROP CONSTRAINT ck_article_status;
UPDATE article SET status = 'in_review' WHERE status = 'review';
ALTER TABLE article
  ADD COLUMN subtitle        VARCHAR(200) NULL,
  ADD COLUMN summary         VARCHAR(500) NULL,
  ADD COLUMN byline          VARCHAR(100) NULL,
  -- the sanitized body HTML of a newsroom article; NULL for an imported one (body is then plain text and the
  -- page builds escaped paragraphs from it). body always holds the plain text (index, related lists).
  ADD COLUMN body_html       MEDIUMTEXT   NULL,
  ADD COLUMN cover_hash      CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NULL,
  ADD COLUMN cover_credit    VARCHAR(100) NULL,
  -- optimistic lock: every newsroom write names the version it edits and adds 1
  ADD COLUMN version         INT          NOT NULL DEFAULT 1,
  -- 1..N while in review (of the article or of its pending correction), else 0
  ADD COLUMN review_level    INT          NOT NULL DEFAULT 0,
  ADD COLUMN pending_status  VARCHAR(16)  NULL,
  -- who created it (NULL: imported) and who last changed its content (four eyes)
  ADD COLUMN author_id       BIGINT       NULL,
  ADD COLUMN content_by      BIGINT       NULL,
  -- who published it (责任编辑); NULL for imported articles
  ADD COLUMN published_by    BIGINT       NULL,
  -- the time the version asks to go live (scheduled when in the future)
  ADD COLUMN publish_at      DATETIME(3)  NULL,
  ADD COLUMN correction_note VARCHAR(500) NULL,
  ADD COLUMN corrected_at    DATETIME(3)  NULL,
  ADD COLUMN withdraw_reason VARCHAR(500) NULL,
  ADD KEY idx_article_changed (updated_at, id),
  ADD KEY idx_article_due (status, publish_at),
  ADD CONSTRAINT fk_article_author FOREIGN KEY (author_id) REFERENCES account (id),
  ADD CONSTRAINT fk_article_content_by FOREIGN KEY (content_by) REFERENCES account (id),
  ADD CONSTRAINT fk_article_published_by FOREIGN KEY (published_by) REFERENCES account (id),
  ADD CONSTRAINT ck_article_status CHECK (status IN ('draft', 'in_review', 'returned', 'scheduled', 'published', 'withdrawn')),
  ADD CONSTRAINT ck_article_pending CHECK (pending_status IS NULL OR pending_status IN ('draft', 'in_review', 'returned')),
  ADD CONSTRAINT ck_article_level CHECK (review_level BETWEEN 0 AND 3),
  ADD CONSTRAINT ck_article_version CHECK (version >= 1);

ALTER TABLE account DROP CONSTRAINT ck_account_role;
ALTER TABLE account ADD CONSTRAINT ck_account_role
  CHECK (role IN ('reader', 'moderator', 'reporter', 'editor', 'chief-editor', 'admin'));

-- Every field of every explicit save and transition, numbered 1, 2, ... per article. body_html is NULL for an
-- imported revision (body is then the imported plain text). tags: the tags joined by a line feed (a tag holds
-- no control character). imported: revision 1 of an article that came from an import file.
CREATE TABLE article_revision (
  article_id      BIGINT       NOT NULL,
  n               INT          NOT NULL,
  title           VARCHAR(200) NOT NULL,
  subtitle        VARCHAR(200) NULL,
  summary         VARCHAR(500) NULL,
  body            MEDIUMTEXT   NOT NULL,
  body_html       MEDIUMTEXT   NULL,
  channel_id      VARCHAR(32)  NOT NULL,
  tags            VARCHAR(800) NULL,
  source          VARCHAR(100) NULL,
  byline          VARCHAR(100) NULL,
  cover_hash      CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NULL,
  cover_credit    VARCHAR(100) NULL,
  publish_at      DATETIME(3)  NULL,
  correction_note VARCHAR(500) NULL,
  action          VARCHAR(16)  NOT NULL,
  created_by      BIGINT       NULL,
  created_at      DATETIME(3)  NOT NULL,
  imported        BOOLEAN      NOT NULL DEFAULT FALSE,
  PRIMARY KEY (article_id, n),
  CONSTRAINT fk_revision_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
  CONSTRAINT fk_revision_by FOREIGN KEY (created_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO article_revision (article_id, n, title, subtitle, summary, body, body_html, channel_id, tags, source,
                              byline, cover_hash, cover_credit, publish_at, correction_note, action, created_by,
                              created_at, imported)
SELECT a.id, 1, a.title, NULL, NULL, a.body, NULL, a.channel_id,
       (SELECT GROUP_CONCAT(t.tag ORDER BY t.tag SEPARATOR '\n') FROM article_tag t WHERE t.article_id = a.id),
       a.source, NULL, NULL, NULL, NULL, NULL, 'import', NULL, a.created_at, TRUE
FROM article a;

-- The audit of transitions: who (NULL: the operators' token), when, from, to, why, the revision it made, and
-- whether the caller acknowledged sensitive words found in that revision.
CREATE TABLE article_transition (
  id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  article_id               BIGINT       NOT NULL,
  actor_id                 BIGINT       NULL,
  action                   VARCHAR(16)  NOT NULL,
  from_status              VARCHAR(16)  NOT NULL,
  to_status                VARCHAR(16)  NOT NULL,
  from_level               INT          NOT NULL,
  to_level                 INT          NOT NULL,
  reason                   VARCHAR(500) NULL,
  revision                 INT          NOT NULL,
  sensitive_acknowledged   BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at               DATETIME(3)  NOT NULL,
  KEY idx_transition_article (article_id, id),
  CONSTRAINT fk_transition_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
  CONSTRAINT fk_transition_actor FOREIGN KEY (actor_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Autosave: one working copy per (article, editor), the fields as JSON; not a revision, dropped by an explicit save.
CREATE TABLE article_working_copy (
  article_id BIGINT      NOT NULL,
  account_id BIGINT      NOT NULL,
  fields     MEDIUMTEXT  NOT NULL,
  saved_at   DATETIME(3) NOT NULL,
  PRIMARY KEY (article_id, account_id),
  CONSTRAINT fk_working_copy_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
  CONSTRAINT fk_working_copy_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
