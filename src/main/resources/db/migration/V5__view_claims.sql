-- Inkstone schema v5: one view per visitor per article per window, decided by the database that every node
-- shares. A page view counts only when its INSERT IGNORE adds the row (see PageViews): the primary key lets
-- exactly one of any number of concurrent claims win. visitor_hash is a keyed hash (HMAC-SHA256, hex) of the
-- visitor cookie or of the client address, never the value itself; window_start is in epoch seconds, a
-- multiple of inkstone.views.visitor-window-minutes × 60. Rows of past windows are deleted by the periodic
-- purge. (Named V5 because V4 is reserved for another change.)
CREATE TABLE article_view_claim (
  article_id   BIGINT   NOT NULL,
  visitor_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  window_start BIGINT   NOT NULL,
  PRIMARY KEY (article_id, visitor_hash, window_start),
  KEY idx_view_claim_window (window_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
