/** The reference backend: the API of docs/sync-api.md over Javalin, on H2 or PostgreSQL, sourcing with the engine. */
package io.omniroute.server;
