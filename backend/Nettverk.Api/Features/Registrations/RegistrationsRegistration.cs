namespace Nettverk.Api.Features.Registrations;

public static class RegistrationsRegistration
{
    public static WebApplicationBuilder AddRegistrations(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RegistrationDesk>();
        builder.Services.AddScoped<RegistrationCleanup>();
        return builder;
    }

    public static IEndpointRouteBuilder MapRegistrationsFeature(this IEndpointRouteBuilder app) => app
        .MapRegistrationsEndpoints()
        .MapPublicRegistrationEndpoints();
}
