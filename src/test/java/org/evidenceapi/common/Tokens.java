package org.evidenceapi.common;

import io.smallrye.jwt.build.Jwt;
import java.time.Instant;

/** Bearer tokens minted in the test, signed with the development key the test profile trusts. */
public final class Tokens {
    private Tokens() {
    }

    public static String editor() {
        return bearer("alice", "editor");
    }

    public static String admin() {
        return bearer("root", "admin");
    }

    /** A valid token without any role of this API. */
    public static String reader() {
        return bearer("bob", "reader");
    }

    public static String expired() {
        return "Bearer " + Jwt.upn("alice").subject("alice").groups("editor")
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign();
    }

    private static String bearer(String subject, String role) {
        return "Bearer " + Jwt.upn(subject).subject(subject).groups(role).sign();
    }
}
