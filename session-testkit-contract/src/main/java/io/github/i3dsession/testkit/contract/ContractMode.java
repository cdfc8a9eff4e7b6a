package io.github.i3dsession.testkit.contract;

/**
 * How a contract test calls the client: through the blocking {@code SessionClient} or through its async view.
 */
public enum ContractMode {
    /** {@code SessionClient}'s blocking methods. */
    SYNC,
    /** {@code SessionClient.async()}, awaited. */
    ASYNC
}
