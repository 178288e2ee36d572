package org.inkstone.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.moderation.WriterHistory;

/** The moderation rules' view of past comments, read from the comment table. Thread-safe. */
@ApplicationScoped
public class CommentHistory implements WriterHistory {

    @Inject
    CommentMapper mapper;

    @Override
    public long approvedByClient(String clientHash, int upTo) {
        return mapper.countApprovedByClient(clientHash, upTo);
    }
}
