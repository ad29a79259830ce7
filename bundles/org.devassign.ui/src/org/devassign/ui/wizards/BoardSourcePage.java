package org.devassign.ui.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** The choice of what a new board starts from: one radio button per source, its settings beneath it. */
final class BoardSourcePage extends WizardPage {

    private final List<BoardSources.Choice> choices;
    private final List<Button> buttons = new ArrayList<>();
    private final List<Composite> settings = new ArrayList<>();
    private int selected;

    BoardSourcePage(List<BoardSources.Choice> choices) {
        super("source");
        this.choices = choices;
        setTitle("Start from");
        setDescription("What the new board holds at first.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        for (int i = 0; i < choices.size(); i++) {
            BoardSources.Choice choice = choices.get(i);
            int index = i;
            Button button = new Button(page, SWT.RADIO);
            button.setText(choice.label());
            button.setData("source", choice.id());
            button.addListener(SWT.Selection, e -> {
                if (button.getSelection()) {
                    select(index);
                }
            });
            buttons.add(button);
            Label description = new Label(page, SWT.WRAP);
            description.setText(choice.source().description());
            GridDataFactory.fillDefaults().grab(true, false).indent(22, 0).hint(480, SWT.DEFAULT).applyTo(description);
            Composite controls = new Composite(page, SWT.NONE);
            GridDataFactory.fillDefaults().grab(true, false).indent(22, 0).applyTo(controls);
            choice.source().createControls(controls, this::update);
            settings.add(controls);
        }
        buttons.get(0).setSelection(true);
        select(0);
        setControl(page);
    }

    private void select(int index) {
        selected = index;
        for (int i = 0; i < settings.size(); i++) {
            enable(settings.get(i), i == index);
        }
        update();
    }

    private static void enable(Control control, boolean enabled) {
        control.setEnabled(enabled);
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                enable(child, enabled);
            }
        }
    }

    private void update() {
        String problem = choices.get(selected).source().problem();
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    BoardSources.Choice selected() {
        return choices.get(selected);
    }
}
