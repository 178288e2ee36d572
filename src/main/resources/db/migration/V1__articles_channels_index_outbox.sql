-- Inkstone schema v1: channels (栏目), articles, editor picks and the search index outbox.
-- Portable across MySQL 8 and MariaDB 10.6+; utf8mb4 everywhere. All times are UTC.

CREATE TABLE site_meta (
  name  VARCHAR(64)  NOT NULL PRIMARY KEY,
  value VARCHAR(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A random id for this database; a search index built from another database is rebuilt, never trusted.
INSERT INTO site_meta (name, value) VALUES ('instance-id', UUID());

CREATE TABLE channel (
  id         VARCHAR(32)  NOT NULL PRIMARY KEY,
  name       VARCHAR(64)  NOT NULL,
  position   INT          NOT NULL,
  UNIQUE KEY uk_channel_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Names under which imported records name a channel (a category label, a feed's section, a URL host part).
CREATE TABLE channel_alias (
  alias      VARCHAR(64)  NOT NULL PRIMARY KEY,
  channel_id VARCHAR(32)  NOT NULL,
  CONSTRAINT fk_alias_channel FOREIGN KEY (channel_id) REFERENCES channel (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO channel (id, name, position) VALUES
  ('reform',        '改革进行时', 1),
  ('politics',      '时政', 2),
  ('finance',       '财经', 3),
  ('tech',          '科技', 4),
  ('education',     '教育', 5),
  ('sports',        '体育', 6),
  ('entertainment', '娱乐', 7),
  ('realestate',    '房产', 8),
  ('home',          '家居', 9),
  ('fashion',       '时尚', 10),
  ('games',         '游戏', 11),
  ('charity',       '公益', 12),
  ('women',         '女性', 13),
  ('parenting',     '亲子', 14),
  ('olympics',      '奥运', 15),
  ('news',          '要闻', 16),
  ('business',      '商业', 17);

INSERT INTO channel_alias (alias, channel_id)
  SELECT name, id FROM channel;
INSERT INTO channel_alias (alias, channel_id) VALUES
  ('gongyi', 'charity'), ('try.women', 'women'), ('club.baobao', 'parenting'),
  ('2008', 'olympics'), ('news', 'news'), ('biz', 'business');

CREATE TABLE article (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  external_id  VARCHAR(191) NULL,
  channel_id   VARCHAR(32)  NOT NULL,
  title        VARCHAR(200) NOT NULL,
  source       VARCHAR(100) NULL,
  body         MEDIUMTEXT   NOT NULL,
  status       VARCHAR(16)  NOT NULL,
  published_at DATETIME(3)  NULL,
  created_at   DATETIME(3)  NOT NULL,
  updated_at   DATETIME(3)  NOT NULL,
  views        BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_article_external (external_id),
  KEY idx_article_channel_published (channel_id, status, published_at, id),
  KEY idx_article_published (status, published_at, id),
  KEY idx_article_views (status, views),
  CONSTRAINT fk_article_channel FOREIGN KEY (channel_id) REFERENCES channel (id),
  CONSTRAINT ck_article_status CHECK (status IN ('draft', 'review', 'published', 'withdrawn'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE article_tag (
  article_id BIGINT      NOT NULL,
  tag        VARCHAR(64) NOT NULL,
  PRIMARY KEY (article_id, tag),
  CONSTRAINT fk_tag_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Editor picks: pinned articles for the whole site (channel_id NULL) or one channel, ordered, with an expiry.
CREATE TABLE editor_pick (
  id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  channel_id  VARCHAR(32) NULL,
  article_id  BIGINT      NOT NULL,
  position    INT         NOT NULL,
  expires_at  DATETIME(3) NULL,
  KEY idx_pick_channel (channel_id, position),
  CONSTRAINT fk_pick_channel FOREIGN KEY (channel_id) REFERENCES channel (id),
  CONSTRAINT fk_pick_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every publish/update/withdraw of an article writes a row here in the same transaction. Each node's
-- indexer applies rows after the position stored in its own index commit, so rows are never consumed.
CREATE TABLE index_outbox (
  id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  article_id BIGINT      NOT NULL,
  created_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
