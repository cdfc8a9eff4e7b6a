/**
 * OpenTelemetry support for the i3D.net Session API client: {@link
 * io.github.i3dsession.opentelemetry.SessionTelemetry} traces each call and attempt and records the HTTP client
 * request duration, following the HTTP client semantic conventions. Exports only that package.
 */
// The OpenTelemetry API ships no module descriptor, only an Automatic-Module-Name.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.i3dsession.opentelemetry {
    // SessionObserver and OpenTelemetry appear in the entry point's signatures.
    requires transitive io.github.i3dsession.api;
    requires transitive io.opentelemetry.api;
    requires io.opentelemetry.context;

    exports io.github.i3dsession.opentelemetry;
}
