/**
 * JFace viewer pieces the workbench's views and pages share (text columns of a table). UI only; no
 * model or deployment logic here.
 */
package org.devassign.ui.viewers;
