namespace GovBot.Ingestion.Import;

public sealed class ArticleFetchOptions
{
    public const string Section = "ArticleFetch";

    /// <summary>
    /// For tests only: lets fetches reach loopback addresses (127.0.0.0/8, ::1), where a test serves its pages.
    /// Private, link-local and multicast addresses stay refused even then. Never set in production.
    /// </summary>
    public bool AllowLoopbackForTests { get; set; }
}
