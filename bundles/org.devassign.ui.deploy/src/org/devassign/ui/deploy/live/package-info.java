/**
 * Live views of deployed devices through the agent (debugger role): registers of a region with the
 * board model's names and fields, and interrupt counts streamed by {@code watchIrqs}.
 */
package org.devassign.ui.deploy.live;
