package org.devassign.model.edit;

import org.devassign.model.Assignment;
import org.devassign.model.Board;
import org.devassign.model.DmaWindow;
import org.devassign.model.DtDependency;
import org.devassign.model.FslMcContainer;
import org.devassign.model.FslMcObject;
import org.devassign.model.Interrupt;
import org.devassign.model.IommuGroup;
import org.devassign.model.IrqBinding;
import org.devassign.model.PciDevice;
import org.devassign.model.PlatformDevice;
import org.devassign.model.Probe;
import org.devassign.model.Region;
import org.devassign.model.RegionMapping;
import org.devassign.model.Register;
import org.devassign.model.RegisterField;
import org.devassign.model.IovaRange;
import org.devassign.model.SparseArea;
import org.devassign.model.Sriov;
import org.devassign.model.VirtualFunctions;
import org.devassign.model.UserspaceDriver;
import org.devassign.model.VmGuest;
import org.devassign.model.provider.AssignmentItemProvider;
import org.devassign.model.provider.BoardItemProvider;
import org.devassign.model.provider.DmaWindowItemProvider;
import org.devassign.model.provider.DtDependencyItemProvider;
import org.devassign.model.provider.FslMcContainerItemProvider;
import org.devassign.model.provider.FslMcObjectItemProvider;
import org.devassign.model.provider.InterruptItemProvider;
import org.devassign.model.provider.IommuGroupItemProvider;
import org.devassign.model.provider.IrqBindingItemProvider;
import org.devassign.model.provider.PciDeviceItemProvider;
import org.devassign.model.provider.PlatformDeviceItemProvider;
import org.devassign.model.provider.ProbeItemProvider;
import org.devassign.model.provider.RegionItemProvider;
import org.devassign.model.provider.RegionMappingItemProvider;
import org.devassign.model.provider.RegisterItemProvider;
import org.devassign.model.provider.RegisterFieldItemProvider;
import org.devassign.model.provider.IovaRangeItemProvider;
import org.devassign.model.provider.SparseAreaItemProvider;
import org.devassign.model.provider.SriovItemProvider;
import org.devassign.model.provider.VirtualFunctionsItemProvider;
import org.devassign.model.provider.UserspaceDriverItemProvider;
import org.devassign.model.provider.VmGuestItemProvider;
import org.devassign.model.provider.DevAssignItemProviderAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;

/**
 * The generated item providers with the labels of {@link ItemTexts}. Generated code stays as EMF
 * wrote it; this subclass replaces only {@code getText}, so a regenerated model needs no merge.
 */
public class DescriptiveItemProviderAdapterFactory extends DevAssignItemProviderAdapterFactory {

