package org.inkstone.search;

public class Explore {
    public static void main(String[] a) throws Exception {
        try (ShippedCorpus c = new ShippedCorpus(null)) {
            for (String q : a) {
                SearchHits h = c.index.search(new SearchQuery(q, null, null, null, 1, 10));
                System.out.println("== " + q + " total=" + h.total() + " words=" + c.index.readerQuery(q).words() + " req=" + c.index.readerQuery(q).required());
                for (SearchHits.Hit x : h.hits()) {
                    System.out.println("  " + x.id() + " " + c.externalId(x.id()) + " " + x.title() + " | " + x.snippetHtml().substring(0, Math.min(80, x.snippetHtml().length())));
                }
            }
        }
    }
}
