/**
 * Implementation of the core. Not part of the public API: no compatibility promise, do not use.
 */
package io.github.i3dsession.api.internal;
