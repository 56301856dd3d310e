/**
 * The server's persistence: one schema on H2 or PostgreSQL, transactions, and a repository per table group; the only
 * server package that runs SQL.
 */
package io.omniroute.server.store;
