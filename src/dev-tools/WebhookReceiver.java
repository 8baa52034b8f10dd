import com.sun.net.httpserver.HttpServer;
import java.io.FileWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver for trying webhooks from a shell: {@code java src/dev-tools/WebhookReceiver.java 9099 $SECRET}
 * listens on 127.0.0.1:9099, checks each delivery's Standard Webhooks signature with the secret, answers 204 to a
 * valid one (401 otherwise) and prints it; a request that is no delivery gets a 400. A third argument names a file each valid delivery's webhook-id is
 * appended to, one per line.
 */
public class WebhookReceiver {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        byte[] key = Base64.getDecoder().decode(args[1].substring("whsec_".length()));
        Writer ids = args.length > 2 ? new FileWriter(args[2], StandardCharsets.UTF_8, true) : null;
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
            if (id == null) { // not a delivery: someone checking that the receiver listens
                exchange.sendResponseHeaders(400, -1);
                exchange.close();
                return;
            }
            boolean valid = timestamp != null && signatures != null
                    && Arrays.stream(signatures.split(" ")).anyMatch(s -> MessageDigest.isEqual(
                            s.getBytes(StandardCharsets.UTF_8), sign(key, id + "." + timestamp + "." + body)));
            System.out.println((valid ? "valid " : "INVALID ") + id + " " + body);
            if (valid && ids != null) {
                synchronized (ids) {
                    ids.write(id + "\n");
                    ids.flush();
                }
            }
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
            exchange.close();
        });
        server.start();
    }

    private static byte[] sign(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return ("v1," + Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8))))
                    .getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
