package org.devassign.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF model and edit code of DevAssign from {@code devassign.ecore}.
 *
 * <p>The genmodel is rebuilt from the Ecore on every run (EMF's "reload"), keeping the settings of
 * the committed one, so a class added to the Ecore needs no hand edit of the genmodel. EMF writes a
 * whole plug-in project; we generate into a scratch folder and take only what is ours to take:
 * {@code src-gen/} and {@code plugin.properties} are replaced, icons are added only when missing
 * (so a hand-drawn icon is never overwritten), and manifests stay hand-written.
 */
public final class GenerateEmf {

    private static final String MODEL = "org.devassign.model";
    private static final String EDIT = "org.devassign.model.edit";
    private static final String GENMODEL = "bundles/" + MODEL + "/model/devassign.genmodel";

    private GenerateEmf() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path scratch = Files.createTempDirectory("devassign-emfgen");
        try {
            registerEmf(scratch);
            GenModel genModel = reloadGenModel(root);
            generate(genModel);
            for (String bundle : List.of(MODEL, EDIT)) {
                sync(scratch.resolve(bundle), root.resolve("bundles").resolve(bundle));
            }
            System.out.println("EMF code regenerated from " + GENMODEL);
        } finally {
            deleteTree(scratch);
        }
    }

    private static void registerEmf(Path scratch) {
        EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        // The genmodel names output folders as /<bundle>/src-gen: point those bundles at the scratch folder.
        for (String bundle : List.of(MODEL, EDIT)) {
            Path out = scratch.resolve(bundle);
            EcorePlugin.getPlatformResourceMap().put(bundle, URI.createFileURI(out.toString() + "/"));
        }
    }

    /** Rebuilds the genmodel from the Ecore with the committed genmodel's settings, and saves it. */
    private static GenModel reloadGenModel(Path root) throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        URI genModelUri = URI.createFileURI(root.resolve(GENMODEL).toString());
        Resource oldResource = resourceSet.getResource(genModelUri, true);
        GenModel old = (GenModel) oldResource.getContents().get(0);
        EPackage ePackage = old.getGenPackages().get(0).getEcorePackage();
        if (ePackage == null || ePackage.eIsProxy()) {
            throw new IllegalStateException("cannot load the Ecore named by " + genModelUri);
        }

        GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
        fresh.initialize(List.of(ePackage));
        fresh.reconcile(old);
        fresh.setImporterID(old.getImporterID());
        fresh.getForeignModel().addAll(old.getForeignModel());
        fresh.setCanGenerate(true);

        oldResource.getContents().set(0, fresh);
        oldResource.save(Map.of(XMLResource.OPTION_LINE_WIDTH, 100, XMLResource.OPTION_ENCODING, "UTF-8"));

        Diagnostic diagnostic = fresh.diagnose();
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("genmodel is invalid: " + diagnostic);
        }
        return fresh;
    }

    private static void generate(GenModel genModel) {
        Generator generator = new Generator();
        generator.setInput(genModel);
        for (Object type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, type, new BasicMonitor());
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException("EMF generation failed: " + result);
            }
        }
    }

    private static void sync(Path generated, Path bundle) throws IOException {
        Path srcGen = bundle.resolve("src-gen");
        deleteTree(srcGen);
        copyTree(generated.resolve("src-gen"), srcGen, true);
        // EMF's template hard-codes the provider; ours is the one fact we add to what it writes.
        String properties = Files.readString(generated.resolve("plugin.properties"))
                .replace("providerName = www.example.org", "providerName = DevAssign");
        Files.writeString(bundle.resolve("plugin.properties"), properties);
        Path icons = generated.resolve("icons");
        if (Files.isDirectory(icons)) {
            copyTree(icons, bundle.resolve("icons"), false);
        }
    }

    private static void copyTree(Path from, Path to, boolean overwrite) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (!overwrite && Files.exists(target)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
