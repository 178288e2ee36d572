-- Inkstone schema v4: account session epochs and unique display names.
--
-- session_epoch: bumped by every password change. A session remembers the epoch it logged in under; every
-- authenticated request compares it with this column, so a change ends every other session of the account
-- at once, on every node (sessions live in each node's memory, the epoch in the shared database).
--
-- display_skeleton: the Unicode UTS #39 confusable skeleton of display_name (computed in Java with ICU4J, see
-- org.inkstone.account.DisplayNames). Unique, so two accounts never show look-alike names, also when two
-- registrations race. Binary collation: skeletons are compared exactly, not by the table's accent- and
-- case-insensitive collation. NULL only for rows older than this migration until the application fills them
-- in at start (AccountService.completeNameSkeletons); NULLs do not collide.
ALTER TABLE account
  ADD COLUMN session_epoch INT NOT NULL DEFAULT 0,
  ADD COLUMN display_skeleton VARCHAR(512) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  ADD UNIQUE KEY uk_account_display_skeleton (display_skeleton);
