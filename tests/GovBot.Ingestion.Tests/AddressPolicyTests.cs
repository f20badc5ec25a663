using System.Net;
using GovBot.Ingestion.Import;

namespace GovBot.Ingestion.Tests;

/// <summary>Every special-purpose class is refused by name; ordinary public addresses still pass.</summary>
public sealed class AddressPolicyTests
{
    public static TheoryData<string, string> Refused() => new()
    {
        { "0.0.0.0", "this network" },
        { "0.1.2.3", "this network" },
        { "10.0.0.1", "private network" },
        { "100.64.0.1", "carrier-grade NAT" },
        { "100.127.255.254", "carrier-grade NAT" },
        { "127.0.0.1", "loopback" },
        { "127.255.0.9", "loopback" },
        { "169.254.169.254", "link-local" },
        { "172.16.0.1", "private network" },
        { "172.31.255.1", "private network" },
        { "192.0.0.8", "IETF protocol assignment" },
        { "192.0.2.1", "documentation" },
        { "192.31.196.1", "AS112" },
        { "192.52.193.1", "AMT" },
        { "192.88.99.1", "6to4 relay" },
        { "192.168.1.1", "private network" },
        { "192.175.48.1", "AS112" },
        { "198.18.0.1", "benchmarking" },
        { "198.19.255.1", "benchmarking" },
        { "198.51.100.7", "documentation" },
        { "203.0.113.9", "documentation" },
        { "224.0.0.1", "multicast" },
        { "239.255.255.250", "multicast" },
        { "240.0.0.1", "reserved" },
        { "254.1.1.1", "reserved" },
        { "255.255.255.255", "broadcast" },
        { "::", "unspecified" },
        { "::1", "loopback" },
        { "::127.0.0.1", "IPv4-compatible" },
        { "::10.0.0.1", "IPv4-compatible" },
        { "::8.8.8.8", "IPv4-compatible" },
        { "::ffff:127.0.0.1", "IPv4-mapped 127.0.0.1, loopback" },
        { "::ffff:10.0.0.1", "IPv4-mapped 10.0.0.1, private network" },
        { "::ffff:169.254.169.254", "IPv4-mapped 169.254.169.254, link-local" },
        { "::ffff:100.64.0.1", "IPv4-mapped 100.64.0.1, shared carrier-grade NAT" },
        { "::ffff:0:10.0.0.1", "IPv4-translated" },
        { "64:ff9b::10.0.0.1", "NAT64" },
        { "64:ff9b::8.8.8.8", "NAT64" },
        { "64:ff9b:1::1", "local NAT64" },
        { "100::1", "discard-only" },
        { "2001::1", "Teredo" },
        { "2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo" },
        { "2001:2::1", "benchmarking" },
        { "2001:10::1", "ORCHID" },
        { "2001:20::1", "ORCHIDv2" },
        { "2001:1::1", "IETF protocol assignment" },
        { "2001:db8::1", "documentation" },
        { "2001:db8:ffff::1", "documentation" },
        { "2002::1", "6to4" },
        { "2002:7f00:1::1", "6to4" },
        { "2620:4f:8000::1", "AS112" },
        { "3fff::1", "documentation" },
        { "5f00::1", "segment routing" },
        { "fc00::1", "unique-local" },
        { "fd12:3456::1", "unique-local" },
        { "fe80::1", "link-local" },
        { "fe80::1%2", "link-local" },
        { "fec0::1", "site-local" },
        { "ff02::1", "multicast" },
        { "ff0e::1", "multicast" },
        { "4000::1", "outside IPv6 global unicast" },
        { "1::1", "outside IPv6 global unicast" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Special_purpose_addresses_are_refused_and_named(string address, string reason)
    {
        var ip = IPAddress.Parse(address);
        Assert.False(AddressPolicy.IsPublic(ip), $"{address} passed as public");
        Assert.Contains(reason, AddressPolicy.RefusalReason(ip), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("93.184.215.14")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("172.32.0.1")]
    [InlineData("192.0.1.1")]
    [InlineData("198.17.255.255")]
    [InlineData("198.20.0.1")]
    [InlineData("223.255.255.254")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("2a00:1450:4001:80b::200e")]
    public void Public_addresses_still_pass(string address) =>
        Assert.Null(AddressPolicy.RefusalReason(IPAddress.Parse(address)));
}
