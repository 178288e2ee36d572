package org.inkstone.search;

import org.inkstone.common.ConfigValues;
import org.inkstone.common.InkstoneConfig;

import java.nio.file.Path;

/**
 * Where this node keeps its Lucene index and how much it buffers. Immutable.
 *
 * @param dir         {@code inkstone.index.dir}, default {@code <inkstone.data.dir>/index}
 * @param ramBufferMb {@code inkstone.index.ram-buffer-mb}: the IndexWriter's RAM buffer in MiB, 16–2,048 (default 64;
 *                    Lucene's own default is 16, larger buffers flush fewer segments during a full rebuild)
 */
public record IndexSettings(Path dir, int ramBufferMb) {

    /** Reads the keys above; throws {@link org.inkstone.common.InvalidSettingException} naming a key whose value is out of range. */
    public static IndexSettings from(InkstoneConfig c) {
        return new IndexSettings(c.indexDir(), ConfigValues.intIn(c, "inkstone.index.ram-buffer-mb", 16, 2_048));
    }
}
