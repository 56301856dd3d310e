/** End-to-end tests: the console's real H2 cache and sync client against the real reference server. */
package io.omniroute.endtoend;
