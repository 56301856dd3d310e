/**
 * {@code serve --demo}: replays a scenario's orders as a live stream and plays the stores and shipping nodes through
 * the same order and command paths the API uses, so the console sees a living network.
 */
package io.omniroute.server.demo;
