/**
 * The assignment language inside the workbench: Xtext's IDE services (org.devassign.dsl.ide) run
 * in process with the language's one injector ({@link org.devassign.dsl.ui.AssignLanguage}), on the
 * workbench's one config workspace ({@link org.devassign.dsl.ui.WorkbenchConfigs}), which follows
 * the files of the Eclipse workspace and the editors' unsaved text. Xtext's own Eclipse UI is not on
 * Maven Central, so editors are Eclipse's generic editor fed from here.
 */
package org.devassign.dsl.ui;
