/**
 * Syndication to partner media centres (融媒体中心): RSS/Atom feeds for readers' feed readers and aggregators,
 * IPTC ninjs 2.1 and NewsML-G2 2.35 documents for partners, a durable outbox of signed push deliveries with kill
 * notices, and a keyset-paged pull API. Listens to {@link org.inkstone.article.ArticleChanged} (fired inside the
 * publishing transaction) and records every change in its own tables ({@code syndication_counter},
 * {@code syndication_item}, {@code partner}, {@code partner_channel}, {@code delivery}); reads articles, channels
 * and images only through their services.
 *
 * <p>Feeds: {@link org.inkstone.syndication.FeedResource} ({@code /feeds/rss.xml}, {@code /feeds/atom.xml}) and
 * {@link org.inkstone.syndication.ChannelFeedResource} ({@code /channels/{id}/rss.xml}, {@code .../atom.xml}) answer
 * with validators and 304s; {@link org.inkstone.syndication.FeedService} lists, versions ({@link
 * org.inkstone.syndication.FeedVersion}) and caches; {@link org.inkstone.syndication.FeedEntries} builds entries;
 * {@link org.inkstone.syndication.FeedWriter} writes them with ROME.
 */
package org.inkstone.syndication;
