package org.inkstone.syndication;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.channel.Channel;
import org.inkstone.channel.ChannelService;
import org.inkstone.common.InvalidParameterException;
import org.inkstone.common.Sql;
import org.mybatis.cdi.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Partner media centres: registration by an admin, their pull key and signing secret, their channels, pause and
 * resume. Threat: a leaked database must not let anyone pull as a partner: only the SHA-256 of the pull key is
 * stored (the key has 256 random bits, so an unsalted fast hash is enough); the signing secret must be stored as
 * shown because HMAC needs it (V9). Key and secret are shown once, in the answer that generated them.
 *
 * <p>Credentials: 32 bytes from {@link SecureRandom}, URL-safe Base64 without padding (43 characters), prefixed
 * {@code ipk_} (pull key) and {@code iss_} (signing secret) so partners and secret scanners recognise them.
 *
 * <p>Thread-safe (stateless; the database holds the state).
 */
@ApplicationScoped
public class PartnerService {

    /** Prefix of a pull key. */
    public static final String KEY_PREFIX = "ipk_";
    /** Prefix of a signing secret. */
    public static final String SECRET_PREFIX = "iss_";
    /** The most channels one partner may name. */
    public static final int MAX_CHANNELS = 200;
    /** The longest endpoint URL (characters; the column's size). */
    public static final int MAX_ENDPOINT = 2000;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PartnerMapper mapper;

    @Inject
    ChannelService channels;

    @Inject
    ChangeLog changeLog;

    @Inject
    SyndicationSettings settings;

    /** The time source; tests replace it. */
    Clock clock = Clock.systemUTC();

    private EndpointGuard guard;

    @PostConstruct
    void init() {
        guard = EndpointGuard.of(settings);
    }

    /** The guard every push goes through (shared with the worker). */
    public EndpointGuard guard() {
        return guard;
    }

    /** What registration answers, once: the credentials are never shown again. */
    public record Registered(long id, String key, String secret) {
    }

    /**
     * Registers a partner; it starts at the change log's current position ({@code start_seq}), active.
     *
     * @param name     1–100 characters after stripping, unique
     * @param endpoint an absolute http/https push URL that {@link EndpointGuard} allows, or null (pull only)
     * @param format   {@code ninjs} or {@code newsml-g2}
     * @param channelIds channels that exist (a parent includes its second-level channels); empty or null: all
     * @throws InvalidParameterException 400 naming {@code name}, {@code format} or {@code channels}
     * @throws EndpointNotAllowedException 400 {@code endpoint_not_allowed}
     * @throws PartnerNameTakenException 409 {@code partner_name_taken}
     */
    @Transactional
    public Registered register(String name, String endpoint, String format, List<String> channelIds) {
        String cleanName = checkName(name);
        String cleanEndpoint = checkEndpoint(endpoint);
        Format f = Format.of(format).orElseThrow(() -> new InvalidParameterException("format", "ninjs 或 newsml-g2"));
        List<String> cleanChannels = checkChannels(channelIds);
        String key = KEY_PREFIX + randomToken();
        String secret = SECRET_PREFIX + randomToken();
        Instant now = clock.instant();
        Partner p = new Partner();
        p.setName(cleanName);
        p.setEndpoint(cleanEndpoint);
        p.setFormat(f.id());
        p.setKeyHash(hash(key));
        p.setSecret(secret);
        p.setStartSeq(changeLog.currentSeq());
        p.setCreatedAt(now);
        p.setUpdatedAt(now);
        try {
            mapper.insert(p);
        } catch (RuntimeException e) {
            if (Sql.isDuplicateKey(e)) {
                throw new PartnerNameTakenException(cleanName);
            }
            throw e;
        }
        for (String c : cleanChannels) {
            mapper.insertChannel(p.getId(), c);
        }
        return new Registered(p.getId(), key, secret);
    }

    /** Every partner with its channels, oldest first. */
    public List<Partner> list() {
        Map<Long, List<String>> byPartner = channelsByPartner();
        List<Partner> all = mapper.listAll();
        all.forEach(p -> p.setChannels(byPartner.getOrDefault(p.getId(), List.of())));
        return all;
    }

    /** The partner with its channels; 404 {@link PartnerNotFoundException} for an unknown id. */
    public Partner require(long id) {
        Partner p = mapper.findById(id);
        if (p == null) {
            throw new PartnerNotFoundException(id);
        }
        p.setChannels(mapper.listChannels(id));
        return p;
    }

    /** The partner with its channels, if it exists. */
    public Optional<Partner> find(long id) {
        Partner p = mapper.findById(id);
        if (p != null) {
            p.setChannels(mapper.listChannels(id));
        }
        return Optional.ofNullable(p);
    }

    /**
     * Replaces a partner's name, endpoint and channels (its format, key and secret stay); the checks and errors of
     * {@link #register}, and 404 for an unknown id. Deliveries already written keep their document.
     */
    @Transactional
    public Partner update(long id, String name, String endpoint, List<String> channelIds) {
        require(id);
        String cleanName = checkName(name);
        String cleanEndpoint = checkEndpoint(endpoint);
        List<String> cleanChannels = checkChannels(channelIds);
        try {
            mapper.updateDetails(id, cleanName, cleanEndpoint, clock.instant());
        } catch (RuntimeException e) {
            if (Sql.isDuplicateKey(e)) {
                throw new PartnerNameTakenException(cleanName);
            }
            throw e;
        }
        mapper.deleteChannels(id);
        for (String c : cleanChannels) {
            mapper.insertChannel(id, c);
        }
        return require(id);
    }