    @Override
    public Adapter createBoardAdapter() {
        if (boardItemProvider == null) {
            boardItemProvider = new BoardItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.board((Board) object);
                }
            };
        }
        return boardItemProvider;
    }

    @Override
    public Adapter createPciDeviceAdapter() {
        if (pciDeviceItemProvider == null) {
            pciDeviceItemProvider = new PciDeviceItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.device((PciDevice) object);
                }
            };
        }
        return pciDeviceItemProvider;
    }

    @Override
    public Adapter createPlatformDeviceAdapter() {
        if (platformDeviceItemProvider == null) {
            platformDeviceItemProvider = new PlatformDeviceItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.device((PlatformDevice) object);
                }
            };
        }
        return platformDeviceItemProvider;
    }

    @Override
    public Adapter createFslMcContainerAdapter() {
        if (fslMcContainerItemProvider == null) {
            fslMcContainerItemProvider = new FslMcContainerItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.device((FslMcContainer) object);
                }
            };
        }
        return fslMcContainerItemProvider;
    }

    @Override
    public Adapter createFslMcObjectAdapter() {
        if (fslMcObjectItemProvider == null) {
            fslMcObjectItemProvider = new FslMcObjectItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.device((FslMcObject) object);
                }
            };
        }
        return fslMcObjectItemProvider;
    }

    @Override
    public Adapter createRegionAdapter() {
        if (regionItemProvider == null) {
            regionItemProvider = new RegionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.region((Region) object);
                }
            };
        }
        return regionItemProvider;
    }

    @Override
    public Adapter createInterruptAdapter() {
        if (interruptItemProvider == null) {
            interruptItemProvider = new InterruptItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.interrupt((Interrupt) object);
                }
            };
        }
        return interruptItemProvider;
    }

    @Override
    public Adapter createIommuGroupAdapter() {
        if (iommuGroupItemProvider == null) {
            iommuGroupItemProvider = new IommuGroupItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.group((IommuGroup) object);
                }
            };
        }
        return iommuGroupItemProvider;
    }

    @Override
    public Adapter createDtDependencyAdapter() {
        if (dtDependencyItemProvider == null) {
            dtDependencyItemProvider = new DtDependencyItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.dependency((DtDependency) object);
                }
            };
        }
        return dtDependencyItemProvider;
    }

    @Override
    public Adapter createRegisterAdapter() {
        if (registerItemProvider == null) {
            registerItemProvider = new RegisterItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.register((Register) object);
                }
            };
        }
        return registerItemProvider;
    }

    @Override
    public Adapter createVmGuestAdapter() {
        if (vmGuestItemProvider == null) {
            vmGuestItemProvider = new VmGuestItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.consumer((VmGuest) object);
                }
            };
        }
        return vmGuestItemProvider;
    }

    @Override
    public Adapter createUserspaceDriverAdapter() {
        if (userspaceDriverItemProvider == null) {
            userspaceDriverItemProvider = new UserspaceDriverItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.consumer((UserspaceDriver) object);
                }
            };
        }
        return userspaceDriverItemProvider;
    }

    @Override
    public Adapter createProbeAdapter() {
        if (probeItemProvider == null) {
            probeItemProvider = new ProbeItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.consumer((Probe) object);
                }
            };
        }
        return probeItemProvider;
    }

    @Override
    public Adapter createAssignmentAdapter() {
        if (assignmentItemProvider == null) {
            assignmentItemProvider = new AssignmentItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.assignment((Assignment) object);
                }
            };
        }
        return assignmentItemProvider;
    }

    @Override
    public Adapter createSriovAdapter() {
        if (sriovItemProvider == null) {
            sriovItemProvider = new SriovItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.sriov((Sriov) object);
                }
            };
        }
        return sriovItemProvider;
    }

    @Override
    public Adapter createVirtualFunctionsAdapter() {
        if (virtualFunctionsItemProvider == null) {
            virtualFunctionsItemProvider = new VirtualFunctionsItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.virtualFunctions((VirtualFunctions) object);
                }
            };
        }
        return virtualFunctionsItemProvider;
    }

    @Override
    public Adapter createRegionMappingAdapter() {
        if (regionMappingItemProvider == null) {
            regionMappingItemProvider = new RegionMappingItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.regionMapping((RegionMapping) object);
                }
            };
        }
        return regionMappingItemProvider;
    }

    @Override
    public Adapter createIrqBindingAdapter() {
        if (irqBindingItemProvider == null) {
            irqBindingItemProvider = new IrqBindingItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.irqBinding((IrqBinding) object);
                }
            };
        }
        return irqBindingItemProvider;
    }

    @Override
    public Adapter createDmaWindowAdapter() {
        if (dmaWindowItemProvider == null) {
            dmaWindowItemProvider = new DmaWindowItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.dmaWindow((DmaWindow) object);
                }
            };
        }
        return dmaWindowItemProvider;
    }

    @Override
    public Adapter createRegisterFieldAdapter() {
        if (registerFieldItemProvider == null) {
            registerFieldItemProvider = new RegisterFieldItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.field((RegisterField) object);
                }
            };
        }
        return registerFieldItemProvider;
    }

    @Override
    public Adapter createSparseAreaAdapter() {
        if (sparseAreaItemProvider == null) {
            sparseAreaItemProvider = new SparseAreaItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.sparseArea((SparseArea) object);
                }
            };
        }
        return sparseAreaItemProvider;
    }

    @Override
    public Adapter createIovaRangeAdapter() {
        if (iovaRangeItemProvider == null) {
            iovaRangeItemProvider = new IovaRangeItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ItemTexts.iovaRange((IovaRange) object);
                }
            };
        }
        return iovaRangeItemProvider;
    }
}
