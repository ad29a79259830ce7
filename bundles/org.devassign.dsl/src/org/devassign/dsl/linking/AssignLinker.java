package org.devassign.dsl.linking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.devassign.core.identity.PciAddress;
import org.devassign.dsl.resource.AssignResource;
import org.devassign.dsl.scoping.Configs;
import org.devassign.model.AssignmentConfig;
import org.devassign.model.Board;
import org.devassign.model.DevAssignPackage;
import org.devassign.model.Device;
import org.devassign.model.IommuGroup;
import org.devassign.model.PciDevice;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.diagnostics.IDiagnosticProducer;
import org.eclipse.xtext.linking.ILinkingService;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.linking.lazy.SettingDelegate;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.Multimap;
import com.google.inject.Inject;

/**
 * Links a config's names as it is parsed, and completes an inline board with the facts its text
 * states only once.
 *
 * <p><b>Names that resolve are linked at once.</b> Xtext's lazy linker puts a proxy in every
 * reference (a URI naming the reference's node) and resolves it on first use: for a config of
 * 10,000 assignments, 40,000 proxies made, then decoded again, when every name is asked for anyway
 * (validation, the generators, the diagram). Here a name is looked up in its scope while linking;
 * only a name that links to nothing (or to something of the wrong type, or fails) gets Xtext's proxy,
 * so its "no such name" message, with its "did you mean", comes from Xtext as before, when the proxy
 * is resolved. So does a name whose scope would have to read a file first ({@link #atHand}). A
 * scope that needs a reference linked earlier (the regions of the assigned device) sees it linked:
 * an element's references are linked in text order, before its children's.
 * Linking runs outside Xtext's resource cache (which would put an adapter on every element of the
 * config first); a cache already there is cleared by linking's changes, which is what a change means.
 * The resource is told whether any proxy was left ({@link AssignResource#lazyLinks}).
 *
 * <p><b>A config just parsed</b> is linked from the names its parser noted, in text order
 * ({@link NameRecordingParser}), not by Xtext's walk over every element and child node; the walk
 * stays for a config linked again, and for notes that cannot be trusted.
 *
 * <p><b>An inline board</b> gets a device's group (from {@code group N { members }}) and a PCI
 * device's domain/bus/slot/function (from its address) after linking. A .board file stores them;
 * the DSL does not make people write them twice. These features are transient for the serializer
 * ({@link org.devassign.dsl.resource.InlineBoardTransients}).
 */
public class AssignLinker extends LazyLinker {

    private static final DevAssignPackage PKG = DevAssignPackage.eINSTANCE;

    @Inject
    private ILinkingService linkingService;

    @Inject
    private OperationCanceledManager cancellation;

    @Override
    protected void doLinkModel(EObject model, IDiagnosticConsumer consumer) {
        Multimap<EStructuralFeature.Setting, INode> settingsToLink = ArrayListMultimap.create();
        IDiagnosticProducer producer = createDiagnosticProducer(consumer, model.eResource());
        if (model.eResource() instanceof AssignResource resource) {
            resource.lazyLinks(false);
        }
        boolean clear = isClearAllReferencesRequired(model.eResource());
        List<NameRecordingParser.Name> noted = notes(model); // taken in any case: what a walk links, the notes need not keep
        if (!clear && noted != null) {
            linkNoted(noted, producer, settingsToLink);
            installQueuedLinks(settingsToLink);
            return;
        }
        for (TreeIterator<EObject> contents = getAllLinkableContents(model); contents.hasNext();) {
            EObject element = contents.next();
            if (clear) {
                clearReferences(element);
            }
            installProxies(element, producer, settingsToLink);
        }
        installQueuedLinks(settingsToLink);
    }

    /** The names the parser noted for the model ({@link NameRecordingParser}), taken from its parse result; null when there are none to trust. */
    private static List<NameRecordingParser.Name> notes(EObject model) {
        return model.eResource() instanceof XtextResource resource && resource.getParseResult() instanceof NameRecordingParser.Parsed parsed
                && parsed.getRootASTElement() == model ? parsed.take() : null;
    }

    /**
     * Links the names the parser noted, in text order (Xtext's walk goes in containment order; no
     * link depends on the other's order: the board's name comes first in a config's text).
     */
    private void linkNoted(List<NameRecordingParser.Name> names, IDiagnosticProducer producer,
            Multimap<EStructuralFeature.Setting, INode> settingsToLink) {
        Map<EReference, Boolean> atHand = new HashMap<>();
        for (NameRecordingParser.Name name : names) {
            producer.setNode(name.node());
            if (!name.reference().isResolveProxies()) {
                settingsToLink.put(new SettingDelegate(((InternalEObject) name.holder()).eSetting(name.reference())), name.node());
            } else {
                link(name.holder(), name.node(), name.reference(), name, atHand);
                afterCreateAndSetProxy(name.holder(), name.node(), name.reference(), name.crossReference(), producer);
            }
        }
    }

    @Override
    protected boolean hasLeafNodes(INode node) {
        return holdsToken(node);
    }

    /** Whether the name's node holds any token (Xtext's hasLeafNodes), found without an iterator over its leaves. */
    static boolean holdsToken(INode node) {
        if (node instanceof ILeafNode) {
            return true;
        }
        for (INode child = ((ICompositeNode) node).getFirstChild(); child != null; child = child.getNextSibling()) {
            if (holdsToken(child)) {
                return true;
            }
        }
        return false;
    }

    /** A config just parsed has no references yet; a config linked again (or parsed in part) has. */
    @Override
    protected boolean isClearAllReferencesRequired(Resource resource) {
        return !(resource instanceof AssignResource config && config.isParsing());
    }

