-- Inkstone schema v9: syndication to partner media centres (package syndication, issue 10).
-- Portable across MySQL 8 and MariaDB 10.6+; utf8mb4; all times UTC.
--
-- syndication_counter: one row (id 1). A change takes the next sequence number with
--   UPDATE syndication_counter SET seq = LAST_INSERT_ID(seq + 1) WHERE id = 1
-- and keeps the row lock until its transaction commits, so sequence numbers become visible in commit order:
-- a reader that has seen seq n never later finds a new row below n (the pull API's keyset cursor relies on it).
-- Publishing is serialised by this lock for the length of the publishing transaction (milliseconds).
CREATE TABLE syndication_counter (
  id  TINYINT NOT NULL PRIMARY KEY,
  seq BIGINT  NOT NULL,
  CONSTRAINT ck_syndication_counter_one CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO syndication_counter (id, seq) VALUES (1, 0);

-- The current syndicated state of every article that the newsroom ever published (imports are not changes):
-- one row per article, moved to a new seq at every publication, correction, withdrawal or re-publication.
-- version: 1 at the first publication, +1 at every later change (the ninjs "version", the NewsML-G2 @version).
-- pubstatus: usable, or canceled after a withdrawal (a kill notice). channel_id: the article's channel at that
-- change (partners subscribed to it, or to its parent, receive it). first_created: the first publication.
CREATE TABLE syndication_item (
  article_id    BIGINT      NOT NULL PRIMARY KEY,
  seq           BIGINT      NOT NULL,
  version       INT         NOT NULL,
  pubstatus     VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  channel_id    VARCHAR(32) NOT NULL,
  first_created DATETIME(3) NOT NULL,
  changed_at    DATETIME(3) NOT NULL,
  UNIQUE KEY uk_syndication_item_seq (seq),
  KEY idx_syndication_item_channel (channel_id, seq),
  CONSTRAINT fk_syndication_item_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
  CONSTRAINT ck_syndication_item_pubstatus CHECK (pubstatus IN ('usable', 'canceled')),
  CONSTRAINT ck_syndication_item_version CHECK (version >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A partner media centre (融媒体中心). endpoint: the push URL (NULL: pull only). format: ninjs or newsml-g2.
-- key_hash: SHA-256 (hex) of the pull key, which is shown once and never stored. secret: the signing secret as
-- shown once (HMAC needs it; the database is the trust boundary, as for the admin token). previous_secret
-- signs as well until previous_secret_until (rotation's grace period). paused: no delivery is sent (they wait);
-- paused_reason: manual, or failing (set by the worker after inkstone.syndication.pause-after-hours of
-- failures, the flag on the admin page). start_seq: the syndication_item seq at registration (a pull without
-- a cursor starts after it). failing_since: the first failed attempt since the last success, else NULL.
CREATE TABLE partner (
  id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name                  VARCHAR(100)  NOT NULL,
  endpoint              VARCHAR(2000) NULL,
  format                VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  key_hash              CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  secret                VARCHAR(100)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  previous_secret       VARCHAR(100)  CHARACTER SET ascii COLLATE ascii_bin NULL,
  previous_secret_until DATETIME(3)   NULL,
  paused                TINYINT(1)    NOT NULL DEFAULT 0,
  paused_reason         VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NULL,
  failing_since         DATETIME(3)   NULL,
  start_seq             BIGINT        NOT NULL,
  created_at            DATETIME(3)   NOT NULL,
  updated_at            DATETIME(3)   NOT NULL,
  UNIQUE KEY uk_partner_name (name),
  UNIQUE KEY uk_partner_key (key_hash),
  CONSTRAINT ck_partner_format CHECK (format IN ('ninjs', 'newsml-g2')),
  CONSTRAINT ck_partner_paused CHECK (paused_reason IS NULL OR paused_reason IN ('manual', 'failing'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The channels a partner takes (none: every channel). A parent channel includes its second-level channels.
CREATE TABLE partner_channel (
  partner_id BIGINT      NOT NULL,
  channel_id VARCHAR(32) NOT NULL,
  PRIMARY KEY (partner_id, channel_id),
  CONSTRAINT fk_partner_channel_partner FOREIGN KEY (partner_id) REFERENCES partner (id) ON DELETE CASCADE,
  CONSTRAINT fk_partner_channel_channel FOREIGN KEY (channel_id) REFERENCES channel (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One push of one version of one article to one partner (the durable outbox: written in the publishing
-- transaction). uid: the X-Inkstone-Delivery header, the same on every attempt. document: the exact bytes
-- (UTF-8 text) sent, rendered when the delivery was written. status: queued (waiting or between attempts),
-- sending (claimed by lease_owner until lease_until; an expired lease is claimable again), delivered,
-- failed (a 4xx other than 408/429, or retries gave up), superseded (a newer version was queued before this
-- one was sent). next_attempt_at: when it may be claimed. retry_until: after this a failed attempt gives the
-- delivery up (failed): created_at + inkstone.syndication.retry-for-minutes, moved on by an admin's redeliver.
-- last_code: the last HTTP status (NULL: none). A claim takes only the oldest non-final (queued/sending) delivery
-- of one (partner, article) and none of a paused partner, so versions of one item arrive in order, one at a time.
CREATE TABLE delivery (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  uid             CHAR(36)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  partner_id      BIGINT        NOT NULL,
  article_id      BIGINT        NOT NULL,
  version         INT           NOT NULL,
  pubstatus       VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  document        MEDIUMTEXT    NOT NULL,
  status          VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  attempts        INT           NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(3)   NOT NULL,
  retry_until     DATETIME(3)   NOT NULL,
  lease_owner     VARCHAR(64)   NULL,
  lease_until     DATETIME(3)   NULL,
  last_code       INT           NULL,
  last_error      VARCHAR(500)  NULL,
  created_at      DATETIME(3)   NOT NULL,
  last_attempt_at DATETIME(3)   NULL,
  finished_at     DATETIME(3)   NULL,
  UNIQUE KEY uk_delivery_uid (uid),
  KEY idx_delivery_due (status, next_attempt_at),
  KEY idx_delivery_partner (partner_id, id),
  KEY idx_delivery_item (partner_id, article_id, id),
  CONSTRAINT fk_delivery_partner FOREIGN KEY (partner_id) REFERENCES partner (id) ON DELETE CASCADE,
  CONSTRAINT fk_delivery_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
  CONSTRAINT ck_delivery_status CHECK (status IN ('queued', 'sending', 'delivered', 'failed', 'superseded')),
  CONSTRAINT ck_delivery_pubstatus CHECK (pubstatus IN ('usable', 'canceled'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
