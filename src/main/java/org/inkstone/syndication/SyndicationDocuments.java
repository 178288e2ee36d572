package org.inkstone.syndication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.article.ArticleNotFoundException;

/**
 * The current document of an article for partners, in a format: IPTC ninjs 2.1 ({@link NinjsWriter}) or NewsML-G2
 * 2.35 ({@link NewsmlG2Writer}), from the content {@link ItemAssembler} gathers. Thread-safe (stateless).
 */
@ApplicationScoped
public class SyndicationDocuments {

    @Inject
    ItemAssembler assembler;

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
        return render(assembler.assemble(articleId), format);
    }

    /** {@code item} in {@code format} (no database access: for tests and for rendering one content twice). */
    public static Document render(ItemContent item, Format format) {
        String body = switch (format) {
            case NINJS -> NinjsWriter.write(item);
            case NEWSML_G2 -> NewsmlG2Writer.write(item);
        };
        return new Document(item.articleId(), item.uri(), item.version(), item.pubStatus(), format, body);
    }
}
