package org.inkstone.common;

import org.apache.ibatis.annotations.Select;
import org.mybatis.cdi.Mapper;

/** Facts about this database kept in {@code site_meta} (written by the migrations). Thread-safe (MyBatis mapper). */
@Mapper
public interface SiteMetaMapper {

    /** The random id of this database (a UUID, 36 characters, set by the first migration); an index built from another database has another. */
    @Select("SELECT value FROM site_meta WHERE name = 'instance-id'")
    String instanceId();
}
