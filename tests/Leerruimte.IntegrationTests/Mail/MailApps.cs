using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Mail;

/// <summary>The app with its mail going over SMTP to a <see cref="SmtpTestServer"/> in the test process.</summary>
public class SmtpMailApp : LeerruimteApp
{
    public const string FromAddress = "afzender@leerruimte.test";
    public const string FromName = "Leerruimte Test";
    private readonly bool ownsSmtp;

    public SmtpMailApp() : this(SmtpTestServer.StartNew(), ownsSmtp: true) { }

    protected SmtpMailApp(SmtpTestServer smtp, bool ownsSmtp)
    {
        Smtp = smtp;
        this.ownsSmtp = ownsSmtp;
    }

    public SmtpTestServer Smtp { get; }

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Mail:SmtpHost"] = "127.0.0.1",
        ["Mail:SmtpPort"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Mail:Security"] = "None",
        ["Mail:FromAddress"] = FromAddress,
        ["Mail:FromName"] = FromName,
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsSmtp) await Smtp.DisposeAsync();
    }
}

/// <summary>Gives up on a message after three failed attempts.</summary>
public sealed class GiveUpAfterThreeApp : SmtpMailApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings) { ["Mail:MaxAttempts"] = "3" };
}

/// <summary>No background sender: tests drive <c>OutboxSender.SendDueAsync</c> themselves, without a race against it.</summary>
public sealed class ManualSendApp : SmtpMailApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings) { ["Mail:SendInBackground"] = "false" };
}

/// <summary>A second instance of the app on the database and SMTP server of <paramref name="first"/>, as behind a load balancer.</summary>
public sealed class SecondInstance(SmtpMailApp first) : SmtpMailApp(first.Smtp, ownsSmtp: false)
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Database:Provider"] = first.Database.Provider,
        ["Database:ConnectionString"] = first.Database.ConnectionString,
        ["Database:DataFolder"] = first.Database.DataFolder,
    };
}

/// <summary>Password links expire at once, so a test can follow an expired one (Identity's tokens read the system clock).</summary>
public sealed class ExpiredLinksApp : LeerruimteApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.Zero));
    }
}

/// <summary>The outbox page switched off, as in production by default.</summary>
public sealed class OutboxHiddenApp : LeerruimteApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Mail:ShowOutboxPage"] = "false" };
}
