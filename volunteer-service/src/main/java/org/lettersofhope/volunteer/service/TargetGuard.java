package org.lettersofhope.volunteer.service;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a webhook target may be called, and where: against SSRF, a target must be an http(s) URL (https
 * only when required) whose host resolves to public addresses only — no loopback, private, CGNAT, link-local (the
 * cloud metadata address among them), multicast, reserved or documentation ranges, in IPv4 or IPv6, including v4
 * addresses embedded in IPv6 (mapped, compatible, 6to4, NAT64, Teredo) — unless an allowed CIDR covers it. Hosts
 * written as numbers in other forms than a dotted quad (decimal {@code 2130706433}, hex {@code 0x7f000001}, octal
 * {@code 0177.0.0.1}, short {@code 127.1}) are refused outright: resolvers read them differently. The caller connects
 * to the address checked here, so a name cannot resolve to something else a moment later (DNS rebinding).
 */
public final class TargetGuard {

    /** Resolves a host name; the tests give a fixed map, production the system resolver. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A target that may be called: connect to {@code address}, speak to {@code host}. */
    public record Target(URI uri, String host, InetAddress address, int port, boolean tls) {
    }

    public static final class Refused extends Exception {
        public Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final Pattern DOTTED_QUAD = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"
            + "(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    /** Anything a resolver might read as a number: digits, hex, dots only, with at least one digit. */
    private static final Pattern NUMERIC_LOOKING = Pattern.compile("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]*))*");
    private static final Pattern HOST_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?"
            + "(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\\.?");

    private final boolean requireHttps;
    private final List<Cidr> allowed;
    private final Resolver resolver;

    public TargetGuard(boolean requireHttps, List<String> allowedCidrs, Resolver resolver) {
        this.requireHttps = requireHttps;
        this.allowed = allowedCidrs.stream().map(Cidr::parse).toList();
        this.resolver = resolver;
    }

    /** The URL's own rules (scheme, no credentials, a plausible host), without resolving: for creating a subscription. */
    public URI checkSyntax(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new Refused("is not a URL");
        }
        String scheme = Optional.ofNullable(uri.getScheme()).map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        if (!scheme.equals("https") && !(scheme.equals("http") && !requireHttps)) {
            throw new Refused(requireHttps ? "must be an https URL" : "must be an http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("must not have a fragment");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new Refused("must name a host");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            return uri;
        }
        if (NUMERIC_LOOKING.matcher(host).matches() && !DOTTED_QUAD.matcher(host).matches()) {
            throw new Refused("names its host as a number in an unusual form");
        }
        if (!DOTTED_QUAD.matcher(host).matches() && !HOST_NAME.matcher(host).matches()) {
            throw new Refused("has an invalid host name");
        }
        return uri;
    }

    /** Resolves the host once and checks every address; the answer names the address to connect to. */
    public Target check(String url) throws Refused {
        URI uri = checkSyntax(url);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new Refused("host does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            throw new Refused("host does not resolve");
        }
        for (InetAddress a : addresses) {
            Optional<String> why = internal(a);
            if (why.isPresent() && allowed.stream().noneMatch(c -> c.contains(a))) {
                throw new Refused("resolves to a " + why.get() + " address");
            }
        }
        boolean tls = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        return new Target(uri, bare, addresses[0], port, tls);
    }

    /** Why an address is not on the public internet, or empty when it is. */
    static Optional<String> internal(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return internal4(b);
        }
        if (address instanceof Inet6Address) {
            return internal6(b);
        }
        return Optional.of("unknown kind of");
    }

    private static final String[][] V4 = {
            { "0.0.0.0/8", "unspecified" }, { "10.0.0.0/8", "private" }, { "100.64.0.0/10", "shared (CGNAT)" },
            { "127.0.0.0/8", "loopback" }, { "169.254.0.0/16", "link-local (metadata)" },
            { "172.16.0.0/12", "private" }, { "192.0.0.0/24", "reserved" }, { "192.0.2.0/24", "documentation" },
            { "192.88.99.0/24", "6to4 relay" }, { "192.168.0.0/16", "private" }, { "198.18.0.0/15", "benchmark" },
            { "198.51.100.0/24", "documentation" }, { "203.0.113.0/24", "documentation" },
            { "224.0.0.0/4", "multicast" }, { "240.0.0.0/4", "reserved" } };
    private static final String[][] V6 = {
            { "::/128", "unspecified" }, { "::1/128", "loopback" }, { "100::/64", "discard" },
            { "2001::/32", "Teredo" }, { "2001:db8::/32", "documentation" }, { "fc00::/7", "unique local" },
            { "fe80::/10", "link-local" }, { "fec0::/10", "site-local" }, { "ff00::/8", "multicast" } };
    private static final List<Cidr[]> V4_RANGES = new ArrayList<>();
    private static final List<String> V4_NAMES = new ArrayList<>();
    private static final List<Cidr> V6_RANGES = new ArrayList<>();
    private static final List<String> V6_NAMES = new ArrayList<>();
    static {
        for (String[] r : V4) {
            V4_RANGES.add(new Cidr[] { Cidr.parse(r[0]) });
            V4_NAMES.add(r[1]);
        }
        for (String[] r : V6) {
            V6_RANGES.add(Cidr.parse(r[0]));
            V6_NAMES.add(r[1]);
        }
    }

    private static Optional<String> internal4(byte[] b) {
        for (int i = 0; i < V4_RANGES.size(); i++) {
            if (V4_RANGES.get(i)[0].contains(b)) {
                return Optional.of(V4_NAMES.get(i));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> internal6(byte[] b) {
        for (int i = 0; i < V6_RANGES.size(); i++) {
            if (V6_RANGES.get(i).contains(b)) {
                return Optional.of(V6_NAMES.get(i));
            }
        }
        boolean zero80 = true;
        for (int i = 0; i < 10; i++) {
            zero80 &= b[i] == 0;
        }
        // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible): the v4 address is the one reached
        if (zero80 && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
            return embedded(b, 12);
        }
        // 64:ff9b::/96 and 64:ff9b:1::/48 (NAT64) translate to the embedded v4 address
        if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b) {
            return embedded(b, 12);
        }
        // 2002::/16 (6to4) carries the v4 address in bits 16..48
        if (b[0] == 0x20 && b[1] == 0x02) {
            return embedded(b, 2);
        }
        return Optional.empty();
    }

    private static Optional<String> embedded(byte[] b, int at) {
        byte[] v4 = { b[at], b[at + 1], b[at + 2], b[at + 3] };
        return internal4(v4).map(why -> why + " (embedded in IPv6)");
    }

    /** An address range. */
    record Cidr(byte[] network, int bits) {
        static Cidr parse(String cidr) {
            String[] parts = cidr.strip().split("/");
            try {
                byte[] net = InetAddress.getByName(parts[0]).getAddress();
                int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : net.length * 8;
                return new Cidr(net, bits);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("not an address range: " + cidr);
            }
        }

        boolean contains(InetAddress a) {
            return contains(a.getAddress());
        }

        boolean contains(byte[] a) {
            if (a.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((a[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
