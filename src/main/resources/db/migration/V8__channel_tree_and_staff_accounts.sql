-- Inkstone schema v8: the channel tree (一级/二级栏目) and hidden channels; staff account administration.
--
-- channel.parent_id: NULL for a top-level channel (一级栏目), else the id of a top-level channel (二级栏目). Only two
-- levels: the application refuses a parent that has a parent itself (ChannelTree). position orders siblings.
-- channel.hidden: left out of the reader navigation and the channel lists; its page keeps working.
--
-- account.disabled: the account cannot log in, and its sessions end (disabling also moves session_epoch on).
-- account.must_change_password: set by an administrator's password reset (a one-time password); the account
-- may log in, but every other action is refused until it sets a password of its own.
--
-- The role check gains 'reporter' (记者), the newsroom's writing role.
ALTER TABLE channel
  ADD COLUMN parent_id VARCHAR(32) NULL,
  ADD COLUMN hidden    TINYINT(1)  NOT NULL DEFAULT 0,
  ADD KEY idx_channel_parent (parent_id, position),
  ADD CONSTRAINT fk_channel_parent FOREIGN KEY (parent_id) REFERENCES channel (id);

ALTER TABLE account
  ADD COLUMN disabled             TINYINT(1) NOT NULL DEFAULT 0,
  ADD COLUMN must_change_password TINYINT(1) NOT NULL DEFAULT 0;

-- (the role check admitting 'reporter' is V6's)
