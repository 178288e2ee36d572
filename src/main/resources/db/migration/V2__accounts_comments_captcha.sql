-- Inkstone schema v2: reader and staff accounts, comments with their moderation queue, CAPTCHA challenges,
-- rate-limit windows, blocks and the moderation log. utf8mb4 everywhere; all times UTC.

-- A server secret for keyed hashes (client addresses, CAPTCHA answers), shared by every node through the
-- database unless inkstone.secret is configured.
INSERT INTO site_meta (name, value) VALUES ('secret', CONCAT(SHA2(UUID(), 256), SHA2(UUID(), 256)));

CREATE TABLE account (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username      VARCHAR(32)  NOT NULL,
  display_name  VARCHAR(24)  NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  role          VARCHAR(16)  NOT NULL,
  created_at    DATETIME(3)  NOT NULL,
  UNIQUE KEY uk_account_username (username),
  CONSTRAINT ck_account_role CHECK (role IN ('reader', 'moderator', 'editor', 'chief-editor', 'admin'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- status: pending (in the moderation queue), approved (visible), rejected, spam, deleted.
-- body_html is the sanitizer's output; author_key is 'a:<account id>' or 'c:<client hash>'.
CREATE TABLE comment (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  article_id   BIGINT        NOT NULL,
  parent_id    BIGINT        NULL,
  root_id      BIGINT        NULL,
  depth        INT           NOT NULL,
  account_id   BIGINT        NULL,
  nickname     VARCHAR(24)   NOT NULL,
  email        VARCHAR(254)  NULL,
  body_html    MEDIUMTEXT    NOT NULL,
  status       VARCHAR(16)   NOT NULL,
  client_hash  CHAR(64)      NOT NULL,
  writer_key   CHAR(64)      NULL,
  flags        INT           NOT NULL DEFAULT 0,
  created_at   DATETIME(3)   NOT NULL,
  updated_at   DATETIME(3)   NOT NULL,
  KEY idx_comment_thread (article_id, status, root_id, id),
  KEY idx_comment_queue (status, id),
  KEY idx_comment_client (client_hash, status),
  KEY idx_comment_account (account_id, status),
  CONSTRAINT fk_comment_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
  CONSTRAINT fk_comment_parent FOREIGN KEY (parent_id) REFERENCES comment (id),
  CONSTRAINT fk_comment_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT ck_comment_status CHECK (status IN ('pending', 'approved', 'rejected', 'spam', 'deleted')),
  CONSTRAINT ck_comment_depth CHECK (depth >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 共有 N 条评论: the number of approved comments, changed in the transaction that changes a status.
ALTER TABLE article ADD COLUMN comment_count INT NOT NULL DEFAULT 0,
  ADD CONSTRAINT ck_article_comment_count CHECK (comment_count >= 0);

-- One row per (article, author, body) posted in the last duplicate window; its primary key makes several
-- identical concurrent posts store exactly one comment. token names the post that holds the window.
CREATE TABLE comment_dedupe (
  article_id BIGINT      NOT NULL,
  author_key VARCHAR(80) NOT NULL,
  body_hash  CHAR(64)    NOT NULL,
  token      CHAR(22)    NOT NULL,
  expires_at DATETIME(3) NOT NULL,
  PRIMARY KEY (article_id, author_key, body_hash),
  KEY idx_dedupe_expiry (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE comment_flag (
  comment_id  BIGINT      NOT NULL,
  flagger_key VARCHAR(80) NOT NULL,
  reason      VARCHAR(16) NOT NULL,
  created_at  DATETIME(3) NOT NULL,
  PRIMARY KEY (comment_id, flagger_key),
  CONSTRAINT fk_flag_comment FOREIGN KEY (comment_id) REFERENCES comment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A blocked client hash ('c:...') or account ('a:...') cannot post or flag until blocked_until.
CREATE TABLE block (
  subject       VARCHAR(80)  NOT NULL PRIMARY KEY,
  blocked_until DATETIME(3)  NOT NULL,
  reason        VARCHAR(200) NOT NULL,
  created_by    BIGINT       NULL,
  created_at    DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who did what to which comment (or subject), when.
CREATE TABLE moderation_log (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  actor_id   BIGINT       NULL,
  action     VARCHAR(16)  NOT NULL,
  comment_id BIGINT       NULL,
  subject    VARCHAR(80)  NULL,
  detail     VARCHAR(200) NULL,
  created_at DATETIME(3)  NOT NULL,
  KEY idx_modlog_comment (comment_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- CAPTCHA challenges: only a keyed hash of the answer is kept; the PNG is rendered once at issue time so any
-- node can serve it. used_at is set atomically by the first attempt, right or wrong.
CREATE TABLE captcha_challenge (
  id          CHAR(22)    NOT NULL PRIMARY KEY,
  action      VARCHAR(16) NOT NULL,
  article_id  BIGINT      NULL,
  answer_hash CHAR(64)    NOT NULL,
  image       BLOB        NOT NULL,
  expires_at  DATETIME(3) NOT NULL,
  used_at     DATETIME(3) NULL,
  KEY idx_captcha_expiry (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Fixed-window rate-limit counters shared by every node: bucket is '<limit name>:<subject>'.
CREATE TABLE rate_window (
  bucket       VARCHAR(120) NOT NULL PRIMARY KEY,
  window_start BIGINT       NOT NULL,
  hits         INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
