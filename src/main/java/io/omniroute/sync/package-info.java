/** The console's HTTP client of the backend API: it pulls the change feed into the cache and drains the outbox. */
package io.omniroute.sync;
