/**
 * Micrometer Observation support for the i3D.net Session API client: {@link
 * io.github.i3dsession.micrometer.SessionObservation#observer} records each call and each attempt as an
 * observation. Exports only that package.
 */
// Micrometer Observation ships no module descriptor, only an Automatic-Module-Name.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.i3dsession.micrometer {
    // SessionObserver and ObservationRegistry appear in the entry point's signature.
    requires transitive io.github.i3dsession.api;
    requires transitive micrometer.observation;

    exports io.github.i3dsession.micrometer;
}
