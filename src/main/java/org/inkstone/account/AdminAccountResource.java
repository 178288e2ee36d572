package org.inkstone.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.inkstone.common.Id;
import org.inkstone.common.InvalidParameterException;
import org.inkstone.common.SiteSettings;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Staff accounts, for administrators only (a logged-in admin, or the admin token), under
 * {@code /api/admin/accounts}; 401 {@code login_required} anonymous, 403 {@code forbidden} below admin.
 * An account has one role; roles are ranked ({@link Role}: reader &lt; moderator &lt; editor &lt; chief-editor &lt;
 * admin, with {@code reporter} below editor where the newsroom adds it) and each includes the ones below it, so
 * one role says everything. {@code roles} in requests and answers is an array for the API's sake, holding exactly that role.
 * <ul>
 *   <li>{@code POST {username, displayName, password, roles: [role]}} → 201 the account, ready to log in with
 *       {@code password}; 400 {@code invalid_parameter} (user name 3–32 of {@code a-z 0-9 _ . -}, display name
 *       1–24 characters, password 10–128 characters, {@code roles} one known role id); 409
 *       {@code username_taken} / {@code display_name_taken};</li>
 *   <li>{@code GET} → {@code {items: [account]}}: staff accounts (above reader), oldest first, at most 1,000;</li>
 *   <li>{@code POST /{id}/disable}, {@code /{id}/enable} → 200 the account. A disabled account cannot log in
 *       and its sessions end at once; 409 {@code own_account} for disabling oneself;</li>
 *   <li>{@code POST /{id}/password-reset} → 200 {@code {oneTimePassword, account}}: a generated password shown
 *       only in this answer; the account's sessions end, and after logging in with it every action but the
 *       password change answers 403 {@code password_change_required}; 409 {@code own_account} for oneself.</li>
 * </ul>
 * An account is {@code {id, username, displayName, roles, disabled, mustChangePassword, createdAt}}; 404
 * {@code account_not_found} for an unknown id.
 */
@Path("api/admin/accounts")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AdminAccountResource {

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    @Inject
    SiteSettings site;

    /** {@code POST} body. */
    public record NewStaffAccount(
            @NotNull(message = "必填") @Pattern(regexp = "[a-z0-9][a-z0-9_.-]{2,31}", message = "3–32 个小写字母、数字或 _.-") String username,
            @NotNull(message = "必填") @Size(min = 1, max = 64, message = "1–24 个字符") String displayName,
            @NotNull(message = "必填") @Size(min = 10, max = 128, message = "10–128 个字符") String password,
            @NotNull(message = "必填") @Size(min = 1, max = 1, message = "每个账号一个角色（高级角色包含低级角色的权限）") List<@NotNull(message = "必填") @Size(max = 32, message = "未知角色") String> roles) {
    }

    /** An account as administrators see it. */
    public record StaffAccount(long id, String username, String displayName, List<String> roles, boolean disabled,
                               boolean mustChangePassword, OffsetDateTime createdAt) {
    }

    /** The list. */
    public record StaffList(List<StaffAccount> items) {
    }

    /** A reset's answer: the one-time password, shown only here. */
    public record Reset(String oneTimePassword, StaffAccount account) {
    }

    @GET
    public StaffList list() {
        return new StaffList(accounts.listStaff().stream().map(this::view).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull(message = "缺少请求内容") NewStaffAccount body) {
        Role role = role(body.roles().get(0));
        Account a = accounts.createStaff(body.username(), body.displayName(), body.password(), role);
        return Response.status(201).entity(view(a)).build();
    }

    @POST
    @Path("{id}/disable")
    public StaffAccount disable(@PathParam("id") Id id) {
        return view(accounts.setDisabled(actor(), id.value(), true));
    }

    @POST
    @Path("{id}/enable")
    public StaffAccount enable(@PathParam("id") Id id) {
        return view(accounts.setDisabled(actor(), id.value(), false));
    }

    @POST
    @Path("{id}/password-reset")
    public Reset resetPassword(@PathParam("id") Id id) {
        String oneTime = accounts.resetPassword(actor(), id.value());
        return new Reset(oneTime, view(accounts.findById(id.value()).orElseThrow(() -> AccountAdminException.notFound(id.value()))));
    }

    /** The acting administrator's account id; null for the admin token (it has no account). */
    private Long actor() {
        return caller.account().map(Account::getId).orElse(null);
    }

    /** A role id exactly as {@link Role#id()} writes it. */
    static Role role(String id) {
        try {
            Role r = Role.of(id);
            if (r.id().equals(id)) {
                return r;
            }
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        throw new InvalidParameterException("roles", "未知角色：" + (id.length() > 32 ? id.substring(0, 32) : id));
    }

    private StaffAccount view(Account a) {
        return new StaffAccount(a.getId(), a.getUsername(), a.getDisplayName(), List.of(a.getRole()), a.isDisabled(),
                a.isMustChangePassword(), a.getCreatedAt() == null ? null : a.getCreatedAt().atZone(site.zone()).toOffsetDateTime());
    }
}
