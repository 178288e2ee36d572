package org.inkstone.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Facts about this database, for features (which never use another package's mapper). Thread-safe. */
@ApplicationScoped
public class SiteMeta {

    @Inject
    SiteMetaMapper mapper;

    /** The random id of this database (a UUID of 36 characters, set by the first migration). */
    public String instanceId() {
        return mapper.instanceId();
    }
}
