/**
 * The DevAssign workbench application: window, perspective, start-up options. UI only; every model
 * operation goes through the headless bundles so the CLI behaves the same.
 */
package org.devassign.ui;
