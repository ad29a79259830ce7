package org.devassign.agent.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.devassign.model.Board;
import org.devassign.model.io.BoardFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** A board as .board text, for the inventory answer. */
final class BoardXml {

    private BoardXml() {
    }

    static String write(Board board) {
        Resource resource = BoardFiles.FACTORY.createResource(URI.createURI("inventory.board"));
        resource.getContents().add(board.eResource() == null ? board : EcoreUtil.copy(board));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            resource.save(out, BoardFiles.saveOptions());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the board: " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
