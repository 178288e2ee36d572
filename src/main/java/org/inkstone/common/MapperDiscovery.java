package org.inkstone.common;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

/**
 * Makes the MyBatis mapper interfaces visible to CDI under {@code bean-discovery-mode="annotated"}: an
 * interface has no bean-defining annotation, so mybatis-cdi would never see it and could not produce the
 * injectable mapper. Registered in {@code META-INF/services/jakarta.enterprise.inject.spi.Extension}.
 */
public class MapperDiscovery implements Extension {

    void addMappers(@Observes BeforeBeanDiscovery event, BeanManager beans) {
        for (Class<?> mapper : Database.MAPPERS) {
            event.addAnnotatedType(beans.createAnnotatedType(mapper), mapper.getName());
        }
    }
}
