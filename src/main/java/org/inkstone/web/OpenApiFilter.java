package org.inkstone.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.inkstone.account.AccountResource;
import org.inkstone.account.SessionView;
import org.inkstone.article.ArticleDetail;
import org.inkstone.article.ArticleItem;
import org.inkstone.captcha.Challenge;
import org.inkstone.channel.ChannelResource;
import org.inkstone.comment.CommentPage;
import org.inkstone.comment.Posted;
import org.inkstone.common.ErrorBody;
import org.inkstone.common.Id;
import org.inkstone.search.SearchService;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shapes the OpenAPI document at {@code /openapi} (MicroProfile OpenAPI, {@code mp.openapi.filter}) into the
 * public JSON API:
 * <ul>
 *   <li>only paths under {@code /api/}, never {@code /api/admin/...} (moderation and editorial endpoints stay
 *       unadvertised whatever annotations they carry), no HTML pages or assets;</li>
 *   <li>every 4xx/5xx answer has the one error shape, {@link ErrorBody};</li>
 *   <li>the answer records that resources name with {@code @Schema(ref = "...")} (see {@link #ANSWERS}) become
 *       component schemas, built from the records' components;</li>
 *   <li>{@link Id} parameters are integers from 1 to {@link Id#MAX};</li>
 *   <li>Payara writes every default of an {@code @Schema} annotation into the document ({@code maxProperties: 0},
 *       {@code readOnly: false}, ...); such defaults are removed, since {@code maxProperties: 0} would declare
 *       every object empty;</li>
 *   <li>only the schemas the remaining operations use are kept; operation ids are made unique (Payara uses
 *       the Java method name, so every {@code list} and {@code get} would clash); a tag declared by two
 *       resources is listed once;</li>
 *   <li>Payara 6 adds a top-level {@code endpoints} member (its own list of paths), which OpenAPI 3.0 does
 *       not allow (extensions must start with {@code x-}); it is cleared through the document's
 *       {@code setEndpoints} method when the implementation has one (found by reflection, so nothing here
 *       depends on Payara's classes).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public class OpenApiFilter implements OASFilter {

    private static final String SCHEMA_REF = "#/components/schemas/";

    /** Answer shapes resources refer to by name. */
    static final Map<String, Type> ANSWERS = answers();

    private static Map<String, Type> answers() {
        Map<String, Type> m = new LinkedHashMap<>();
        m.put("ErrorBody", ErrorBody.class);
        m.put("ArticleList", new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[]{ArticleItem.class};
            }

            @Override
            public Type getRawType() {
                return org.inkstone.article.ItemList.class;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        });
        m.put("ArticleDetail", ArticleDetail.class);
        m.put("ChannelList", ChannelResource.ChannelList.class);
        m.put("SearchResult", SearchService.Result.class);
        m.put("CommentPage", CommentPage.class);
        m.put("Posted", Posted.class);
        m.put("Challenge", Challenge.class);
        m.put("Registered", AccountResource.Registered.class);
        m.put("SessionView", SessionView.class);
        return Map.copyOf(m);
    }

    /** True for a path of the public API: under {@code api/} but not {@code api/admin}. */
    static boolean isPublic(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.startsWith("api/") && !p.equals("api/admin") && !p.startsWith("api/admin/");
    }

    @Override
    public Schema filterSchema(Schema s) {
        // Payara copies unset annotation members as values; none of these is ever meant in this API.
        if (Integer.valueOf(0).equals(s.getMaxProperties())) {
            s.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(s.getMinProperties())) {
            s.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(s.getMinLength())) {
            s.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(s.getMinItems())) {
            s.setMinItems(null);
        }
        if (Boolean.FALSE.equals(s.getExclusiveMaximum())) {
            s.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(s.getExclusiveMinimum())) {
            s.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(s.getUniqueItems())) {
            s.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(s.getNullable())) {
            s.setNullable(null);
        }
        if (Boolean.FALSE.equals(s.getReadOnly())) {
            s.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(s.getWriteOnly())) {
            s.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(s.getDeprecated())) {
            s.setDeprecated(null);
        }
        if (s.getRef() != null) {
            s.setType(null); // a reference stands alone
        }
        return s;
    }

    @Override
    public Parameter filterParameter(Parameter p) {
        if (p.getSchema() != null && p.getSchema().getType() == Schema.SchemaType.OBJECT && p.getSchema().getRef() == null
                && (p.getIn() == Parameter.In.PATH || p.getIn() == Parameter.In.QUERY)) {
            // Id parameters (the only object-typed parameters): see common.Id
            p.setSchema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64")
                    .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(Id.MAX)));
        }
        return p;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getInfo() == null) {
            api.setInfo(OASFactory.createInfo());
        }
        api.getInfo().title("Inkstone API").version("1")
                .description("墨砚新闻的公开 JSON API：文章、栏目、搜索、评论、验证码、账号与会话。错误一律为 "
                        + "{status, code, message, fields}。");
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (String path : List.copyOf(api.getPaths().getPathItems().keySet())) {
            if (!isPublic(path)) {
                api.getPaths().removePathItem(path);
            }
        }
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        for (Map.Entry<String, Type> answer : ANSWERS.entrySet()) {
            api.getComponents().addSchema(answer.getKey(), schemaOf(answer.getValue(), api, answer.getKey()));
        }
        for (PathItem item : api.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                if (op.getResponses() == null || op.getResponses().getAPIResponses() == null) {
                    continue;
                }
                op.getResponses().getAPIResponses().forEach((code, r) -> {
                    if (code.matches("[45]\\d\\d")) {
                        r.setContent(OASFactory.createContent().addMediaType("application/json",
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("ErrorBody"))));
                    }
                });
            }
        }
        for (Map.Entry<String, PathItem> e : api.getPaths().getPathItems().entrySet()) {
            e.getValue().getOperations().forEach((method, op) ->
                    op.setOperationId(method.name().toLowerCase(java.util.Locale.ROOT) + e.getKey().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_$", "")));
        }
        if (api.getTags() != null) {
            Map<String, org.eclipse.microprofile.openapi.models.tags.Tag> tags = new LinkedHashMap<>();
            api.getTags().forEach(t -> tags.putIfAbsent(t.getName(), t));
            api.setTags(new java.util.ArrayList<>(tags.values()));
        }
        pruneSchemas(api);
        clearPayaraEndpoints(api);
    }

    private static void clearPayaraEndpoints(OpenAPI api) {
        try {
            api.getClass().getMethod("setEndpoints", Map.class).invoke(api, new java.util.TreeMap<String, Set<String>>());
        } catch (NoSuchMethodException e) {
            // another implementation: nothing to clear
        } catch (ReflectiveOperationException | RuntimeException e) {
            java.util.logging.Logger.getLogger(OpenApiFilter.class.getName()).log(java.util.logging.Level.WARNING,
                    "could not remove the non-standard endpoints member", e);
        }
    }

    /** The schema of a Java type: records become named component schemas (registered once), the rest inline. */
    static Schema schemaOf(Type type, OpenAPI api, String name) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : type instanceof Class<?> c ? c : Object.class;
        if (raw == String.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING);
        }
        if (raw == long.class || raw == Long.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64");
        }
        if (raw == int.class || raw == Integer.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
        }
        if (raw == double.class || raw == Double.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.NUMBER).format("double");
        }
        if (raw == OffsetDateTime.class || raw == Instant.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date-time");
        }
        if (List.class.isAssignableFrom(raw)) {
            Type item = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(schemaOf(item, api, null));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                    .additionalPropertiesSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
        }
        if (!raw.isRecord()) {
            return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        }
        Schema object = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        for (RecordComponent c : raw.getRecordComponents()) {
            Type t = c.getGenericType();
            if (t instanceof java.lang.reflect.TypeVariable<?> && type instanceof ParameterizedType p) {
                t = p.getActualTypeArguments()[0]; // ItemList<T>: one type parameter
            } else if (t instanceof ParameterizedType pt && pt.getActualTypeArguments()[0] instanceof java.lang.reflect.TypeVariable<?>
                    && type instanceof ParameterizedType p) {
                t = new ListOf(p.getActualTypeArguments()[0]);
            }
            object.addProperty(c.getName(), schemaOf(t, api, null));
        }
        if (name != null) {
            return object; // the caller registers it under this name
        }
        String simple = raw.getSimpleName();
        if (api.getComponents().getSchemas() == null || !api.getComponents().getSchemas().containsKey(simple)) {
            api.getComponents().addSchema(simple, object);
        }
        return OASFactory.createSchema().ref(simple);
    }

    /** {@code List<T>} with T resolved. */
    private record ListOf(Type item) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[]{item};
        }

        @Override
        public Type getRawType() {
            return List.class;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    }

    /** Removes the component schemas no remaining operation reaches. */
    private static void pruneSchemas(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        Deque<Schema> todo = new LinkedList<>(); // holds nulls (absent sub-schemas), skipped below
        for (PathItem item : api.getPaths().getPathItems().values()) {
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> todo.add(p.getSchema()));
            }
            for (Operation op : item.getOperations().values()) {
                if (op.getParameters() != null) {
                    op.getParameters().stream().map(Parameter::getSchema).forEach(todo::add);
                }
                if (op.getRequestBody() != null) {
                    addContent(op.getRequestBody().getContent(), todo);
                }
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    for (APIResponse r : op.getResponses().getAPIResponses().values()) {
                        addContent(r.getContent(), todo);
                    }
                }
            }
        }
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            if (s == null) {
                continue;
            }
            if (s.getRef() != null && s.getRef().startsWith(SCHEMA_REF)) {
                String name = s.getRef().substring(SCHEMA_REF.length());
                if (used.add(name) && schemas.get(name) != null) {
                    todo.add(schemas.get(name));
                }
            }
            if (s.getProperties() != null) {
                todo.addAll(s.getProperties().values());
            }
            todo.add(s.getItems());
            todo.add(s.getAdditionalPropertiesSchema());
            todo.add(s.getNot());
            for (List<Schema> list : List.of(nonNull(s.getAllOf()), nonNull(s.getAnyOf()), nonNull(s.getOneOf()))) {
                todo.addAll(list);
            }
        }
        for (String name : List.copyOf(schemas.keySet())) {
            if (!used.contains(name)) {
                api.getComponents().removeSchema(name);
            }
        }
    }

    private static List<Schema> nonNull(List<Schema> list) {
        return list == null ? List.of() : list;
    }

    private static void addContent(Content content, Deque<Schema> todo) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType m : content.getMediaTypes().values()) {
                todo.add(m.getSchema());
            }
        }
    }
}
