package org.lettersofhope.volunteer.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lettersofhope.volunteer.service.TargetGuard;

class TargetGuardTest {

    /** A resolver that knows a few names; a public name, one resolving to a private address, one to both. */
    static final TargetGuard.Resolver NAMES = host -> {
        Map<String, String[]> known = Map.of(
                "partner.example.org", new String[] { "93.184.216.34" },
                "internal.example.org", new String[] { "10.1.2.3" },
                "mixed.example.org", new String[] { "93.184.216.34", "192.168.1.10" },
                "metadata.example.org", new String[] { "169.254.169.254" },
                "v6.example.org", new String[] { "2606:2800:220:1:248:1893:25c8:1946" },
                "localhost", new String[] { "127.0.0.1" });
        String[] a = known.get(host);
        if (a == null) {
            if (host.matches("[0-9.]+") || host.contains(":")) {
                return new InetAddress[] { InetAddress.getByName(host) };
            }
            throw new UnknownHostException(host);
        }
        InetAddress[] out = new InetAddress[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = InetAddress.getByName(a[i]);
        }
        return out;
    };

    final TargetGuard prod = new TargetGuard(true, List.of(), NAMES);
    final TargetGuard dev = new TargetGuard(false, List.of(), NAMES);

    @ParameterizedTest
    @ValueSource(strings = {
            // loopback, in every spelling
            "https://127.0.0.1/hook", "https://127.1.2.3/", "https://localhost/", "https://[::1]/",
            "https://[::ffff:127.0.0.1]/", "https://[0:0:0:0:0:ffff:7f00:1]/", "https://[::127.0.0.1]/",
            // numbers in other forms than a dotted quad
            "https://2130706433/", "https://0x7f000001/", "https://0177.0.0.1/", "https://127.1/",
            "https://0x7f.0.0.1/", "https://017700000001/",
            // private, shared, link-local and metadata
            "https://10.0.0.1/", "https://172.16.5.4/", "https://172.31.255.255/", "https://192.168.0.1/",
            "https://100.64.0.1/", "https://169.254.169.254/latest/meta-data/", "https://metadata.example.org/",
            "https://0.0.0.0/", "https://[::]/",
            // multicast, reserved, documentation, benchmark
            "https://224.0.0.1/", "https://239.255.255.250/", "https://240.0.0.1/", "https://255.255.255.255/",
            "https://192.0.2.1/", "https://198.18.0.1/",
            // IPv6 internal ranges and v4 embedded in IPv6
            "https://[fc00::1]/", "https://[fd12:3456::1]/", "https://[fe80::1]/", "https://[ff02::1]/",
            "https://[fec0::1]/", "https://[2001:db8::1]/", "https://[::ffff:10.0.0.1]/",
            "https://[::ffff:169.254.169.254]/", "https://[64:ff9b::10.0.0.1]/", "https://[64:ff9b::7f00:1]/",
            "https://[2002:c0a8:0101::1]/", "https://[2002:7f00:0001::]/", "https://[2001:0:4136:e378::1]/",
            // names that resolve to internal addresses, even one of several
            "https://internal.example.org/", "https://mixed.example.org/",
            // not a URL we call
            "ftp://partner.example.org/", "file:///etc/passwd", "gopher://partner.example.org/",
            "https://user:pw@partner.example.org/", "https://partner.example.org/#frag", "https:///nohost",
            "not a url", "https://no-such-host.example.org/", "https://exa_mple.org/" })
    void internalOrUnusualTargetsAreRefused(String url) {
        assertThrows(TargetGuard.Refused.class, () -> prod.check(url), url);
        assertThrows(TargetGuard.Refused.class, () -> dev.check(url), url);
    }

    @Test
    void productionWantsHttpsAndOtherProfilesAllowHttp() throws Exception {
        TargetGuard.Refused refused = assertThrows(TargetGuard.Refused.class,
                () -> prod.check("http://partner.example.org/hook"));
        assertEquals("must be an https URL", refused.getMessage());
        assertEquals(80, dev.check("http://partner.example.org/hook").port());
    }

    @Test
    void aPublicTargetIsCalledAtTheAddressItWasCheckedAt() throws Exception {
        TargetGuard.Target t = prod.check("https://partner.example.org:8443/hooks/letters?x=1");
        assertEquals(InetAddress.getByName("93.184.216.34"), t.address(), "the connection goes to this address");
        assertEquals("partner.example.org", t.host());
        assertEquals(8443, t.port());
        assertTrue(t.tls());
        assertEquals(InetAddress.getByName("2606:2800:220:1:248:1893:25c8:1946"),
                prod.check("https://v6.example.org/").address());
        assertEquals(443, prod.check("https://93.184.216.34/").port());
    }

    @Test
    void theAllowListLetsOnlyItsOwnRangeThrough() throws Exception {
        TargetGuard allowing = new TargetGuard(false, List.of("127.0.0.1/32", "10.1.0.0/16"), NAMES);
        assertEquals(InetAddress.getByName("127.0.0.1"), allowing.check("http://localhost:8080/").address());
        allowing.check("http://internal.example.org/");
        assertThrows(TargetGuard.Refused.class, () -> allowing.check("http://127.0.0.2/"));
        assertThrows(TargetGuard.Refused.class, () -> allowing.check("http://[::1]/"));
        assertThrows(TargetGuard.Refused.class, () -> allowing.check("http://mixed.example.org/"));
        assertThrows(TargetGuard.Refused.class, () -> allowing.check("http://2130706433/"),
                "an allowed address in a numeric spelling is still refused");
    }

    @Test
    void refusalsSayWhy() {
        TargetGuard.Refused r = assertThrows(TargetGuard.Refused.class,
                () -> prod.check("https://[::ffff:192.168.1.1]/"));
        assertTrue(r.getMessage().contains("private"), r.getMessage());
        r = assertThrows(TargetGuard.Refused.class, () -> prod.check("https://metadata.example.org/"));
        assertTrue(r.getMessage().contains("link-local"), r.getMessage());
    }
}
