using System.ComponentModel.DataAnnotations;

namespace GovBot.Ingestion.Import;

public sealed class ArticleFetchOptions
{
    public const string Section = "ArticleFetch";

    /// <summary>
    /// For tests only: lets fetches reach loopback addresses (127.0.0.0/8, ::1), where a test serves its pages.
    /// Private, link-local and multicast addresses stay refused even then. Never set in production.
    /// </summary>
    public bool AllowLoopbackForTests { get; set; }

    /// <summary>One deadline for the whole fetch: every lookup, connection, redirect, the headers and the last byte of the body.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00", ErrorMessage = "ArticleFetch__Timeout must be between 0.1 seconds and 5 minutes (for example 00:00:10).")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
