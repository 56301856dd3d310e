/** Orders on the server: creation and sourcing with the engine, views for the feed, and the commands on them. */
package io.omniroute.server.orders;
