-- Inkstone schema v7: the newsroom's media library (package media). Every node serves images from here, so
-- nothing lives in a node's own files. An image is addressed by hash, the SHA-256 (hex) of its stored bytes:
-- the re-encoded full-size image (encoding jpeg or png; the uploaded file itself is never kept, so its camera
-- metadata never is). width and height are pixels; byte_size the length of bytes. alt is the text alternative
-- (1–200 characters), uploader_id the account that uploaded it (null for the script token; no foreign key:
-- media outlive accounts). Keyset lists go by id, newest first. LONGBLOB: a full-size image may pass 16 MiB
-- only up to the application's own cap (ImagePipeline.MAX_STORED_BYTES, 15 MiB).
CREATE TABLE media (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  hash          CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  encoding      VARCHAR(8)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  source_format VARCHAR(8)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  width         INT          NOT NULL,
  height        INT          NOT NULL,
  byte_size     INT          NOT NULL,
  alt           VARCHAR(200) NOT NULL,
  uploader_id   BIGINT       NULL,
  created_at    DATETIME(3)  NOT NULL,
  bytes         LONGBLOB     NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_media_hash (hash),
  CONSTRAINT chk_media_encoding CHECK (encoding IN ('jpeg', 'png')),
  CONSTRAINT chk_media_source CHECK (source_format IN ('jpeg', 'png', 'gif', 'webp')),
  CONSTRAINT chk_media_size CHECK (width > 0 AND height > 0 AND byte_size > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Page sizes of an image (e.g. 1200 and 400 pixels wide), in the image's encoding, only those narrower than
-- the image itself (never enlarged). Served at media/<hash>-<width>.<ext>.
CREATE TABLE media_rendition (
  media_id  BIGINT     NOT NULL,
  width     INT        NOT NULL,
  height    INT        NOT NULL,
  byte_size INT        NOT NULL,
  bytes     MEDIUMBLOB NOT NULL,
  PRIMARY KEY (media_id, width),
  CONSTRAINT fk_media_rendition_media FOREIGN KEY (media_id) REFERENCES media (id) ON DELETE CASCADE,
  CONSTRAINT chk_media_rendition_size CHECK (width > 0 AND height > 0 AND byte_size > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
