/** The HTTP surface of the reference server: routes, authentication, errors and the change stream. */
package io.omniroute.server.http;
