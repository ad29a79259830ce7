/**
 * Generated from devassign.ecore by releng/org.devassign.codegen. Do not edit: change the model and regenerate.
 */
package org.devassign.model.provider;


import java.util.Collection;
import java.util.List;

import org.devassign.model.AssignmentConfig;
import org.devassign.model.DevAssignFactory;
import org.devassign.model.DevAssignPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.devassign.model.AssignmentConfig} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AssignmentConfigItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssignmentConfigItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addBoardPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Board feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBoardPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AssignmentConfig_board_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AssignmentConfig_board_feature", "_UI_AssignmentConfig_type"),
				 DevAssignPackage.Literals.ASSIGNMENT_CONFIG__BOARD,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(DevAssignPackage.Literals.ASSIGNMENT_CONFIG__IMPORTS);
			childrenFeatures.add(DevAssignPackage.Literals.ASSIGNMENT_CONFIG__INLINE_BOARD);
			childrenFeatures.add(DevAssignPackage.Literals.ASSIGNMENT_CONFIG__CONSUMERS);
			childrenFeatures.add(DevAssignPackage.Literals.ASSIGNMENT_CONFIG__ASSIGNMENTS);
			childrenFeatures.add(DevAssignPackage.Literals.ASSIGNMENT_CONFIG__VIRTUAL_FUNCTIONS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns AssignmentConfig.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/AssignmentConfig"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((AssignmentConfig)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_AssignmentConfig_type") :
			getString("_UI_AssignmentConfig_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(AssignmentConfig.class)) {
			case DevAssignPackage.ASSIGNMENT_CONFIG__IMPORTS:
			case DevAssignPackage.ASSIGNMENT_CONFIG__INLINE_BOARD:
			case DevAssignPackage.ASSIGNMENT_CONFIG__CONSUMERS:
			case DevAssignPackage.ASSIGNMENT_CONFIG__ASSIGNMENTS:
			case DevAssignPackage.ASSIGNMENT_CONFIG__VIRTUAL_FUNCTIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(DevAssignPackage.Literals.ASSIGNMENT_CONFIG__IMPORTS,
				 DevAssignFactory.eINSTANCE.createImport()));

		newChildDescriptors.add
			(createChildParameter
				(DevAssignPackage.Literals.ASSIGNMENT_CONFIG__INLINE_BOARD,
				 DevAssignFactory.eINSTANCE.createBoard()));

		newChildDescriptors.add
			(createChildParameter
				(DevAssignPackage.Literals.ASSIGNMENT_CONFIG__CONSUMERS,
				 DevAssignFactory.eINSTANCE.createVmGuest()));

		newChildDescriptors.add
			(createChildParameter
				(DevAssignPackage.Literals.ASSIGNMENT_CONFIG__CONSUMERS,
				 DevAssignFactory.eINSTANCE.createUserspaceDriver()));

		newChildDescriptors.add
			(createChildParameter
				(DevAssignPackage.Literals.ASSIGNMENT_CONFIG__CONSUMERS,
				 DevAssignFactory.eINSTANCE.createProbe()));

		newChildDescriptors.add
			(createChildParameter
				(DevAssignPackage.Literals.ASSIGNMENT_CONFIG__ASSIGNMENTS,
				 DevAssignFactory.eINSTANCE.createAssignment()));

		newChildDescriptors.add
			(createChildParameter
				(DevAssignPackage.Literals.ASSIGNMENT_CONFIG__VIRTUAL_FUNCTIONS,
				 DevAssignFactory.eINSTANCE.createVirtualFunctions()));
	}

}
