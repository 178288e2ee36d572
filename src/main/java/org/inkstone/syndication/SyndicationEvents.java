package org.inkstone.syndication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.inkstone.article.ArticleChanged;

/**
 * Hears {@link ArticleChanged} synchronously, inside the publishing transaction, so the change log and the push
 * outbox commit or roll back with the publication itself. Thread-safe (stateless).
 */
@ApplicationScoped
public class SyndicationEvents {

    @Inject
    ChangeLog changeLog;

    @Inject
    DeliveryService deliveries;

    void onArticleChanged(@Observes ArticleChanged e) {
        Change c = changeLog.record(e);
        deliveries.enqueue(c); // the outbox: one delivery per subscribed partner, same transaction
    }
}
