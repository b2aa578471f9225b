using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Leerruimte.Infrastructure;

/// <summary>
/// Enforces an endpoint's [RequestSizeLimit] with a 413 (shown as a Dutch status page) before antiforgery
/// reads the form: when the form read fails inside the antiforgery check, the visitor gets the framework's
/// English "antiforgery token" error instead.
/// </summary>
public static class RequestSizeLimits
{
    public static IApplicationBuilder UseRequestSizeLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is not { MaxRequestBodySize: { } max }
            || await WithinAsync(context, max))
            await next(context);
        else
            Refuse(context);
    });

    private static void Refuse(HttpContext context)
    {
        // The Dutch status page is rendered by re-running the pipeline for this request. As a POST it would
        // be a form post to that page, which reads the refused body again and fails the antiforgery check;
        // so the refused request goes on as a plain GET without a body.
        context.Request.Method = HttpMethods.Get;
        context.Request.Body = Stream.Null;
        context.Request.ContentLength = 0;
        context.Request.ContentType = null;
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
    }

    private static async Task<bool> WithinAsync(HttpContext context, long max)
    {
        var request = context.Request;
        if (request.ContentLength is { } length) return length <= max;
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false }) return true;
        // No length given (chunked): read the body into a buffer that refuses to grow past the limit.
        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: max);
        try
        {
            await request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        }
        catch (IOException)
        {
            return false;
        }
        request.Body.Position = 0;
        return true;
    }
}
