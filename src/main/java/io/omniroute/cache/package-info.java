/**
 * The console's local state: an H2 file of what the backend's change feed last said, the outbox of the user's
 * commands and the sync cursor, behind {@link io.omniroute.cache.LocalStore}; the only console code that runs SQL.
 */
package io.omniroute.cache;
