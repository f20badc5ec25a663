using System.Net;
using System.Net.Sockets;

namespace GovBot.Ingestion.Import;

/// <summary>
/// Which resolved addresses a fetch may connect to: public unicast only. Everything in the IANA IPv4 and IPv6
/// special-purpose registries is refused, with multicast, broadcast and reserved space, and any IPv6 address outside
/// global unicast (2000::/3). Addresses that carry an IPv4 address inside them are judged by it or refused outright, so
/// <c>::ffff:10.0.0.1</c> is as private as <c>10.0.0.1</c>.
/// </summary>
public static class AddressPolicy
{
    private static readonly (IPNetwork Network, string Name)[] Special =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "“this network”"),
        (IPNetwork.Parse("10.0.0.0/8"), "private network"),
        (IPNetwork.Parse("100.64.0.0/10"), "shared carrier-grade NAT space"),
        (IPNetwork.Parse("127.0.0.0/8"), "loopback"),
        (IPNetwork.Parse("169.254.0.0/16"), "link-local"),
        (IPNetwork.Parse("172.16.0.0/12"), "private network"),
        (IPNetwork.Parse("192.0.0.0/24"), "IETF protocol assignment"),
        (IPNetwork.Parse("192.0.2.0/24"), "documentation"),
        (IPNetwork.Parse("192.31.196.0/24"), "AS112 DNS service"),
        (IPNetwork.Parse("192.52.193.0/24"), "AMT relay"),
        (IPNetwork.Parse("192.88.99.0/24"), "6to4 relay anycast"),
        (IPNetwork.Parse("192.168.0.0/16"), "private network"),
        (IPNetwork.Parse("192.175.48.0/24"), "AS112 DNS service"),
        (IPNetwork.Parse("198.18.0.0/15"), "benchmarking"),
        (IPNetwork.Parse("198.51.100.0/24"), "documentation"),
        (IPNetwork.Parse("203.0.113.0/24"), "documentation"),
        (IPNetwork.Parse("224.0.0.0/4"), "multicast"),
        (IPNetwork.Parse("255.255.255.255/32"), "broadcast"),
        (IPNetwork.Parse("240.0.0.0/4"), "reserved"),

        (IPNetwork.Parse("::/128"), "unspecified"),
        (IPNetwork.Parse("::1/128"), "loopback"),
        (IPNetwork.Parse("::/96"), "IPv4-compatible (deprecated)"),
        (IPNetwork.Parse("::ffff:0:0:0/96"), "IPv4-translated"),
        (IPNetwork.Parse("64:ff9b::/96"), "NAT64 translation"),
        (IPNetwork.Parse("64:ff9b:1::/48"), "local NAT64 translation"),
        (IPNetwork.Parse("100::/64"), "discard-only"),
        (IPNetwork.Parse("2001::/32"), "Teredo tunnelling"),
        (IPNetwork.Parse("2001:2::/48"), "benchmarking"),
        (IPNetwork.Parse("2001:10::/28"), "ORCHID"),
        (IPNetwork.Parse("2001:20::/28"), "ORCHIDv2"),
        (IPNetwork.Parse("2001::/23"), "IETF protocol assignment"),
        (IPNetwork.Parse("2001:db8::/32"), "documentation"),
        (IPNetwork.Parse("2002::/16"), "6to4 tunnelling"),
        (IPNetwork.Parse("2620:4f:8000::/48"), "AS112 DNS service"),
        (IPNetwork.Parse("3fff::/20"), "documentation"),
        (IPNetwork.Parse("5f00::/16"), "segment routing"),
        (IPNetwork.Parse("fc00::/7"), "unique-local (private network)"),
        (IPNetwork.Parse("fe80::/10"), "link-local"),
        (IPNetwork.Parse("fec0::/10"), "site-local (deprecated)"),
        (IPNetwork.Parse("ff00::/8"), "multicast"),
    ];

    private static readonly IPNetwork GlobalUnicastV6 = IPNetwork.Parse("2000::/3");

    public static bool IsPublic(IPAddress address) => RefusalReason(address) is null;

    /// <summary>The kind of non-public address this is (“loopback”, “documentation”…), or null for a public one.</summary>
    public static string? RefusalReason(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            var embedded = address.MapToIPv4();
            return RefusalReason(embedded) is { } reason ? $"IPv4-mapped {embedded}, {reason}" : null;
        }

        if (address.AddressFamily is not (AddressFamily.InterNetwork or AddressFamily.InterNetworkV6))
        {
            return "not an internet address";
        }

        // A scope id means an interface-bound address; only link-local ones have one, but compare without it.
        var plain = address.AddressFamily != AddressFamily.InterNetworkV6 || address.ScopeId == 0 ? address : new IPAddress(address.GetAddressBytes());
        foreach (var (network, name) in Special)
        {
            if (network.Contains(plain))
            {
                return name;
            }
        }

        return plain.AddressFamily == AddressFamily.InterNetworkV6 && !GlobalUnicastV6.Contains(plain) ? "outside IPv6 global unicast" : null;
    }
}
