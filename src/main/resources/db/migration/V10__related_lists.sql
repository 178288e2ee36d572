-- Inkstone schema v10: precomputed related lists (相关文章, issue 11). An article's list is computed with Lucene
-- MoreLikeThis when it is published or corrected, when it should enter or leave another article's list, by the
-- full recompute job, or on its first page request when none is stored; the article page reads it from here.
--
-- related_list: one row per article whose list was computed (computed_at, UTC). No row = never computed; a row
-- without entries = computed and empty.
-- related_entry: the list's entries in rank order (position 0 = best, at most 5). The key on related_id is the
-- reverse lookup: every list that holds an article (recomputed when that article is withdrawn or corrected).
-- Both cascade on the article's deletion (articles are withdrawn, not deleted; tests delete theirs).
CREATE TABLE related_list (
  article_id  BIGINT      NOT NULL,
  computed_at DATETIME(3) NOT NULL,
  PRIMARY KEY (article_id),
  CONSTRAINT fk_related_list_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE related_entry (
  article_id BIGINT   NOT NULL,
  position   SMALLINT NOT NULL,
  related_id BIGINT   NOT NULL,
  PRIMARY KEY (article_id, position),
  KEY idx_related_entry_related (related_id, article_id),
  CONSTRAINT fk_related_entry_list FOREIGN KEY (article_id) REFERENCES related_list (article_id) ON DELETE CASCADE,
  CONSTRAINT fk_related_entry_article FOREIGN KEY (related_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
