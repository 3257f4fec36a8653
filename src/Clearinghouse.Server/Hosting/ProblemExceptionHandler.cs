using System.Text.Json;
using Clearinghouse.Contracts.Problems;
using Microsoft.AspNetCore.Diagnostics;

namespace Clearinghouse.Server.Hosting;

/// <summary>
/// Turns what the framework throws for a bad request (malformed JSON, unknown or missing fields, a body too large)
/// into problem+json that says what was wrong, and any other exception into a 500 that says nothing of the server's
/// insides. Exceptions are bugs (DESIGN.md §4.5): they are logged with the trace id the answer carries.
/// </summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var (status, type, title, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } e =>
                (e.StatusCode, ProblemTypes.PayloadTooLarge, "Request body too large", "The request body is larger than this endpoint accepts."),
            BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } e =>
                (e.StatusCode, ProblemTypes.UnsupportedMediaType, "Unsupported media type", "Send the body as application/json."),
            BadHttpRequestException e =>
                (e.StatusCode, ProblemTypes.MalformedRequest, "Malformed request", Describe(e)),
            _ => (StatusCodes.Status500InternalServerError, ProblemTypes.ServerError, "Server error",
                "The server failed to handle the request; nothing was written. Quote the traceId when reporting it."),
        };
        if (status == StatusCodes.Status500InternalServerError)
        {
            Unhandled(log, httpContext.TraceIdentifier, exception);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Type = type, Title = title, Detail = detail },
        });
    }

    private static string Describe(BadHttpRequestException e) => e.InnerException switch
    {
        JsonException json => json.Message,
        { } inner => $"{e.Message} {inner.Message}",
        null => e.Message,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for request {TraceId}")]
    private static partial void Unhandled(ILogger logger, string traceId, Exception exception);
}
