package org.devassign.deploy.tests;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One boot of the lab board for the test classes that need it (LabDeployTest, VmSriovTest), given to
 * their {@code @BeforeAll} as a {@link VirtualBoard} parameter. A boot under TCG keeps both cores of the
 * CI machine busy for seconds (booting and starting the agent took 22 s there, idle), and the classes
 * use different devices (the NVMe, e1000e and ivshmem; the SR-IOV igb), each leaving them as it found
 * them, checked in sysfs.
 * Each class still starts its own agent ({@link VirtualBoard#startAgent}). The board is stopped when
 * the test run ends: the root context's store closes what it holds.
 */
final class SharedLabBoard implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedLabBoard.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == VirtualBoard.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("lab", key -> {
            try {
                return VirtualBoard.boot("lab-board-tests-" + ProcessHandle.current().pid(), "lab");
            } catch (Exception e) {
                throw new IllegalStateException("the lab board did not start: " + e.getMessage(), e);
            }
        }, VirtualBoard.class);
    }
}
