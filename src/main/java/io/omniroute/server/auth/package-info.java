/** Who may call the server: the users file, password hashing, and bearer-token sessions of docs/sync-api.md. */
package io.omniroute.server.auth;