    /** Unsets only what is set: unsetting an unset reference still notifies every adapter. */
    @Override
    protected void clearReference(EObject obj, EReference ref) {
        if (obj.eIsSet(ref)) {
            super.clearReference(obj, ref);
        }
    }

    @Override
    protected void createAndSetProxy(EObject obj, INode node, EReference eRef) {
        link(obj, node, eRef, null, null);
    }

    /**
     * Sets the reference to what the name links to at once, or to Xtext's proxy. A name the parser
     * noted comes with its text, and with what {@link #atHand} answered for earlier names: for every
     * reference but the board's, the answer stays the same through one config once its board is linked.
     */
    @SuppressWarnings("unchecked")
    private void link(EObject obj, INode node, EReference eRef, NameRecordingParser.Name noted, Map<EReference, Boolean> atHand) {
        EObject target = linkedAtOnce(obj, node, eRef, noted, atHand);
        if (target == null) {
            super.createAndSetProxy(obj, node, eRef);
            if (obj.eResource() instanceof AssignResource resource) {
                resource.lazyLinks(true);
            }
        } else if (eRef.isMany()) {
            ((InternalEList<EObject>) obj.eGet(eRef, false)).addUnique(target);
        } else {
            obj.eSet(eRef, target);
        }
    }

    /**
     * What the name at {@code node} links to, as the lazy proxy would resolve to it; null when it
     * does not link to exactly one element of the reference's type, which the proxy then reports.
     */
    private EObject linkedAtOnce(EObject obj, INode node, EReference eRef, NameRecordingParser.Name noted, Map<EReference, Boolean> atHand) {
        try {
            if (!isAtHand(obj, node, eRef, atHand)) {
                return null;
            }
            List<EObject> linked = noted != null && linkingService instanceof AssignLinkingService service
                    ? service.getLinkedObjects(obj, eRef, node, noted.crossReference(), noted.tokens())
                    : linkingService.getLinkedObjects(obj, eRef, node);
            if (linked.size() != 1) {
                return null;
            }
            EObject target = linked.get(0);
            return target == null || target.eIsProxy() || !EcoreUtil2.isAssignableFrom(eRef.getEReferenceType(), target.eClass()) ? null
                    : target;
        } catch (IllegalNodeException | LazyLinkingResource.CyclicLinkingException unlinkable) {
            return null;
        } catch (RuntimeException failed) {
            cancellation.propagateIfCancelException(failed);
            return null; // resolving the proxy fails the same way, and reports it
        }
    }

    /** {@link #atHand}, remembered in {@code known} (when given) for every reference but the board's, which forgets the rest. */
    private boolean isAtHand(EObject obj, INode node, EReference eRef, Map<EReference, Boolean> known) {
        if (known == null) {
            return atHand(obj, node, eRef);
        }
        if (eRef == PKG.getAssignmentConfig_Board()) {
            known.clear();
            return atHand(obj, node, eRef);
        }
        Boolean answer = known.get(eRef);
        if (answer == null) {
            answer = atHand(obj, node, eRef);
            known.put(eRef, answer);
        }
        return answer;
    }

    /**
     * Whether the name can be linked without reading a file. Linking at once must load nothing: a
     * workspace loads a folder's files from their editors' unsaved text, and a board or an imported
     * config that linking read from disk first would keep the disk's content. So a board is linked at
     * once when its file is loaded already (a folder's boards are read before its configs), the board's
     * devices, groups and their regions and interrupts when the config's board is inline or linked, and
     * a consumer in a config without imports; everything else keeps its proxy, resolved on first use.
     */
    private boolean atHand(EObject obj, INode node, EReference eRef) {
        if (eRef == PKG.getAssignmentConfig_Board()) {
            Resource from = obj.eResource();
            String path = linkingService instanceof AssignLinkingService service ? service.getCrossRefNodeAsString(node) : null;
            if (from == null || from.getResourceSet() == null || !AssignLinkingService.isPath(path)) {
                return false;
            }
            Resource board = from.getResourceSet().getResource(Configs.resolve(from, path), false);
            return board != null && board.isLoaded();
        }
        if (eRef == PKG.getIommuGroup_Devices()) {
            return true; // a group of the inline board: its devices are the config's own
        }
        AssignmentConfig config = Configs.configOf(obj);
        if (config == null) {
            return false;
        }
        if (eRef == PKG.getAssignment_Consumer()) {
            return config.getImports().isEmpty();
        }
        return config.getInlineBoard() != null
                || config.eGet(PKG.getAssignmentConfig_Board(), false) instanceof EObject board && !board.eIsProxy();
    }

    @Override
    protected void afterModelLinked(EObject model, IDiagnosticConsumer diagnostics) {
        super.afterModelLinked(model, diagnostics);
        if (model instanceof AssignmentConfig config && config.getInlineBoard() != null) {
            complete(config.getInlineBoard());
        }
    }

    public static void complete(Board board) {
        for (Device device : board.getDevices()) {
            device.setIommuGroup(null);
            if (device instanceof PciDevice pci) {
                PciAddress address = PciAddress.parseOrNull(pci.getSysfsName());
                if (address != null) {
                    pci.setDomain(address.domain());
                    pci.setBus(address.busNumber());
                    pci.setSlot(address.slot());
                    pci.setFunction(address.function());
                }
            }
        }
        for (IommuGroup group : board.getIommuGroups()) {
            for (Device member : group.getDevices()) {
                if (!member.eIsProxy() && member.getIommuGroup() == null) {
                    member.setIommuGroup(group);
                }
            }
        }
    }
}
