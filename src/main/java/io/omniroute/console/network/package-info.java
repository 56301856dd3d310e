/** The Network screen: the US map of every node, the node list beside it, and the panel of the chosen node. */
package io.omniroute.console.network;
