/*
 * Generated once by Xtext as a stub; hand-maintained since.
 */
package org.devassign.dsl.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.devassign.dsl.AssignRuntimeModule;
import org.devassign.dsl.AssignStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

/**
 * Initialization support for running Xtext languages as language servers.
 */
public class AssignIdeSetup extends AssignStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new AssignRuntimeModule(), new AssignIdeModule()));
	}
	
}
