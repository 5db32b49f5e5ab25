namespace Nettverk.Api.Features.Minutes;

public static class MinutesRegistration
{
    public static WebApplicationBuilder AddMinutes(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<MinutesDrafting>();
        builder.Services.AddScoped<MinutesWorkflow>();
        builder.Services.AddScoped<FollowUpReminders>();
        return builder;
    }

    public static IEndpointRouteBuilder MapMinutesFeature(this IEndpointRouteBuilder app) => app
        .MapMinutesEndpoints()
        .MapActionItemsEndpoints()
        .MapPublicMinutesEndpoints()
        .MapMinutesDocumentEndpoints();
}
