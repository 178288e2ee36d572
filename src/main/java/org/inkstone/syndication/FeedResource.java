package org.inkstone.syndication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.Date;

/**
 * The site's feeds: {@code GET /feeds/rss.xml} (RSS 2.0) and {@code /feeds/atom.xml} (Atom 1.0), see
 * {@link FeedService}. Answers with {@code ETag}, {@code Last-Modified} and {@code Cache-Control: public,
 * max-age=60}; 304 (no body) when {@code If-None-Match} matches, or, without {@code If-None-Match}, when nothing
 * changed since {@code If-Modified-Since} (JAX-RS {@link Request#evaluatePreconditions(Date, EntityTag)}, RFC 9110
 * §13.2.2). Any {@code Accept} is answered (feed readers send all sorts). Thread-safe (stateless).
 */
@Path("feeds/{format: rss|atom}.xml")
@ApplicationScoped
public class FeedResource {

    /** Readers and aggregators may reuse a feed for a minute without asking; after that they revalidate (304). */
    static final String CACHE_CONTROL = "public, max-age=60";

    @Inject
    FeedService feeds;

    @GET
    public Response get(@PathParam("format") String format, @Context UriInfo uri, @Context Request request) {
        return respond(feeds.feed(null, format(format), uri.getBaseUri()), request);
    }

    static FeedFormat format(String id) {
        return FeedFormat.of(id).orElseThrow(NotFoundException::new);
    }

    /** 200 with the document, or 304 when the request's validators match; the same headers either way. */
    static Response respond(RenderedFeed feed, Request request) {
        EntityTag tag = new EntityTag(feed.etag());
        Date lastModified = Date.from(feed.lastModified());
        Response.ResponseBuilder b = request.evaluatePreconditions(lastModified, tag);
        if (b == null) {
            b = Response.ok(feed.body(), feed.mediaType());
        }
        return b.tag(tag).lastModified(lastModified).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }
}
