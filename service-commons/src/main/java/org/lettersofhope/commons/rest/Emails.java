package org.lettersofhope.commons.rest;

import java.lang.Character.UnicodeScript;
import java.net.IDN;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one way an email address is compared, stored and checked, in every service and on every path that takes one
 * (sign-up, import, RSVP, profile, chapter contact).
 * <p>
 * {@link #normalize}: trimmed, NFKC (so that full-width and other compatibility forms such as
 * {@code ｍａｒｉａ＠ｅｘａｍｐｌｅ．ｏｒｇ} become {@code maria@example.org}), lower-cased, and the domain in its canonical
 * IDNA form. Two addresses are the same person's exactly when their normal forms are equal.
 * <p>
 * {@link #problem}: what is wrong with an address, or null. Refused: invisible and control characters, anything but a
 * plain dot-atom local part, a domain that is not a valid (internationalised) host name with a dot, and a local part
 * or domain label that mixes scripts in a way no real name does (Latin with Cyrillic or Greek look-alikes, e.g.
 * {@code exаmple.org} with a Cyrillic {@code а}); Unicode's "highly restrictive" rule (UTS #39) allows Latin with Han
 * and Japanese kana, Hangul or Bopomofo. An address written wholly in a script that merely looks like Latin is a
 * different address and is not refused.
 */
public final class Emails {

    public static final int MAX_LENGTH = 254;
    public static final String MESSAGE = "must be a well-formed email address";

    /** atext of RFC 5322 plus letters, marks and digits of any script (RFC 6531). */
    private static final Pattern LOCAL = Pattern.compile(
            "^[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*$");
    private static final Pattern ASCII_LABEL = Pattern.compile("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$");
    private static final List<Set<UnicodeScript>> ALLOWED_MIXES = List.of(
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA),
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.BOPOMOFO),
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HANGUL));

    private Emails() {
    }

    /** The form an address is stored and compared in; null stays null. Never fails: {@link #problem} judges. */
    public static String normalize(String email) {
        if (email == null) {
            return null;
        }
        String folded = Normalizer.normalize(email.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int at = folded.lastIndexOf('@');
        if (at <= 0 || at == folded.length() - 1) {
            return folded;
        }
        String domain = folded.substring(at + 1);
        try {
            domain = IDN.toUnicode(IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES)).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            // not a valid host name: left as it is, and refused by problem()
        }
        return folded.substring(0, at + 1) + domain;
    }

    /** What is wrong with the address, or null when it is acceptable. */
    public static String problem(String email) {
        if (email == null) {
            return null;
        }
        // Checked before the domain's IDNA mapping, which would silently drop some invisible characters.
        String folded = Normalizer.normalize(email.strip(), Normalizer.Form.NFKC);
        String normal = normalize(email);
        if (normal.isEmpty() || normal.length() > MAX_LENGTH || !TextRules.isPlain(folded, false)
                || folded.codePoints().anyMatch(Character::isWhitespace)) {
            return MESSAGE;
        }
        int at = normal.lastIndexOf('@');
        if (at <= 0 || at > 64 || at == normal.length() - 1) {
            return MESSAGE;
        }
        String local = normal.substring(0, at);
        String domain = normal.substring(at + 1);
        if (!LOCAL.matcher(local).matches()) {
            return MESSAGE;
        }
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            return MESSAGE;
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2 || ascii.length() > 253 || labels[labels.length - 1].matches("^[0-9]+$")) {
            return MESSAGE;
        }
        for (String label : labels) {
            if (!ASCII_LABEL.matcher(label).matches()) {
                return MESSAGE;
            }
        }
        if (mixesScripts(local)) {
            return "must not mix letters of different scripts (look-alike characters)";
        }
        for (String label : domain.split("\\.")) {
            if (mixesScripts(label)) {
                return "must not mix letters of different scripts (look-alike characters)";
            }
        }
        return null;
    }

    static boolean mixesScripts(String text) {
        Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        text.codePoints().mapToObj(UnicodeScript::of)
                .filter(s -> s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED && s != UnicodeScript.UNKNOWN)
                .forEach(scripts::add);
        return scripts.size() > 1 && ALLOWED_MIXES.stream().noneMatch(allowed -> allowed.containsAll(scripts));
    }
}
