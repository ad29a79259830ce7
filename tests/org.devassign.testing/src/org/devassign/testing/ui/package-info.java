/**
 * Helpers for UI tests that act as a user does: real key and mouse events posted to the display
 * (Display.post, which goes through the X server, XTest under Xvfb), waiting with the event loop
 * running, and screenshots. Needs SWT (an optional requirement of this bundle); the headless
 * helpers of org.devassign.testing do not use this package.
 */
package org.devassign.testing.ui;
