package io.github.i3dsession.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Keeps the context of every observation stopped in a registry, in the order they stopped. */
final class StoppedObservations implements ObservationHandler<Observation.Context> {
    private final List<Observation.Context> stopped = new ArrayList<>();

    @Override
    public boolean supportsContext(Observation.Context context) {
        return true;
    }

    @Override
    public synchronized void onStop(Observation.Context context) {
        stopped.add(context);
    }

    synchronized List<Observation.Context> named(String name) {
        return stopped.stream().filter(c -> c.getName().equals(name)).collect(Collectors.toList());
    }

    synchronized List<Observation.Context> all() {
        return new ArrayList<>(stopped);
    }

    synchronized void clear() {
        stopped.clear();
    }
}
