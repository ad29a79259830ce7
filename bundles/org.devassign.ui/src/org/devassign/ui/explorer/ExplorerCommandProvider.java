package org.devassign.ui.explorer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;
import org.eclipse.ui.services.IServiceLocator;

/**
 * Puts one command in the Project Explorer's context menu, for the files its actionProvider's
 * enablement accepts (plugin.xml: {@code class="...ExplorerCommandProvider:COMMAND_ID"}). The Common
 * Navigator builds that menu from its action providers: a menu contribution to a popup location did
 * not show there, so right-click > Deploy on a config could not be reached.
 */
public class ExplorerCommandProvider extends CommonActionProvider implements IExecutableExtension {

    private String commandId;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        commandId = data instanceof String id ? id.strip() : null;
    }

    @Override
    public void fillContextMenu(IMenuManager menu) {
        if (commandId == null || commandId.isEmpty()) {
            return;
        }
        IServiceLocator locator = getActionSite().getViewSite() instanceof ICommonViewerWorkbenchSite site ? site.getSite()
                : PlatformUI.getWorkbench();
        IContributionItem item = new CommandContributionItem(
                new CommandContributionItemParameter(locator, commandId, commandId, CommandContributionItem.STYLE_PUSH));
        if (menu.find(ICommonMenuConstants.GROUP_ADDITIONS) != null) {
            menu.appendToGroup(ICommonMenuConstants.GROUP_ADDITIONS, item);
        } else {
            menu.add(item);
        }
    }
}
