/** The commands of {@code POST /api/v1/commands}: each one validated, applied and fed in one transaction. */
package io.omniroute.server.commands;
