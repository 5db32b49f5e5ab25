namespace Nettverk.Api.Features.Hearings;

public static class HearingsRegistration
{
    public static WebApplicationBuilder AddHearings(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<HearingReads>();
        builder.Services.AddScoped<HearingReminders>();
        return builder;
    }

    public static IEndpointRouteBuilder MapHearingsFeature(this IEndpointRouteBuilder app) => app
        .MapHearingsEndpoints()
        .MapHearingResponsesEndpoints()
        .MapHearingDocumentEndpoints()
        .MapPublicHearingsEndpoints();
}
