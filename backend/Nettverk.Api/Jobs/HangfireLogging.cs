using Hangfire.Logging;
using LogLevel = Hangfire.Logging.LogLevel;

namespace Nettverk.Api.Jobs;

/// <summary>Hangfire logs through one process-wide provider. AddHangfire points it at the app's ILoggerFactory; where an
/// app is disposed while another in the same process runs (the API tests), Hangfire would then throw from every log
/// call, even from a storage's constructor. This provider drops a message instead once its factory is gone.</summary>
sealed class DisposalSafeLogProvider(ILogProvider inner) : ILogProvider
{
    public ILog GetLogger(string name) => new SafeLog(inner, name);

    sealed class SafeLog(ILogProvider provider, string name) : ILog
    {
        ILog? log;

        public bool Log(LogLevel logLevel, Func<string> messageFunc, Exception exception = null!)
        {
            try
            {
                return (log ??= provider.GetLogger(name)).Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
