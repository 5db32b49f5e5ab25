namespace Nettverk.Api.Features.Reports;

public static class ReportsRegistration
{
    public static WebApplicationBuilder AddReports(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReportContent>();
        return builder;
    }

    public static IEndpointRouteBuilder MapReportsFeature(this IEndpointRouteBuilder app) => app
        .MapReportsEndpoints()
        .MapReportListsEndpoints();
}
