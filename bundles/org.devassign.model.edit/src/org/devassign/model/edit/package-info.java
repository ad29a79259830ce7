/**
 * Labels and tree structure of model elements for every viewer: the workbench's explorer and
 * properties, and the CLI's board tree. Builds on the EMF.Edit item providers generated into
 * {@code org.devassign.model.provider} without editing them. Headless: EMF.Edit only, no SWT.
 */
package org.devassign.model.edit;
