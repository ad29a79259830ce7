/**
 * Preferences for deployment: targets (agents on boards) and certificates. Stored only here, in
 * the preference node {@link org.devassign.ui.preferences.TargetSettings#NODE}, for the deploy
 * client to read (format documented in TargetSettings).
 */
package org.devassign.ui.preferences;
