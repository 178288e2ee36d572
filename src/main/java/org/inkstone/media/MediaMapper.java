package org.inkstone.media;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.util.List;

/** The tables {@code media} and {@code media_rendition}. SQL in {@code org/inkstone/media/MediaMapper.xml}. */
@Mapper
public interface MediaMapper {

    /** Inserts the image and sets {@code row.id}; a duplicate hash fails on the unique key. */
    int insert(@Param("row") MediaRow row, @Param("bytes") byte[] bytes);

    int insertRendition(@Param("mediaId") long mediaId, @Param("width") int width, @Param("height") int height,
                        @Param("bytes") byte[] bytes);

    /** The image with this hash (without bytes), or null. */
    MediaRow findByHash(@Param("hash") String hash);

    int updateAlt(@Param("id") long id, @Param("alt") String alt);

    /** The full-size file, or null. */
    MediaFile findFile(@Param("hash") String hash);

    /** The page size {@code width} pixels wide of the image, or null. */
    MediaFile findRenditionFile(@Param("hash") String hash, @Param("width") int width);

    /** The encoding of the file (null: no such image or size); {@code width} null for the full size. */
    String findEncoding(@Param("hash") String hash, @Param("width") Integer width);

    /** At most {@code limit} images with an id below {@code beforeId} (null: from the newest), newest first. */
    List<MediaRow> listBefore(@Param("beforeId") Long beforeId, @Param("limit") int limit);

    /** The images among {@code hashes} (without bytes), in any order; unknown hashes are left out. */
    List<MediaRow> listByHashes(@Param("hashes") List<String> hashes);
}
