package org.inkstone.newsroom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Publishes scheduled articles whose time has come: run every {@code inkstone.newsroom.schedule-poll-ms} (1 s) by
 * the start-up's managed scheduled executor, and once at start, so a time that passed while the server was down
 * publishes then. Each article is claimed with a conditional UPDATE ({@link NewsroomService#publishScheduled}), so
 * with several nodes exactly one publishes it, once. Thread-safe.
 */
@ApplicationScoped
public class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class.getName());

    @Inject
    NewsroomService newsroom;

    /** The time source; tests replace it. */
    Clock clock = Clock.systemUTC();

    /** Publishes what is due now; returns how many this node published. */
    public int publishDue() {
        return publishDue(clock.instant());
    }

    /** Publishes what is due at {@code now}; returns how many this node published. */
    public int publishDue(Instant now) {
        int published = 0;
        for (long id : newsroom.dueScheduled(now)) {
            if (newsroom.publishScheduled(id, now)) {
                published++;
                LOG.info("scheduled article " + id + " published");
            }
        }
        if (published > 0) {
            newsroom.readersChanged();
        }
        return published;
    }
}
