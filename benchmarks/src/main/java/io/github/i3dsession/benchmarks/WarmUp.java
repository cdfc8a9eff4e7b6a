package io.github.i3dsession.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends {@code GET /v3/session/user} from four threads for a while, so that the shared server's JIT has compiled
 * its hot paths before the first benchmark fork measures anything. Without it, the first forks would time a
 * server that is still getting faster.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.i3dsession.benchmarks.WarmUp <baseUri> <seconds>}</pre>
 */
public final class WarmUp {

    private WarmUp() {}

    /**
     * Warms the server up.
     *
     * @param args the base URI and the number of seconds
     * @throws InterruptedException if interrupted while waiting for the threads
     */
    public static void main(String[] args) throws InterruptedException {
        URI base = URI.create(args[0]);
        long end = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve(Fixture.USER_PATH))
                .header("Accept", Fixture.ACCEPT)
                .header("Cookie", Fixture.rawLogin(base))
                .build();
        long[] calls = new long[4];
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < calls.length; t++) {
            int index = t;
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        calls[index]++;
                    } catch (IOException e) {
                        throw new IllegalStateException("warm-up call failed", e);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long total = 0;
        for (long n : calls) {
            total += n;
        }
        System.out.println("Warmed the server up with " + total + " calls in " + args[1] + " s.");
        System.exit(0);
    }
}
