package org.inkstone.web;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shapes the OpenAPI document at {@code /openapi} (MicroProfile OpenAPI, {@code mp.openapi.filter}) into the
 * public JSON API: only paths under {@code /api/}, never {@code /api/admin/...} (moderation and editorial
 * endpoints stay unadvertised, whatever annotations they carry), no HTML pages or assets, and only the
 * schemas the remaining operations use. Stateless and thread-safe.
 */
public class OpenApiFilter implements OASFilter {

    private static final String SCHEMA_REF = "#/components/schemas/";

    /** True for a path of the public API: under {@code api/} but not {@code api/admin}. */
    static boolean isPublic(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.startsWith("api/") && !p.equals("api/admin") && !p.startsWith("api/admin/");
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getInfo() == null) {
            api.setInfo(org.eclipse.microprofile.openapi.OASFactory.createInfo());
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
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
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
            for (List<Schema> list : new List[]{s.getAllOf(), s.getAnyOf(), s.getOneOf()}) {
                if (list != null) {
                    todo.addAll(list);
                }
            }
        }
        for (String name : List.copyOf(schemas.keySet())) {
            if (!used.contains(name)) {
                api.getComponents().removeSchema(name);
            }
        }
    }

    private static void addContent(Content content, Deque<Schema> todo) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType m : content.getMediaTypes().values()) {
                todo.add(m.getSchema());
            }
        }
    }
}
