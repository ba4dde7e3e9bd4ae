using AllyGuide.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers AllyGuide in a service collection.</summary>
public static class AllyGuideServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IAllyGuideProvider"/>: the guide as an immutable snapshot, loaded when the host starts (a host
    /// whose content has errors does not start) and reloaded when its folder changes. Options come from the
    /// configuration section <c>AllyGuide</c> when an <see cref="IConfiguration"/> is registered, then from
    /// <paramref name="configure"/>. Every <c>IGuideFormatter</c> in the collection is added to the formats.
    /// Diagnostics are logged with their codes.
    /// </summary>
    public static IServiceCollection AddAllyGuide(this IServiceCollection services, Action<AllyGuideOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<AllyGuideOptions>, BindFromConfiguration>());
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton<IAllyGuideProvider, AllyGuideProvider>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, AllyGuideStartup>());
        return services;
    }

    /// <summary>Binds the <c>AllyGuide</c> section of the host's configuration, when it has one.</summary>
    private sealed class BindFromConfiguration(IServiceProvider services) : IConfigureOptions<AllyGuideOptions>
    {
        public void Configure(AllyGuideOptions options)
        {
            if (services.GetService(typeof(IConfiguration)) is IConfiguration configuration)
            {
                configuration.GetSection(AllyGuideOptions.SectionName).Bind(options);
            }
        }
    }

    /// <summary>Loads the guide when the host starts, so content with errors stops the host instead of failing requests.</summary>
    private sealed class AllyGuideStartup(IAllyGuideProvider provider) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = provider.Current;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
