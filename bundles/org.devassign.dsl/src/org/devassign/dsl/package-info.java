/**
 * The assignment language (.assign files) over the model's Ecore: set-up and the services'
 * bindings. Headless: depends on the model and Xtext, never on org.eclipse.ui.
 */
package org.devassign.dsl;
