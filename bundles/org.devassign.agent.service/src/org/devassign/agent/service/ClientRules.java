package org.devassign.agent.service;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

import org.devassign.agent.api.Role;
import org.devassign.core.identity.Printable;

/**
 * Which roles a client certificate has, from the config's client rules. A rule names a certificate
 * by its subject and its issuer (both required: a CN alone matches any certificate of any trusted
 * CA with that CN), and optionally by its serial or one of its subject alternative names:
 *
 * <pre>
 * client.NAME = ROLES                          viewer, operator, debugger (comma separated)
 * client.NAME.subject = CN=ci,O=Example        the subject's RDNs, in either order (openssl or RFC 2253)
 * client.NAME.issuer = CN=Example CA,O=Example the issuer, likewise
 * client.NAME.serial = 0x5f3a9c                optional: decimal or 0x hex
 * client.NAME.san = dns:ci.example.com         optional: dns:, ip:, email: or uri:, one of the certificate's
 * </pre>
 *
 * The rules are in the config, or in the file its {@code clients} key names. Names compare as X.500
 * does (case and spacing do not matter). A certificate matching several rules has the roles of all. A config from before (a {@code client.CN = ROLES} line alone) is
 * refused with the lines to add.
 */
public final class ClientRules {

    /** One rule; {@code serial} and {@code san} null when the rule does not ask for them. */
    public record Rule(String name, Set<Role> roles, List<Rdn> subject, List<Rdn> issuer, BigInteger serial, String san) {

        boolean matches(X509Certificate certificate) {
            return sameName(subject, certificate.getSubjectX500Principal()) && sameName(issuer, certificate.getIssuerX500Principal())
                    && (serial == null || serial.equals(certificate.getSerialNumber())) && (san == null || hasSan(certificate, san));
        }
    }

    private static final Set<String> PARTS = Set.of("subject", "issuer", "serial", "san");

    private final List<Rule> rules;

