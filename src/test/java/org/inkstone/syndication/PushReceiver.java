package org.inkstone.syndication;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A partner's push endpoint for the system tests: a JDK {@link HttpServer} on 127.0.0.1 at a random port that
 * records every request (headers, body, arrival time) and answers with the next status of a script (then 200).
 * {@link #await} polls with a deadline; nothing sleeps a fixed time. Close it (try-with-resources).
 */
public final class PushReceiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Arrival(String path, String contentType, String delivery, String timestamp, String signature,
                          String body, Instant at) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Integer> script = new ConcurrentLinkedQueue<>();
    private final List<Arrival> arrivals = new ArrayList<>();

    /** A receiver answering {@code statuses} in order, then 200 to everything. */
    public PushReceiver(int... statuses) {
        for (int s : statuses) {
            script.add(s);
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    private void handle(HttpExchange x) throws IOException {
        byte[] body;
        try (InputStream in = x.getRequestBody()) {
            body = in.readAllBytes();
        }
        Arrival a = new Arrival(x.getRequestURI().getPath(), x.getRequestHeaders().getFirst("Content-Type"),
                x.getRequestHeaders().getFirst(Signatures.DELIVERY), x.getRequestHeaders().getFirst(Signatures.TIMESTAMP),
                x.getRequestHeaders().getFirst(Signatures.HEADER), new String(body, StandardCharsets.UTF_8), Instant.now());
        Integer status = script.poll();
        synchronized (arrivals) {
            arrivals.add(a);
        }
        x.sendResponseHeaders(status == null ? 200 : status, -1);
        x.close();
    }

    /** The endpoint URL, e.g. {@code http://127.0.0.1:41234/push}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/push";
    }

    /** Every request so far, in arrival order. */
    public List<Arrival> arrivals() {
        synchronized (arrivals) {
            return List.copyOf(arrivals);
        }
    }

    /** The requests so far that {@code which} accepts. */
    public List<Arrival> arrivals(Predicate<Arrival> which) {
        return arrivals().stream().filter(which).toList();
    }

    /**
     * Waits until at least {@code n} requests that {@code which} accepts have arrived, polling every 50 ms for at
     * most {@code deadline}; returns them, or fails naming what did arrive.
     */
    public List<Arrival> await(Predicate<Arrival> which, int n, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            List<Arrival> got = arrivals(which);
            if (got.size() >= n) {
                return got;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("expected " + n + " pushes within " + deadline + ", got " + got.size() + ": " + arrivals());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
