package org.inkstone.syndication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.article.Article;
import org.inkstone.article.ArticleChanged;
import org.inkstone.article.ArticleService;
import org.mybatis.cdi.Transactional;

import java.util.Optional;

/**
 * The change log: every publication, correction and withdrawal moves the article's {@code syndication_item} row to
 * the next sequence number, in commit order (V9 explains the counter lock). Thread-safe (stateless).
 */
@ApplicationScoped
public class ChangeLog {

    @Inject
    ChangeLogMapper mapper;

    @Inject
    ArticleService articles;

    /**
     * Records {@code e} inside the caller's transaction and returns the article's new state. Versions: the first
     * change of an article is version 1 when it is a publication; a correction or withdrawal of an article that
     * has no row yet (an imported article, implicitly version 1) is version 2; every later change adds 1.
     *
     * @throws IllegalStateException when the article does not exist (the event is fired after its row changed)
     */
    @Transactional
    public Change record(ArticleChanged e) {
        Article a = articles.findForNewsroom(e.articleId())
                .orElseThrow(() -> new IllegalStateException("article " + e.articleId() + " changed but not found"));
        PubStatus status = e.kind() == ArticleChanged.Kind.WITHDRAWN ? PubStatus.CANCELED : PubStatus.USABLE;
        mapper.takeSeq();
        long seq = mapper.lastSeq();
        ChangeRow row = mapper.lockItem(e.articleId());
        if (row == null) {
            int version = e.kind() == ArticleChanged.Kind.PUBLISHED ? 1 : 2;
            mapper.insertItem(e.articleId(), seq, version, status.id(), a.getChannelId(), e.at());
        } else {
            mapper.updateItem(e.articleId(), seq, status.id(), a.getChannelId(), e.at());
        }
        return mapper.findItem(e.articleId()).toChange();
    }

    /** The article's current syndicated state; empty for an article the newsroom never published or withdrew. */
    public Optional<Change> find(long articleId) {
        return Optional.ofNullable(mapper.findItem(articleId)).map(ChangeRow::toChange);
    }

    /** The highest sequence number taken so far (0 before the first change); a new partner's starting point. */
    public long currentSeq() {
        return mapper.currentSeq();
    }

    /** The current syndicated state of each article among {@code articleIds} that has one, by article id (one query). */
    public java.util.Map<Long, Change> find(java.util.Collection<Long> articleIds) {
        java.util.Map<Long, Change> out = new java.util.HashMap<>();
        if (!articleIds.isEmpty()) {
            for (ChangeRow r : mapper.listItems(java.util.List.copyOf(articleIds))) {
                out.put(r.getArticleId(), r.toChange());
            }
        }
        return out;
    }

    /** When the latest change of any article was recorded; empty before the first. */
    public Optional<java.time.Instant> latestChangeAt() {
        return Optional.ofNullable(mapper.findLatestChangedAt());
    }
}