    private ClientRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The roles of {@code certificate}: those of every rule it matches; none when it matches none. */
    public Set<Role> roles(X509Certificate certificate) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Rule rule : rules) {
            if (rule.matches(certificate)) {
                roles.addAll(rule.roles());
            }
        }
        return roles;
    }

    /**
     * The rules of the config's {@code client.*} keys and of the file its {@code clients} key names
     * (relative to the config's folder; {@code devassign certs init} writes {@code clients.conf}, which
     * travels with the keys). A rule is defined in one of them.
     */
    static ClientRules load(Path file, Properties p, List<String> lines) throws IOException {
        ClientRules rules = parse(file, p, lines);
        String other = p.getProperty("clients");
        if (other == null || other.isBlank()) {
            return rules;
        }
        Path clients = file.toAbsolutePath().getParent().resolve(other.trim()).normalize();
        if (!java.nio.file.Files.isRegularFile(clients)) {
            throw new IOException(where(file, lines, "clients") + ": clients = " + other.trim() + ": no such file " + clients
                    + " ('devassign certs init' writes clients.conf next to the keys: install it with them)");
        }
        Properties q = new Properties();
        try (var in = java.nio.file.Files.newBufferedReader(clients)) {
            q.load(in);
        }
        List<String> clientLines = java.nio.file.Files.readAllLines(clients);
        for (String key : q.stringPropertyNames()) {
            if (!key.startsWith("client.")) {
                throw new IOException(where(clients, clientLines, key) + ": " + Printable.quote(key) + " is not a client rule: this file"
                        + " holds client.NAME lines only (the rest goes into " + file.getFileName() + ")");
            }
        }
        List<Rule> all = new ArrayList<>(rules.rules);
        for (Rule rule : parse(clients, q, clientLines).rules) {
            if (all.stream().anyMatch(r -> r.name().equals(rule.name()))) {
                throw new IOException(where(clients, clientLines, "client." + rule.name()) + ": the client rule " + rule.name()
                        + " is also in " + file + ": keep one");
            }
            all.add(rule);
        }
        return new ClientRules(all);
    }

    /** The rules of {@code p}'s {@code client.*} keys; {@code lines} (the file's text) give errors their line. */
    static ClientRules parse(Path file, Properties p, List<String> lines) throws IOException {
        Map<String, Map<String, String>> byName = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames().stream().sorted().toList()) {
            if (!key.startsWith("client.")) {
                continue;
            }
            String rest = key.substring("client.".length());
            int dot = rest.indexOf('.');
            String name = dot < 0 ? rest : rest.substring(0, dot);
            String part = dot < 0 ? "roles" : rest.substring(dot + 1);
            if (name.isEmpty() || !part.equals("roles") && !PARTS.contains(part)) {
                throw new IOException(where(file, lines, key) + ": unknown key " + Printable.quote(key) + ": a client rule is client.NAME"
                        + " = ROLES with client.NAME.subject, client.NAME.issuer and optionally client.NAME.serial, client.NAME.san");
            }
            byName.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(part, p.getProperty(key).trim());
        }
        List<Rule> rules = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> entry : byName.entrySet()) {
            rules.add(rule(file, lines, entry.getKey(), entry.getValue()));
        }
        return new ClientRules(rules);
    }

    private static Rule rule(Path file, List<String> lines, String name, Map<String, String> parts) throws IOException {
        String key = "client." + name;
        if (!parts.containsKey("roles")) {
            throw new IOException(where(file, lines, key + "." + parts.keySet().iterator().next()) + ": the client rule " + name
                    + " has no roles: add " + key + " = viewer (or operator, debugger)");
        }
        if (!parts.containsKey("subject") || !parts.containsKey("issuer")) {
            throw new IOException(where(file, lines, key) + ": " + key + " = " + parts.get("roles") + " names a certificate by its CN"
                    + " alone, which any certificate of a trusted CA with that CN would match. This agent maps roles from the"
                    + " certificate's subject and issuer: add " + key + ".subject = (the certificate's subject, e.g. CN=" + name
                    + ",O=DevAssign) and " + key + ".issuer = (its CA's subject); 'openssl x509 -noout -subject -issuer -in CERT.pem'"
                    + " shows both, and 'devassign certs init' writes a config that has them");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : parts.get("roles").split(",")) {
            if (!role.isBlank()) {
                try {
                    roles.add(Role.of(role));
                } catch (IllegalArgumentException e) {
                    throw new IOException(where(file, lines, key) + ": " + key + ": unknown role " + Printable.quote(role.trim())
                            + " (viewer, operator, debugger)");
                }
            }
        }
        BigInteger serial = null;
        if (parts.containsKey("serial")) {
            String text = parts.get("serial").replace(":", "");
            try {
                serial = text.toLowerCase(Locale.ROOT).startsWith("0x") ? new BigInteger(text.substring(2), 16) : new BigInteger(text);
            } catch (NumberFormatException e) {
                throw new IOException(where(file, lines, key + ".serial") + ": " + key + ".serial: " + Printable.quote(parts.get("serial"))
                        + " is not a serial number (decimal, or hex with 0x)");
            }
        }
        String san = parts.get("san");
        if (san != null && !san.matches("(?i)(dns|ip|email|uri):.+")) {
            throw new IOException(where(file, lines, key + ".san") + ": " + key + ".san: " + Printable.quote(san)
                    + " is not a subject alternative name: write dns:NAME, ip:ADDRESS, email:ADDRESS or uri:URI");
        }
        return new Rule(name, roles, rdns(file, lines, key + ".subject", parts.get("subject")),
                rdns(file, lines, key + ".issuer", parts.get("issuer")), serial, san);
    }

    /** The canonical RDNs of a distinguished name as written in the config. */
    private static List<Rdn> rdns(Path file, List<String> lines, String key, String text) throws IOException {
        try {
            return canonical(new X500Principal(text));
        } catch (IllegalArgumentException e) {
            throw new IOException(where(file, lines, key) + ": " + key + ": " + Printable.quote(text) + " is not a distinguished name"
                    + " (write it as CN=name,O=organisation)");
        }
    }

    private static List<Rdn> canonical(X500Principal principal) {
        try {
            return new LdapName(principal.getName(X500Principal.CANONICAL)).getRdns();
        } catch (InvalidNameException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The same RDNs in the same order, or in the reverse order (openssl prints names the other way round from RFC 2253). */
    static boolean sameName(List<Rdn> rule, X500Principal principal) {
        List<Rdn> actual;
        try {
            actual = canonical(principal);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return actual.equals(rule) || actual.equals(rule.reversed());
    }

    private static boolean hasSan(X509Certificate certificate, String wanted) {
        int colon = wanted.indexOf(':');
        String kind = wanted.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = wanted.substring(colon + 1).trim();
        int type = switch (kind) {
            case "email" -> 1;
            case "dns" -> 2;
            case "uri" -> 6;
            default -> 7;
        };
        Collection<List<?>> names;
        try {
            names = certificate.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return false;
        }
        if (names == null) {
            return false;
        }
        for (List<?> name : names) {
            if (name.size() < 2 || !(name.get(0) instanceof Integer t) || t != type || !(name.get(1) instanceof String actual)) {
                continue;
            }
            if (type == 7 ? sameAddress(actual, value) : type == 6 ? actual.equals(value) : actual.equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameAddress(String a, String b) {
        try {
            // literal addresses only: InetAddress.ofLiteral never asks a resolver
            return InetAddress.ofLiteral(a).equals(InetAddress.ofLiteral(b));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code file:LINE} of {@code key}'s line, or the file alone. */
    static String where(Path file, List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(key) && line.substring(key.length()).matches("\\s*[=:].*")) {
                return file + ":" + (i + 1);
            }
        }
        return file.toString();
    }
}
