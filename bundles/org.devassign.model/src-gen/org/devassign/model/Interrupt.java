/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interrupt</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An interrupt index of a device as VFIO describes it (vfio_irq_info), with the wiring facts behind it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.devassign.model.Interrupt#getDevice <em>Device</em>}</li>
 *   <li>{@link org.devassign.model.Interrupt#getIndex <em>Index</em>}</li>
 *   <li>{@link org.devassign.model.Interrupt#getKind <em>Kind</em>}</li>
 *   <li>{@link org.devassign.model.Interrupt#getCount <em>Count</em>}</li>
 *   <li>{@link org.devassign.model.Interrupt#isEventfd <em>Eventfd</em>}</li>
 *   <li>{@link org.devassign.model.Interrupt#isMaskable <em>Maskable</em>}</li>
 *   <li>{@link org.devassign.model.Interrupt#isAutomasked <em>Automasked</em>}</li>
 *   <li>{@link org.devassign.model.Interrupt#isNoresize <em>Noresize</em>}</li>
 *   <li>{@link org.devassign.model.Interrupt#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.devassign.model.Interrupt#getPin <em>Pin</em>}</li>
 *   <li>{@link org.devassign.model.Interrupt#getLine <em>Line</em>}</li>
 *   <li>{@link org.devassign.model.Interrupt#getController <em>Controller</em>}</li>
 *   <li>{@link org.devassign.model.Interrupt#getSpecifier <em>Specifier</em>}</li>
 * </ul>
 *
 * @see org.devassign.model.DevAssignPackage#getInterrupt()
 * @model
 * @generated
 */
public interface Interrupt extends EObject {
	/**
	 * Returns the value of the '<em><b>Device</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.devassign.model.Device#getInterrupts <em>Interrupts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' container reference.
	 * @see #setDevice(Device)
	 * @see org.devassign.model.DevAssignPackage#getInterrupt_Device()
	 * @see org.devassign.model.Device#getInterrupts
	 * @model opposite="interrupts"
	 * @generated
	 */
	Device getDevice();

	/**
	 * Sets the value of the '{@link org.devassign.model.Interrupt#getDevice <em>Device</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' container reference.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(Device value);

	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.devassign.model.DevAssignPackage#getInterrupt_Index()
	 * @model
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.devassign.model.Interrupt#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.devassign.model.InterruptKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.devassign.model.InterruptKind
	 * @see #setKind(InterruptKind)
	 * @see org.devassign.model.DevAssignPackage#getInterrupt_Kind()
	 * @model
	 * @generated
	 */
	InterruptKind getKind();

	/**
	 * Sets the value of the '{@link org.devassign.model.Interrupt#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.devassign.model.InterruptKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(InterruptKind value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.devassign.model.DevAssignPackage#getInterrupt_Count()
	 * @model default="1"
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.devassign.model.Interrupt#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Eventfd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Eventfd</em>' attribute.
	 * @see #setEventfd(boolean)
	 * @see org.devassign.model.DevAssignPackage#getInterrupt_Eventfd()
	 * @model
	 * @generated
	 */
	boolean isEventfd();

	/**
	 * Sets the value of the '{@link org.devassign.model.Interrupt#isEventfd <em>Eventfd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eventfd</em>' attribute.
	 * @see #isEventfd()
	 * @generated
	 */
	void setEventfd(boolean value);

	/**
	 * Returns the value of the '<em><b>Maskable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Maskable</em>' attribute.
	 * @see #setMaskable(boolean)
	 * @see org.devassign.model.DevAssignPackage#getInterrupt_Maskable()
	 * @model
	 * @generated
	 */
	boolean isMaskable();

	/**
	 * Sets the value of the '{@link org.devassign.model.Interrupt#isMaskable <em>Maskable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maskable</em>' attribute.
	 * @see #isMaskable()
	 * @generated
	 */
	void setMaskable(boolean value);

	/**
	 * Returns the value of the '<em><b>Automasked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Automasked</em>' attribute.
	 * @see #setAutomasked(boolean)
	 * @see org.devassign.model.DevAssignPackage#getInterrupt_Automasked()
	 * @model
	 * @generated
	 */
	boolean isAutomasked();

	/**
	 * Sets the value of the '{@link org.devassign.model.Interrupt#isAutomasked <em>Automasked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Automasked</em>' attribute.
	 * @see #isAutomasked()
	 * @generated
	 */
	void setAutomasked(boolean value);

	/**
	 * Returns the value of the '<em><b>Noresize</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Noresize</em>' attribute.
	 * @see #setNoresize(boolean)
	 * @see org.devassign.model.DevAssignPackage#getInterrupt_Noresize()
	 * @model
	 * @generated
	 */
	boolean isNoresize();

	/**
	 * Sets the value of the '{@link org.devassign.model.Interrupt#isNoresize <em>Noresize</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Noresize</em>' attribute.
	 * @see #isNoresize()
	 * @generated
	 */
	void setNoresize(boolean value);

	/**
	 * Returns the value of the '<em><b>Trigger</b></em>' attribute.
	 * The literals are from the enumeration {@link org.devassign.model.Trigger}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trigger</em>' attribute.
	 * @see org.devassign.model.Trigger
	 * @see #setTrigger(Trigger)
	 * @see org.devassign.model.DevAssignPackage#getInterrupt_Trigger()
	 * @model
	 * @generated
	 */
	Trigger getTrigger();

	/**
	 * Sets the value of the '{@link org.devassign.model.Interrupt#getTrigger <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trigger</em>' attribute.
	 * @see org.devassign.model.Trigger
	 * @see #getTrigger()
	 * @generated
	 */
	void setTrigger(Trigger value);

	/**
	 * Returns the value of the '<em><b>Pin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PCI INTx pin (A..D).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pin</em>' attribute.
	 * @see #setPin(String)
	 * @see org.devassign.model.DevAssignPackage#getInterrupt_Pin()
	 * @model
	 * @generated
	 */
	String getPin();

	/**
	 * Sets the value of the '{@link org.devassign.model.Interrupt#getPin <em>Pin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pin</em>' attribute.
	 * @see #getPin()
	 * @generated
	 */
	void setPin(String value);

	/**
	 * Returns the value of the '<em><b>Line</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The host interrupt line (PCI irq) or the controller's hardware number (GIC SPI, MPIC source); -1 when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line</em>' attribute.
	 * @see #setLine(int)
	 * @see org.devassign.model.DevAssignPackage#getInterrupt_Line()
	 * @model default="-1"
	 * @generated
	 */
	int getLine();

	/**
	 * Sets the value of the '{@link org.devassign.model.Interrupt#getLine <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' attribute.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(int value);

	/**
	 * Returns the value of the '<em><b>Controller</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The interrupt controller's device-tree path, for platform interrupts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Controller</em>' attribute.
	 * @see #setController(String)
	 * @see org.devassign.model.DevAssignPackage#getInterrupt_Controller()
	 * @model
	 * @generated
	 */
	String getController();

	/**
	 * Sets the value of the '{@link org.devassign.model.Interrupt#getController <em>Controller</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Controller</em>' attribute.
	 * @see #getController()
	 * @generated
	 */
	void setController(String value);

	/**
	 * Returns the value of the '<em><b>Specifier</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Long}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The raw interrupt specifier cells, as the controller's #interrupt-cells defines them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Specifier</em>' attribute list.
	 * @see org.devassign.model.DevAssignPackage#getInterrupt_Specifier()
	 * @model unique="false"
	 * @generated
	 */
	EList<Long> getSpecifier();

} // Interrupt