    /** Pauses a partner (reason manual): its deliveries wait, queued, until it is resumed. 404 for an unknown id. */
    @Transactional
    public Partner pause(long id) {
        require(id);
        mapper.updatePaused(id, true, "manual", clock.instant());
        return require(id);
    }

    /** Resumes a partner and clears its failing flag; waiting deliveries go out at the next poll. 404 for an unknown id. */
    @Transactional
    public Partner resume(long id) {
        require(id);
        mapper.updatePaused(id, false, null, clock.instant());
        return require(id);
    }

    /**
     * A new signing secret, returned once. The previous one keeps signing (a second signature) for
     * {@code inkstone.syndication.secret-grace-hours}; a secret older than that is dropped at once (two at most).
     * 404 for an unknown id.
     */
    @Transactional
    public String rotateSecret(long id) {
        Partner p = require(id);
        String secret = SECRET_PREFIX + randomToken();
        Instant now = clock.instant();
        boolean grace = !settings.secretGrace().isZero();
        mapper.updateSecret(id, secret, grace ? p.getSecret() : null, grace ? now.plus(settings.secretGrace()) : null, now);
        return secret;
    }

    /** A new pull key, returned once; the old key stops working at once. 404 for an unknown id. */
    @Transactional
    public String rotateKey(long id) {
        require(id);
        String key = KEY_PREFIX + randomToken();
        mapper.updateKeyHash(id, hash(key), clock.instant());
        return key;
    }

    /** Deletes a partner with its channels and its delivery log. 404 for an unknown id. */
    @Transactional
    public void delete(long id) {
        if (mapper.delete(id) == 0) {
            throw new PartnerNotFoundException(id);
        }
    }

    /**
     * The partner whose pull key is {@code key} (with its channels); empty for null, a malformed or an unknown key.
     * The lookup is by the key's SHA-256, so its time does not depend on how much of a guess matches.
     */
    public Optional<Partner> authenticate(String key) {
        if (key == null || !key.startsWith(KEY_PREFIX) || key.length() > 200) {
            return Optional.empty();
        }
        Partner p = mapper.findByKeyHash(hash(key));
        if (p == null) {
            return Optional.empty();
        }
        p.setChannels(mapper.listChannels(p.getId()));
        return Optional.of(p);
    }

    /**
     * Whether {@code partner} takes changes of {@code channelId}: it names no channel (all), or names that channel
     * or its parent (a top-level channel includes its second-level channels).
     */
    public boolean subscribes(Partner partner, String channelId) {
        return subscribes(partner.getChannels(), channelId, channels.find(channelId).map(Channel::getParentId).orElse(null));
    }

    /** The rule of {@link #subscribes(Partner, String)}, pure: {@code parentId} is the channel's parent or null. */
    static boolean subscribes(List<String> partnerChannels, String channelId, String parentId) {
        return partnerChannels.isEmpty() || partnerChannels.contains(channelId)
                || parentId != null && partnerChannels.contains(parentId);
    }

    /** Partners with a push endpoint (active or paused) that take changes of {@code channelId}, with their channels. */
    public List<Partner> pushPartnersFor(String channelId) {
        List<Partner> all = mapper.listPushPartners();
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> byPartner = channelsByPartner();
        String parent = channels.find(channelId).map(Channel::getParentId).orElse(null);
        List<Partner> out = new ArrayList<>();
        for (Partner p : all) {
            p.setChannels(byPartner.getOrDefault(p.getId(), List.of()));
            if (subscribes(p.getChannels(), channelId, parent)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The channel ids whose articles {@code partner} takes: its channels and their second-level channels; empty
     * when it takes every channel.
     */
    public Set<String> expandedChannels(Partner partner) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : partner.getChannels()) {
            out.add(c);
            out.addAll(channels.tree().children(c).stream().map(Channel::getId).toList());
        }
        return out;
    }

    private Map<Long, List<String>> channelsByPartner() {
        Map<Long, List<String>> out = new HashMap<>();
        for (PartnerChannel pc : mapper.listAllChannels()) {
            out.computeIfAbsent(pc.getPartnerId(), k -> new ArrayList<>()).add(pc.getChannelId());
        }
        return out;
    }

    /** {@code name} stripped; 400 naming {@code name} unless it has 1–100 characters (code points). */
    static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        int len = n.codePointCount(0, n.length());
        if (len < 1 || len > 100) {
            throw new InvalidParameterException("name", "1–100 个字符");
        }
        if (n.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException("name", "不得包含控制字符");
        }
        return n;
    }

    /** {@code endpoint} stripped, or null (pull only) for null or blank; 400 {@code endpoint_not_allowed} otherwise. */
    String checkEndpoint(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            return null;
        }
        String e = endpoint.strip();
        if (e.length() > MAX_ENDPOINT) {
            throw new EndpointNotAllowedException("最长 " + MAX_ENDPOINT + " 个字符");
        }
        return guard.check(e).toString();
    }

    /** Distinct existing channel ids in the given order; 400 naming {@code channels} for an unknown one or too many. */
    List<String> checkChannels(List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        if (ids.size() > MAX_CHANNELS) {
            throw new InvalidParameterException("channels", "最多 " + MAX_CHANNELS + " 个栏目");
        }
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            if (id == null || channels.find(id).isEmpty()) {
                String shown = id == null ? "null" : id.length() > 32 ? id.substring(0, 32) : id;
                throw new InvalidParameterException("channels", "栏目不存在：" + shown);
            }
            out.add(id);
        }
        return List.copyOf(out);
    }

    /** 32 bytes from {@link SecureRandom} as URL-safe Base64 without padding (43 characters). */
    static String randomToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** SHA-256 (lower-case hex) of the UTF-8 bytes of {@code key}: what {@code partner.key_hash} stores. */
    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
