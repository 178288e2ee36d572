package org.inkstone.syndication;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the push outbox: {@link #poll()} (every {@code inkstone.syndication.poll-interval-ms}, scheduled by the
 * start-up's managed scheduled executor) claims due deliveries for this node ({@link DeliveryService#claim}, a
 * lease per delivery) and hands each to a pool of {@value #SENDERS} sender threads, so one slow partner does not
 * hold up the others; a sender that finishes polls again at once, so a backlog drains without waiting for the
 * next interval. One attempt: the partner's endpoint is checked by {@link EndpointGuard}, then the document is
 * POSTed (UTF-8, {@link Format#mediaType()}) with {@code X-Inkstone-Delivery}, {@code X-Inkstone-Timestamp} and
 * {@code X-Inkstone-Signature} ({@link Signatures}); 307 and 308 are followed up to {@value #MAX_REDIRECTS} times,
 * each target checked again, within one {@code inkstone.syndication.timeout-ms} for the whole attempt (so an
 * attempt always ends before its lease); any other 3xx fails the delivery. The outcome is recorded by
 * {@link DeliveryService#record}.
 *
 * <p>At-least-once: a node killed mid-attempt leaves the delivery {@code sending}; another node (or this one
 * after restart) claims it again when the lease expires and sends it with the same uid. Thread-safe.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());

    /** Sender threads per node. */
    public static final int SENDERS = 2;
    /** Redirects (307/308 only) followed per attempt. */
    public static final int MAX_REDIRECTS = 3;

    @Inject
    DeliveryService deliveries;

    @Inject
    PartnerService partners;

    @Inject
    SyndicationSettings settings;

    @Resource
    ManagedThreadFactory threads;

    /** The time source; tests replace it. */
    Clock clock = Clock.systemUTC();

    /** This JVM's lease owner name: host, process id and a random part (at most 64 characters). */
    private final String node = nodeName();

    private final AtomicInteger inFlight = new AtomicInteger();

    /** Partners this node is sending to now (at most one delivery each in flight). */
    private final java.util.Set<Long> busyPartners = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Object pollLock = new Object();
    private volatile ExecutorService senders;
    private volatile HttpClient http;
    private volatile boolean stopped;

    private static String nodeName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "node";
        }
        String n = host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return n.length() > 64 ? n.substring(n.length() - 64) : n;
    }

    /** The lease owner name of this node. */
    public String node() {
        return node;
    }

    /** Starts the sender pool; call once at application start, before scheduling {@link #poll()}. */
    public synchronized void start() {
        if (senders != null) {
            return;
        }
        stopped = false;
        senders = threads == null ? Executors.newFixedThreadPool(SENDERS) : Executors.newFixedThreadPool(SENDERS, threads);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout()).build();
    }

    /** Claims what this node's free senders can take and hands it to them; returns how many were claimed. */
    public int poll() {
        synchronized (pollLock) { // one claimer per node at a time, so free slots are counted right
            return pollLocked();
        }
    }

    private int pollLocked() {
        ExecutorService pool = senders;
        if (pool == null || stopped) {
            return 0;
        }
        int claimed = 0;
        while (true) {
            int free = SENDERS - inFlight.get();
            if (free <= 0) {
                return claimed;
            }
            List<Delivery> batch = deliveries.claim(node, free, java.util.Set.copyOf(busyPartners));
            inFlight.addAndGet(batch.size());
            batch.forEach(d -> busyPartners.add(d.getPartnerId()));
            if (batch.isEmpty()) {
                return claimed;
            }
            claimed += batch.size();
            for (Delivery d : batch) {
                pool.execute(() -> {
                    try {
                        attempt(d);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "delivery " + d.getId() + " attempt failed to record; its lease will expire", e);
                    } finally {
                        busyPartners.remove(d.getPartnerId());
                        inFlight.decrementAndGet();
                    }
                    if (!stopped) {
                        try {
                            poll();
                        } catch (RuntimeException e) {
                            LOG.log(Level.WARNING, "delivery poll failed; will retry", e);
                        }
                    }
                });
            }
        }
    }

    /** One attempt of a claimed delivery, recorded. */
    void attempt(Delivery d) {
        Optional<Partner> partner = partners.find(d.getPartnerId());
        if (partner.isEmpty()) {
            return; // deleted meanwhile: its deliveries went with it
        }
        PushOutcome outcome = send(partner.get(), d);
        String status = deliveries.record(d, node, outcome);
        if (!DeliveryService.DELIVERED.equals(status)) {
            LOG.info("delivery " + d.getId() + " (" + d.getUid() + ") to partner " + d.getPartnerId() + ": " + outcome.error()
                    + " -> " + (status == null ? "lease lost" : status));
        }
    }

    /** POSTs {@code d} to {@code p}'s endpoint, following 307/308; the outcome, never an exception. */
    PushOutcome send(Partner p, Delivery d) {
        if (p.getEndpoint() == null) {
            return PushOutcome.fail(null, "partner has no push endpoint");
        }
        Instant now = clock.instant();
        long ts = now.getEpochSecond();
        String signature = Signatures.header(p.getSecret(), p.previousSecretAt(now), ts, d.getDocument());
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        URI uri;
        try {
            uri = partners.guard().check(p.getEndpoint());
        } catch (EndpointNotAllowedException e) {
            return PushOutcome.fail(null, "endpoint_not_allowed: " + e.fields().get("endpoint"));
        }
        for (int hop = 0; ; hop++) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return PushOutcome.retry("timeout after " + settings.timeout().toMillis() + " ms");
            }
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(left))
                    .header("Content-Type", p.format().mediaType())
                    .header(Signatures.DELIVERY, d.getUid())
                    .header(Signatures.TIMESTAMP, Long.toString(ts))
                    .header(Signatures.HEADER, signature)
                    .header("User-Agent", "Inkstone-Syndication/1")
                    .POST(HttpRequest.BodyPublishers.ofString(d.getDocument(), StandardCharsets.UTF_8)).build();
            // The request's own timeout covers only the wait for the response head; the body (discarded) may stall,
            // so the whole exchange waits at most what is left of the attempt's deadline, then is cancelled.
            AtomicReference<HttpResponse.ResponseInfo> head = new AtomicReference<>();
            CompletableFuture<HttpResponse<Void>> exchange;
            try {
                exchange = http.sendAsync(request, info -> {
                    head.set(info);
                    return HttpResponse.BodySubscribers.discarding();
                });
            } catch (IllegalArgumentException e) {
                return PushOutcome.fail(null, "request refused by the HTTP client: " + e.getMessage());
            }
            int code;
            Optional<String> location;
            Optional<String> retryAfter;
            try {
                HttpResponse<Void> response = exchange.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                code = response.statusCode();
                location = response.headers().firstValue("Location");
                retryAfter = response.headers().firstValue("Retry-After");
            } catch (TimeoutException e) {
                exchange.cancel(true);
                HttpResponse.ResponseInfo info = head.get();
                if (info == null) {
                    return PushOutcome.retry("timeout after " + settings.timeout().toMillis() + " ms");
                }
                // the status arrived, the body did not finish: the receiver has answered; its body does not matter
                code = info.statusCode();
                location = info.headers().firstValue("Location");
                retryAfter = info.headers().firstValue("Retry-After");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (cause instanceof HttpTimeoutException) {
                    return PushOutcome.retry("timeout after " + settings.timeout().toMillis() + " ms");
                }
                if (cause instanceof IOException) {
                    return PushOutcome.retry("connection error: " + cause.getClass().getSimpleName()
                            + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
                }
                return PushOutcome.fail(null, "request failed: " + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
            } catch (InterruptedException e) {
                exchange.cancel(true);
                Thread.currentThread().interrupt();
                return PushOutcome.retry("interrupted (shutting down)");
            }
            if (code == 307 || code == 308) {
                if (hop == MAX_REDIRECTS) {
                    return PushOutcome.fail(code, "more than " + MAX_REDIRECTS + " redirects");
                }
                if (location.isEmpty()) {
                    return PushOutcome.fail(code, "HTTP " + code + " without Location");
                }
                try {
                    uri = partners.guard().check(uri.resolve(location.get().strip()));
                } catch (EndpointNotAllowedException e) {
                    return PushOutcome.fail(code, "redirect endpoint_not_allowed: " + e.fields().get("endpoint"));
                } catch (IllegalArgumentException e) {
                    return PushOutcome.fail(code, "HTTP " + code + " with a bad Location");
                }
                continue;
            }
            if (code >= 300 && code <= 399) {
                return PushOutcome.fail(code, "HTTP " + code + " (redirects other than 307/308 are not followed)");
            }
            return PushOutcome.ofResponse(code, retryAfter.orElse(null), clock.instant());
        }
    }

    /**
     * Stops claiming, lets running attempts finish for up to the timeout, then puts what this node still holds
     * back in the queue (sent again, same uid, by whichever node claims it next).
     */
    public synchronized void stop() {
        stopped = true;
        ExecutorService pool = senders;
        senders = null;
        if (pool == null) {
            return;
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(settings.timeout().toMillis() + 1_000, TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            int released = deliveries.release(node);
            if (released > 0) {
                LOG.info(released + " deliveries put back in the queue at shutdown");
            }
        } catch (RuntimeException e) {
            LOG.warning("could not release delivery leases at shutdown (they expire after the lease): " + e);
        }
    }
}
