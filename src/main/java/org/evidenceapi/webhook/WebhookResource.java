package org.evidenceapi.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidenceapi.common.http.ApiPaths;
import org.evidenceapi.common.http.Created;
import org.evidenceapi.common.http.Params;
import org.evidenceapi.common.paging.PageLinks;
import org.evidenceapi.common.paging.PageParams;
import org.evidenceapi.common.security.Viewer;
import org.evidenceapi.editing.MergePatch;
import org.jboss.resteasy.reactive.RestResponse;

@Path(ApiPaths.V1 + "/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Viewer.ADMIN)
@Tag(name = "Webhooks", description = "Signed notifications of every committed change to public content, for "
        + "partners and CDNs (see the README's Webhooks section for the payload and how to verify it).")
public class WebhookResource {
    private static final String ID = "The webhook's id (UUID).";

    @Inject
    WebhookService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Register a webhook endpoint",
            description = "Registers an endpoint for the events named. Every committed change to public content "
                    + "that has one of them is POSTed to it, signed with its secret (Standard Webhooks). Without "
                    + "a secret one is generated; the answer carries it, this once. Admins only.")
    @APIResponse(responseCode = "201", description = "Registered; Location names it. The body carries the secret.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    public RestResponse<WebhookView> create(WebhookInput input, @Context UriInfo uri) {
        WebhookView created = service.register(input);
        return Created.under(uri, created.id(), created);
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhook endpoints",
            description = "Every registered endpoint, in the order registered, without secrets. Admins only.")
    public RestResponse<WebhookPage> list(@BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(uri, service.list(paging.request(null, WebhookService.ORDER)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Read a webhook endpoint",
            description = "One endpoint, whether it is enabled (and if not, why), without its secret. Admins only.")
    public WebhookView get(@PathParam("id") @Parameter(description = ID) String id) {
        return service.get(Params.uuid("id", id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updateWebhook", summary = "Change or re-enable a webhook endpoint",
            description = "Applies a JSON Merge Patch of {url, events, secret, enabled}: {\"enabled\": true} "
                    + "re-enables an endpoint disabled after failures and clears its count; a secret given "
                    + "replaces the old one. Admins only.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, description = "Any members of the registration body, and "
                    + "enabled; null removes one.")))
    @APIResponse(responseCode = "200", description = "Changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    public WebhookView update(@PathParam("id") @Parameter(description = ID) String id,
            @HeaderParam("If-Match") String ifMatch, JsonNode patch) throws JsonProcessingException {
        return service.change(Params.uuid("id", id), patch, ifMatch);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook endpoint",
            description = "Removes the endpoint and its delivery log; deliveries still queued for it are dropped. "
                    + "Admins only.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") @Parameter(description = ID) String id,
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(Params.uuid("id", id), ifMatch);
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({Viewer.EDITOR, Viewer.ADMIN})
    @Operation(operationId = "listWebhookDeliveries", summary = "Read an endpoint's delivery log",
            description = "The endpoint's deliveries, newest first: status, attempts, the last response code and "
                    + "error, and when the next attempt is due. Editors and admins.")
    public RestResponse<DeliveryPage> deliveries(@PathParam("id") @Parameter(description = ID) String id,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(uri, service.deliveries(Params.uuid("id", id),
                paging.request(null, WebhookService.LOG_ORDER)));
    }
}
