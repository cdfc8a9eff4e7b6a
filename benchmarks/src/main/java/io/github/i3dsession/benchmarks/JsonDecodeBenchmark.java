package io.github.i3dsession.benchmarks;

import io.github.i3dsession.api.CallObserver;
import io.github.i3dsession.api.SessionClient;
import io.github.i3dsession.model.SessionUser;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A {@code SessionUser} body without the network. {@code ours}: a whole {@code getUser()} of our client over
 * {@link InMemoryTransport} (request building, body limit and deadline, status and header checks, our streaming
 * codec into the model's builders). {@code raw}: {@code ObjectMapper.readValue(byte[], RawUser.class)}. The body
 * is the fake server's own answer, fetched once. {@code oursObserved}: {@code ours} with one observer that does
 * nothing, for what observation costs when it is on (with none registered a call makes no observation object).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JsonDecodeBenchmark {
    private byte[] body;
    private SessionClient ours;
    private SessionClient observed;

    @Setup
    public void setUp() throws IOException {
        body = CannedUser.body();
        ours = SessionClient.builder()
                .baseUri(URI.create("http://127.0.0.1:1"))
                .transport(new InMemoryTransport(body))
                .build();
        // One observer that does nothing: what turning observation on costs, against ours, which has none.
        CallObserver nothing = new CallObserver() {};
        observed = SessionClient.builder()
                .baseUri(URI.create("http://127.0.0.1:1"))
                .transport(new InMemoryTransport(body))
                .addObserver(call -> nothing)
                .build();
    }

    @TearDown
    public void tearDown() {
        ours.close();
        observed.close();
    }

    @Benchmark
    public SessionUser ours(ProcessCpu cpu) {
        cpu.calls++;
        return ours.getUser();
    }

    @Benchmark
    public SessionUser oursObserved(ProcessCpu cpu) {
        cpu.calls++;
        return observed.getUser();
    }

    @Benchmark
    public RawUser raw(ProcessCpu cpu) throws IOException {
        cpu.calls++;
        return RawJson.MAPPER.readValue(body, RawUser.class);
    }
}
