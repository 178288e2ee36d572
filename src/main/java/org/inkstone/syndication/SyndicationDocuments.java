package org.inkstone.syndication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.inkstone.article.ArticleNotFoundException;

/**
 * PLACEHOLDER (replaced by the items work, branch wt-items): the signature is the contract, the body is not.
 * The current document of an article for partners, in a format.
 */
@ApplicationScoped
public class SyndicationDocuments {

    @Inject
    ChangeLog changeLog;

    /** A rendered document: the text sent or served (UTF-8), with what it is. */
    public record Document(long articleId, String uri, int version, PubStatus pubStatus, Format format, String body) {
    }

    /**
     * The article's current document in {@code format}: the full item while it is published ({@code usable}), a
     * kill notice (no body) after a withdrawal ({@code canceled}). Version and status come from the change log;
     * a published article the newsroom never changed (an import) is version 1, usable. Call inside the publishing
     * transaction to render the state it is writing.
     *
     * @throws ArticleNotFoundException for an article that does not exist or was never published
     */
    public Document render(long articleId, Format format) {
        Change c = changeLog.find(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId));
        String uri = "urn:placeholder:" + articleId;
        String body = format == Format.NINJS
                ? Json.createObjectBuilder().add("uri", uri).add("version", String.valueOf(c.version()))
                        .add("pubstatus", c.pubStatus().id()).build().toString()
                : "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"" + uri + "\" version=\"" + c.version() + "\"/>";
        return new Document(articleId, uri, c.version(), c.pubStatus(), format, body);
    }
}
