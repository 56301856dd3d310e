/**
 * The console's backend, opened as one piece: the local cache and the sync client, against either the reference
 * server started in this process on a bundled sample (the embedded default) or a remote backend, over the same HTTP
 * client in both cases.
 */
package io.omniroute.backend;
