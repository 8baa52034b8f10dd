import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/**
 * Mints a development token signed with the development key pair, for trying writes from a shell:
 * {@code java src/dev-keys/MintToken.java editor}. Never configure this key pair in production.
 * Arguments: role (editor or admin, default editor), subject (default dev-editor), lifetime in minutes (default 60).
 */
public class MintToken {
    public static void main(String[] args) throws Exception {
        String role = args.length > 0 ? args[0] : "editor";
        String subject = args.length > 1 ? args[1] : "dev-" + role;
        long minutes = args.length > 2 ? Long.parseLong(args[2]) : 60;
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = String.format("{\"iss\":\"https://evidenceapi.org/dev\",\"sub\":\"%s\",\"upn\":\"%s\","
                + "\"groups\":[\"%s\"],\"iat\":%d,\"exp\":%d}", subject, subject, role, now, now + minutes * 60);
        String signingInput = base64(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pem(keyPath()))));
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        System.out.println(signingInput + "." + base64(rsa.sign()));
    }

    private static Path keyPath() {
        return Path.of(System.getProperty("key", "src/dev-keys/privateKey.pem"));
    }

    private static byte[] pem(Path path) throws Exception {
        String body = Files.readString(path).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
